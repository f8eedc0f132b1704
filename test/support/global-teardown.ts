import { Client } from 'pg';

/** Stops the embedded databases, or drops the template database. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__crossdeskTestDatabases;
  if (!state) return;
  await Promise.all(state.embedded.map((e) => e.stop()));
  if (state.template) {
    const client = new Client({ connectionString: state.template.adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${state.template.name} WITH (FORCE)`);
    await client.end();
  }
}
