import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { logger } from '../common/logger';
import type { Config } from '../config';
import { createDataSource, type StatementCounter } from '../db/data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embedded';
import { bootstrapOperator } from '../modules/auth/auth.service';
import type { SecretBox } from '../common/secret-box';
import { checkStoredSecrets } from '../modules/webhooks/webhook.service';
import { ENTITIES } from '../entities';
import { lockDataDir, type DataDirLock } from './data-dir-lock';

/**
 * PGlite is one Postgres session behind every socket connection, and pglite-socket
 * interleaves protocol messages of different connections: two parameterised queries on two
 * connections at once lose each other's unnamed statement ("portal does not exist"). One
 * connection serialises them in the pool instead; PGlite runs one query at a time anyway.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** The database a server runs on, migrated, with its operator token in place. */
export interface OpenDatabase {
  dataSource: DataSource;
  /** The PostgreSQL URL (the embedded socket's when PGlite runs in-process). */
  url: string;
  embedded?: EmbeddedDatabase;
  /** The operator token generated on a fresh database when none was configured. */
  generatedOperatorToken?: string;
  close(): Promise<void>;
}

/**
 * Opens the database: PGlite in `config.dataDir` (held with `<dataDir>.lock`, one process
 * at a time) unless `DATABASE_URL` is set, then the
 * migrations, a check that stored webhook secrets open with the configured key, and the
 * operator token. Nothing stays open when any of it fails.
 */
export async function openDatabase(config: Config, options: { clock: Clock; secrets: SecretBox; statementCounter?: StatementCounter }): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  let poolSize = config.dbPoolSize;
  let lock: DataDirLock | undefined;
  if (!url) {
    lock = lockDataDir(config.dataDir, 'a Crossdesk server');
    try {
      embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, maxConnections: EMBEDDED_POOL_SIZE + 4 });
    } catch (err) {
      lock.release();
      throw err;
    }
    url = embedded.url;
    poolSize = EMBEDDED_POOL_SIZE;
    logger.info({ dataDir: config.dataDir }, 'embedded PGlite database started');
  }
  const dataSource = createDataSource(url, { entities: ENTITIES, poolSize, counter: options.statementCounter });
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    lock?.release();
  };
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await checkStoredSecrets(dataSource, options.secrets);
    const { generated } = await bootstrapOperator(dataSource, options.clock, config.operatorToken);
    if (generated) {
      logger.warn(`No CROSSDESK_OPERATOR_TOKEN was set: generated the network operator token (shown once, keep it): ${generated}`);
    }
    return { dataSource, url, embedded, generatedOperatorToken: generated, close };
  } catch (err) {
    await close();
    throw err;
  }
}
