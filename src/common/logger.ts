import pino from 'pino';
import { activeTraceIds } from './spans';

/** How log lines are written: one JSON object a line (for machines), or pino-pretty's lines (for people). */
export type LogFormat = 'pretty' | 'json';

/** The formats `LOG_FORMAT` accepts. */
export const LOG_FORMATS: readonly LogFormat[] = ['pretty', 'json'];

/**
 * `LOG_FORMAT` when it names a format, otherwise pretty on a terminal and JSON anywhere
 * else (a pipe, a file, a process manager's journal). A bad value is refused by
 * `loadConfig` with a message; here it falls back to the default, so the refusal itself
 * can be logged.
 */
export function logFormatFor(env: NodeJS.ProcessEnv, isTTY: boolean): LogFormat {
  const given = env.LOG_FORMAT?.trim().toLowerCase();
  if (given === 'pretty' || given === 'json') return given;
  return isTTY ? 'pretty' : 'json';
}

/**
 * A stream writing to a file descriptor in a format. JSON goes through sonic-boom
 * asynchronously (it gathers what comes while a write is under way instead of one
 * blocking write per line, which cost about 6% of a busy server's CPU) and is flushed on
 * exit; pretty lines are for a person at a terminal and are written at once. pino-pretty
 * is loaded only when asked for.
 */
function streamTo(fd: number, format: LogFormat): pino.DestinationStream {
  if (format === 'json') return pino.destination({ dest: fd, sync: false });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({
    destination: fd,
    sync: true,
    colorize: fd === 1 ? process.stdout.isTTY === true : process.stderr.isTTY === true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service',
  });
}

const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');

/** Where lines go: the console (stdout) by default; `sendLogsTo` moves them. */
const sinks = pino.multistream([{ level: 'trace', stream: streamTo(1, logFormatFor(process.env, process.stdout.isTTY === true)) }]);
/** The id multistream gave the latest stream added (pino's types do not declare it). */
const lastSinkId = () => (sinks as unknown as { lastId: number }).lastId;
let consoleSink = lastSinkId();

/**
 * The process's one logger, on stdout in `LOG_FORMAT`. Anything that looks like a secret
 * is redacted, so a token can never reach the log by accident. With tracing on, each line
 * carries `traceId` and `spanId`.
 */
export const logger = pino(
  {
    level,
    base: { service: 'crossdesk' },
    // with tracing on (src/server/tracing.ts), every line carries the trace and span it was written in
    ...(process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ? { mixin: activeTraceIds } : {}),
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
  sinks,
);

export type Logger = typeof logger;

/**
 * Sends every line (at the logger's level) to `file` as JSON, when given, and only lines at
 * `consoleLevel` and above to the console, on stderr, in `LOG_FORMAT` (for tools such as
 * `npm run demo` and `npm run backup`, whose own output is on stdout).
 */
export function sendLogsTo(file: string | undefined, consoleLevel: pino.Level): void {
  sinks.remove(consoleSink);
  if (file) sinks.add({ level: 'trace', stream: pino.destination({ dest: file, sync: false, mkdir: true, append: false }) });
  sinks.add({ level: consoleLevel, stream: streamTo(2, logFormatFor(process.env, process.stderr.isTTY === true)) });
  consoleSink = lastSinkId();
}
