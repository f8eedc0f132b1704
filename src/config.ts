import path from 'node:path';
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
  /** Key that encrypts webhook signing secrets at rest (`CROSSDESK_SECRET_KEY`); absent: stored as they are. */
  secretKey?: Buffer;
  /** `CROSSDESK_WEBHOOK_ALLOW`: CIDRs and host names webhooks may reach although loopback or private (empty by default). */
  webhookAllow: TargetAllowList;
  /** `CROSSDESK_METRICS_TOKEN`: when set, `/metrics` answers only `Authorization: Bearer <it>`. */
  metricsToken?: string;
}

function intFrom(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

/** Reads and validates the environment; throws a message naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const operatorToken = env.CROSSDESK_OPERATOR_TOKEN?.trim() || undefined;
  if (operatorToken !== undefined && operatorToken.length < 16) {
    throw new Error('CROSSDESK_OPERATOR_TOKEN must be at least 16 characters long');
  }
  const metricsToken = env.CROSSDESK_METRICS_TOKEN?.trim() || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) {
    throw new Error('CROSSDESK_METRICS_TOKEN must be at least 16 characters long');
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
    secretKey: parseSecretKey(env.CROSSDESK_SECRET_KEY),
    webhookAllow: parseTargetAllowList(env.CROSSDESK_WEBHOOK_ALLOW),
    metricsToken,
  };
}
