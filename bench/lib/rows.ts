import { Client } from 'pg';

/** Row counts of every table of the database (but the migrations table). */
export async function countRows(url: string): Promise<Record<string, number>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`)).rows.map((r) => r.tablename as string);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await c.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n);
    return counts;
  } finally {
    await c.end();
  }
}

/** Rows added per operation, by table (tables with none left out). */
export function rowsPer(before: Record<string, number>, after: Record<string, number>, operations: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [t, n] of Object.entries(after)) {
    const d = n - (before[t] ?? 0);
    if (d) out[t] = Math.round((d / operations) * 1000) / 1000;
  }
  return out;
}
