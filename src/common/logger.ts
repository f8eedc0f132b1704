import pino from 'pino';

/**
 * The process's one logger: JSON lines on stdout. Anything that looks like a secret is
 * redacted, so a token can never reach the log by accident.
 */
export const logger = pino({
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
});

export type Logger = typeof logger;
