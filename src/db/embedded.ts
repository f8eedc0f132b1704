import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** A running embedded database reached over the Postgres wire protocol. */
export interface EmbeddedDatabase {
  /** postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (persisted in `dataDir`, or in memory when `dataDir` is undefined) behind
 * pglite-socket on a loopback port, so TypeORM's `postgres` driver and `pg` serve it exactly
 * as they serve a PostgreSQL server: one code path for both databases.
 */
export async function startEmbeddedDatabase(options: { dataDir?: string; maxConnections: number }): Promise<EmbeddedDatabase> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:<port>"
  return {
    url: `postgresql://postgres:postgres@${conn}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
