import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { logger } from '../common/logger';

/** A running embedded database reached over the Postgres wire protocol. */
export interface EmbeddedDatabase {
  /** postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Where `npm install` keeps an initialised PGlite data folder as a tarball
 * (`scripts/pglite-template.js`), one per PGlite version.
 */
export function pgliteTemplatePath(): string {
  const pkgDir = path.resolve(path.dirname(require.resolve('@electric-sql/pglite')), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  return path.join(pkgDir, '..', '..', '.cache', 'crossdesk', `pglite-${version}.tar.gz`);
}

/** Whether a data folder holds no database yet. */
function isFresh(dataDir: string | undefined): boolean {
  return !dataDir || !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/**
 * Opens PGlite. A fresh database starts from the template tarball when there is one
 * (restoring it takes about a sixth of the time initdb does); without one, or if it
 * cannot be read, PGlite runs initdb as usual.
 */
async function openPglite(dataDir: string | undefined, templatePath: string | null): Promise<PGlite> {
  if (isFresh(dataDir) && templatePath) {
    let template: Buffer | undefined;
    try {
      template = fs.readFileSync(templatePath);
    } catch {
      // no template: initdb below
    }
    if (template) {
      try {
        return await PGlite.create({ ...(dataDir ? { dataDir } : {}), loadDataDir: new Blob([template]) });
      } catch (err) {
        logger.warn({ err }, 'the embedded database template could not be restored; initialising the database instead');
        if (dataDir) {
          fs.rmSync(dataDir, { recursive: true, force: true });
          fs.mkdirSync(dataDir, { recursive: true });
        }
      }
    }
  }
  return PGlite.create(dataDir ? { dataDir } : {});
}

/**
 * Starts PGlite (persisted in `dataDir`, or in memory when `dataDir` is undefined) behind
 * pglite-socket on a loopback port, so TypeORM's `postgres` driver and `pg` serve it exactly
 * as they serve a PostgreSQL server: one code path for both databases. A fresh database
 * starts from `template` (default: the one `npm install` made; `null`: initdb).
 */
export async function startEmbeddedDatabase(options: { dataDir?: string; maxConnections: number; template?: string | null }): Promise<EmbeddedDatabase> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const db = await openPglite(options.dataDir, options.template === undefined ? pgliteTemplatePath() : options.template);
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
