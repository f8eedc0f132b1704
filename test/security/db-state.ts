import type { DataSource } from 'typeorm';

/**
 * What the database holds, to prove that a refused call wrote nothing. Every table of the
 * schema but the migrations log; `api_token` without `last_used_at`, which authentication
 * updates in the background (at most once a minute per token) on any call, refused or not.
 */
async function tables(ds: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> = await ds.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

let countSql: string | undefined;
let fingerprintSql: string | undefined;

/** Row counts of every table, in one statement. */
export async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  countSql ??= (await tables(ds)).map((name) => `SELECT '${name}' AS name, count(*)::int AS n FROM ${quote(name)}`).join(' UNION ALL ');
  const rows: Array<{ name: string; n: number }> = await ds.query(countSql);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

/** A digest of every row of every table (order-independent), per table, in one statement. */
export async function fingerprint(ds: DataSource): Promise<Record<string, string>> {
  if (!fingerprintSql) {
    const parts: string[] = [];
    for (const name of await tables(ds)) {
      let row = 't::text';
      if (name === 'api_token') {
        const cols: Array<{ column_name: string }> = await ds.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'api_token' AND column_name <> 'last_used_at' ORDER BY ordinal_position`,
        );
        row = `(${cols.map((c) => `t.${quote(c.column_name)}`).join(', ')})::text`;
      }
      parts.push(`SELECT '${name}' AS name, coalesce(md5(string_agg(md5(${row}), ',' ORDER BY md5(${row}))), '-') AS digest FROM ${quote(name)} t`);
    }
    fingerprintSql = parts.join(' UNION ALL ');
  }
  const rows: Array<{ name: string; digest: string }> = await ds.query(fingerprintSql);
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

/** The tables whose digest differs between two fingerprints. */
export function changedTables(before: Record<string, string | number>, after: Record<string, string | number>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => before[k] !== after[k]).sort();
}
