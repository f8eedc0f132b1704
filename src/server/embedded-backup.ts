import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { ConfigError } from '../config';
import { createDataSource } from '../db/data-source';
import { startEmbeddedDatabase } from '../db/embedded';
import { ENTITIES } from '../entities';
import { lockDataDir } from './data-dir-lock';

/**
 * Backups of the embedded database, and its move to PostgreSQL. PGlite is one process's
 * database, so each of these holds the data folder (`<dataDir>.lock`) for its length: they
 * run while no server runs on the folder, and a running server makes them refuse with a
 * line saying so (its `dumpDataDir` works only inside the process that has the database open).
 */

/** Whether a folder holds an embedded database. */
function holdsDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

function requireDatabase(dataDir: string): void {
  if (!holdsDatabase(dataDir)) {
    throw new ConfigError(`There is no embedded database in ${dataDir}: set CROSSDESK_DATA_DIR to the folder npm start uses.`);
  }
}

/** Writes `data` to `file` whole or not at all (a partial file is renamed only once complete). */
function writeWhole(file: string, data: Buffer): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, file);
}

/**
 * A consistent copy of the embedded database as one gzipped tarball (PGlite's
 * `dumpDataDir`), taken with the server stopped. Answers its size in bytes.
 */
export async function backupEmbedded(dataDir: string, file: string): Promise<number> {
  const lock = lockDataDir(dataDir, 'npm run backup');
  try {
    requireDatabase(dataDir);
    const db = await PGlite.create({ dataDir });
    try {
      const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
      writeWhole(file, dump);
      return dump.length;
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Puts a backup in place of the embedded database: the tarball is first opened in a folder
 * of its own and checked to be a Crossdesk database, then swapped in; the database it
 * replaces is kept beside it (`<dataDir>.before-restore-<time>`) and its path answered.
 */
export async function restoreEmbedded(dataDir: string, file: string): Promise<{ previous?: string; migrations: number }> {
  if (!fs.existsSync(file)) throw new ConfigError(`There is no backup file ${file}: give the path npm run backup wrote.`);
  const lock = lockDataDir(dataDir, 'npm run restore');
  const staging = `${dataDir}.restoring-${process.pid}`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    let migrations: number;
    try {
      const db = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([fs.readFileSync(file)]) });
      try {
        const applied = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`);
        migrations = applied.rows[0].n;
      } finally {
        await db.close();
      }
    } catch (err) {
      throw new ConfigError(`${file} is not a backup of a Crossdesk embedded database (${(err as Error).message.split('\n')[0]}): give a file npm run backup wrote.`);
    }
    let previous: string | undefined;
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length) {
      previous = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(dataDir, previous);
    } else {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.renameSync(staging, dataDir);
    return { previous, migrations };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    lock.release();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of `public` in an order where every table comes after the ones it references (self-references aside). */
async function tablesInOrder(source: Client): Promise<Array<{ table: string; selfColumns: string[]; key: string[] }>> {
  const tables = (await source.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`)).rows.map((r) => r.t);
  const fks = (
    await source.query<{ child: string; parent: string; columns: string[] }>(
      `SELECT c.relname AS child, p.relname AS parent, array(SELECT attname::text FROM pg_attribute WHERE attrelid = k.conrelid AND attnum = ANY (k.conkey)) AS columns
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
        WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
    )
  ).rows;
  const keys = (
    await source.query<{ t: string; columns: string[] }>(
      `SELECT c.relname AS t, array(SELECT attname::text FROM pg_attribute WHERE attrelid = i.indrelid AND attnum = ANY (i.indkey)) AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE i.indisprimary AND c.relnamespace = 'public'::regnamespace`,
    )
  ).rows;
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (t: string) => {
    if (ordered.includes(t)) return;
    if (visiting.has(t)) throw new Error(`tables reference each other in a circle through ${t}: cannot order the copy`);
    visiting.add(t);
    for (const fk of fks.filter((f) => f.child === t && f.parent !== t)) visit(fk.parent);
    visiting.delete(t);
    ordered.push(t);
  };
  tables.forEach(visit);
  return ordered.map((table) => ({
    table,
    selfColumns: fks.filter((f) => f.child === table && f.parent === table).flatMap((f) => f.columns),
    key: keys.find((k) => k.t === table)?.columns ?? [],
  }));
}

/** What a copy moved, table by table. */
export type CopyReport = Array<{ table: string; rows: number }>;

/**
 * Copies the embedded network to a PostgreSQL server: the target is migrated to this
 * version's schema (it must hold no Crossdesk data yet), then every table is copied in
 * reference order in one transaction (all or nothing), rows as JSON so every type keeps
 * its value, self-references set in a second pass, sequences moved past the copied values.
 * The embedded database is left as it was. Answers the rows copied per table, each
 * checked against the source's count.
 */
export async function copyEmbeddedToPostgres(dataDir: string, targetUrl: string, batch = 1000): Promise<CopyReport> {
  const lock = lockDataDir(dataDir, 'npm run migrate-to-postgres');
  try {
    requireDatabase(dataDir);
    const embedded = await startEmbeddedDatabase({ dataDir, maxConnections: 4, template: null });
    try {
      // both sides on this version's schema: the source as a server start would leave it, the target fresh
      for (const url of [embedded.url, targetUrl]) {
        const ds = createDataSource(url, { entities: ENTITIES, poolSize: 1 });
        await ds.initialize();
        try {
          await ds.runMigrations({ transaction: 'each' });
        } finally {
          await ds.destroy();
        }
      }
      const source = new Client({ connectionString: embedded.url });
      const target = new Client({ connectionString: targetUrl });
      await source.connect();
      await target.connect();
      try {
        const order = await tablesInOrder(source);
        await target.query('BEGIN');
        for (const { table } of order) {
          const { rows } = await target.query(`SELECT EXISTS (SELECT 1 FROM ${quote(table)}) AS taken`);
          if (rows[0].taken) throw new ConfigError(`The PostgreSQL database already holds Crossdesk data (table ${table} has rows): give the URL of an empty database.`);
        }
        const report: CopyReport = [];
        // self-references, set once every row of their table is in
        const pendingSelf: Array<{ sql: string; json: string }> = [];
        for (const { table, selfColumns, key } of order) {
          const columns = (
            await source.query<{ c: string }>(
              `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
              [table],
            )
          ).rows.map((r) => r.c);
          const list = columns.map(quote).join(', ');
          const select = columns.map((c) => (selfColumns.includes(c) ? 'NULL' : `s.${quote(c)}`)).join(', ');
          let copied = 0;
          let after = '(0,0)';
          for (;;) {
            const page = await source.query<{ at: string; row: string }>(
              `SELECT ctid::text AS at, row_to_json(x)::text AS row FROM ${quote(table)} x WHERE ctid > $1::tid ORDER BY ctid LIMIT ${batch}`,
              [after],
            );
            if (!page.rows.length) break;
            const json = `[${page.rows.map((r) => r.row).join(',')}]`;
            await target.query(`INSERT INTO ${quote(table)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${select} FROM json_populate_recordset(NULL::${quote(table)}, $1::json) s`, [json]);
            if (selfColumns.length) {
              const set = selfColumns.map((c) => `${quote(c)} = s.${quote(c)}`).join(', ');
              const match = key.map((k) => `t.${quote(k)} = s.${quote(k)}`).join(' AND ');
              if (!match) throw new Error(`table ${table} references itself and has no primary key: cannot copy it`);
              pendingSelf.push({ sql: `UPDATE ${quote(table)} t SET ${set} FROM json_populate_recordset(NULL::${quote(table)}, $1::json) s WHERE ${match}`, json });
            }
            copied += page.rows.length;
            after = page.rows[page.rows.length - 1].at;
          }
          const counted = Number((await target.query(`SELECT count(*) AS n FROM ${quote(table)}`)).rows[0].n);
          if (counted !== copied) throw new Error(`table ${table}: ${copied} rows read, ${counted} written`);
          report.push({ table, rows: copied });
        }
        for (const { sql, json } of pendingSelf) await target.query(sql, [json]);
        // sequences (the event log's seq, among others) go on after the copied values
        const sequences = (
          await target.query<{ t: string; c: string }>(
            `SELECT c.relname AS t, a.attname AS c FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
              WHERE c.relnamespace = 'public'::regnamespace AND c.relname <> 'migrations' AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%'`,
          )
        ).rows;
        for (const { t, c } of sequences) {
          await target.query(`SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(max(${quote(c)}), 1), max(${quote(c)}) IS NOT NULL) FROM ${quote(t)}`, [quote(t), c]);
        }
        await target.query('COMMIT');
        return report;
      } catch (err) {
        await target.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        await source.end();
        await target.end();
      }
    } finally {
      await embedded.stop();
    }
  } finally {
    lock.release();
  }
}
