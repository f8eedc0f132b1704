import path from 'node:path';
import { LOG_FORMATS } from './common/logger';
import { parseSecretKey } from './common/secret-box';
import { parseTargetAllowList, type TargetAllowList } from './modules/webhooks/webhook-target';

/** Everything the process reads from its environment, read once and checked. */
export interface Config {
  /** TCP port of the HTTP + WebSocket server; 0 picks a free one. */
  port: number;
  /** Interface to bind. */
  host: string;
  /** PostgreSQL URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Folder of the embedded database. */
  dataDir: string;
  /** The network operator's secret, when fixed by the environment. */
  operatorToken?: string;
  /** Size of the database connection pool. */
  dbPoolSize: number;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes: number;
  /** Operations one token may make per window on one instance. */
  rateLimitPoints: number;
  /** The rate-limit window, in seconds. */
  rateLimitWindowSeconds: number;
  /** How long a graceful stop (SIGTERM) waits for HTTP operations under way, in ms. */
  shutdownGraceMs: number;
  /** Key that encrypts webhook signing secrets at rest (`CROSSDESK_SECRET_KEY`); absent: stored as they are. */
  secretKey?: Buffer;
  /** `CROSSDESK_WEBHOOK_ALLOW`: CIDRs and host names webhooks may reach although loopback or private (empty by default). */
  webhookAllow: TargetAllowList;
  /** `CROSSDESK_METRICS_TOKEN`: when set, `/metrics` answers only `Authorization: Bearer <it>`. */
  metricsToken?: string;
}

/**
 * A setting that cannot work, said so that a person can fix it: what is wrong and what to
 * do, in one line (no stack trace is printed for it).
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Every `CROSSDESK_*` variable that means something here: the server's own, those of
 * features on their way (mail), and those of the example partner system (`CROSSDESK_URL`,
 * `CROSSDESK_TOKEN`), which may well be set in the same shell. `CROSSDESK_TEST_*` belongs
 * to the test harness. Any other `CROSSDESK_*` name is a typo until proven otherwise.
 */
export const KNOWN_CROSSDESK_VARIABLES = [
  'CROSSDESK_DATA_DIR',
  'CROSSDESK_OPERATOR_TOKEN',
  'CROSSDESK_SECRET_KEY',
  'CROSSDESK_WEBHOOK_ALLOW',
  'CROSSDESK_METRICS_TOKEN',
  'CROSSDESK_MAIL_FROM',
  'CROSSDESK_INBOUND_EMAIL_DOMAIN',
  'CROSSDESK_INBOUND_EMAIL_SECRET',
  'CROSSDESK_URL',
  'CROSSDESK_TOKEN',
] as const;

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Refuses a `CROSSDESK_*` variable that nothing reads, naming the one it probably meant. */
function checkNames(env: NodeJS.ProcessEnv): void {
  const known: readonly string[] = KNOWN_CROSSDESK_VARIABLES;
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith('CROSSDESK_') || name.startsWith('CROSSDESK_TEST_') || known.includes(name)) continue;
    const [closest] = [...known].sort((a, b) => distance(name, a) - distance(name, b));
    const hint = distance(name, closest) <= 3 ? `did you mean ${closest}? ` : '';
    throw new ConfigError(`${name} is not a Crossdesk setting: ${hint}Fix its name or unset it (known: ${known.join(', ')}).`);
  }
}

/**
 * Checks a PostgreSQL URL the way a person writes one, without ever repeating its password:
 * `postgres://USER:PASSWORD@HOST:PORT/DATABASE`, or a Unix socket with `?host=/path`.
 */
function checkDatabaseUrl(url: string): void {
  const shape = 'postgres://USER:PASSWORD@HOST:PORT/DATABASE';
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql:// (${shape}); unset it to use the embedded database.`);
  }
  let parsed: URL;
  try {
    // `postgresql://user@/db?host=/run/postgresql` (a Unix socket) has no host part: give the parser one
    parsed = new URL(url.replace(/^(postgres(?:ql)?:\/\/[^/?#]*@)(?=[/?#]|$)/, '$1localhost'));
  } catch {
    throw new ConfigError(
      `DATABASE_URL is not a valid URL: write it as ${shape}, with a numeric port, and percent-encode any @ : / ? # in the user name or password (@ is %40).`,
    );
  }
  try {
    decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
    decodeURIComponent(parsed.pathname);
  } catch {
    throw new ConfigError('DATABASE_URL has a broken percent-escape (a % not followed by two hex digits) in its user name, password or database name: write % itself as %25.');
  }
  if (parsed.pathname.slice(1).includes('/')) {
    throw new ConfigError(`DATABASE_URL names the database "${decodeURIComponent(parsed.pathname.slice(1))}", which has a / in it: write it as ${shape}.`);
  }
}

function intFrom(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}".`);
  }
  return n;
}

/** Reads and validates the environment; throws a `ConfigError` naming the bad variable and how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  checkNames(env);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl) checkDatabaseUrl(databaseUrl);
  const operatorToken = env.CROSSDESK_OPERATOR_TOKEN?.trim() || undefined;
  if (operatorToken !== undefined && operatorToken.length < 16) {
    throw new ConfigError('CROSSDESK_OPERATOR_TOKEN must be at least 16 characters long: choose a longer secret (e.g. openssl rand -base64 24), or unset it to have one generated.');
  }
  const logFormat = env.LOG_FORMAT?.trim().toLowerCase();
  if (logFormat && !(LOG_FORMATS as readonly string[]).includes(logFormat)) {
    throw new ConfigError(`LOG_FORMAT must be ${LOG_FORMATS.join(' or ')}, got "${env.LOG_FORMAT}"; unset it for pretty lines on a terminal and JSON elsewhere.`);
  }
  const logLevel = env.LOG_LEVEL?.trim();
  if (logLevel && !LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}".`);
  }
  let secretKey: Buffer | undefined;
  try {
    secretKey = parseSecretKey(env.CROSSDESK_SECRET_KEY);
  } catch (err) {
    throw new ConfigError(`${(err as Error).message}.`);
  }
  const metricsToken = env.CROSSDESK_METRICS_TOKEN?.trim() || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) {
    throw new ConfigError('CROSSDESK_METRICS_TOKEN must be at least 16 characters long: choose a longer secret (e.g. openssl rand -base64 24), or unset it to leave /metrics open.');
  }
  let webhookAllow: TargetAllowList;
  try {
    webhookAllow = parseTargetAllowList(env.CROSSDESK_WEBHOOK_ALLOW);
  } catch (err) {
    throw new ConfigError(`CROSSDESK_WEBHOOK_ALLOW: ${(err as Error).message}`);
  }
  return {
    port: intFrom('PORT', env.PORT, 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.CROSSDESK_DATA_DIR?.trim() || '.crossdesk'),
    operatorToken,
    dbPoolSize: intFrom('DB_POOL_SIZE', env.DB_POOL_SIZE, 10, 1, 200),
    maxBodyBytes: 1024 * 1024,
    rateLimitPoints: intFrom('RATE_LIMIT_POINTS', env.RATE_LIMIT_POINTS, 1200, 1, 1_000_000),
    rateLimitWindowSeconds: intFrom('RATE_LIMIT_WINDOW_SECONDS', env.RATE_LIMIT_WINDOW_SECONDS, 60, 1, 86_400),
    shutdownGraceMs: 1000 * intFrom('SHUTDOWN_GRACE_SECONDS', env.SHUTDOWN_GRACE_SECONDS, 10, 0, 600),
    secretKey,
    webhookAllow,
    metricsToken,
  };
}
