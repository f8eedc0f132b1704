import { Client } from 'pg';
import type { Config } from '@jest/types';
import { createDataSource } from '../../src/db/data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded';

declare global {
  // eslint-disable-next-line no-var
  var __crossdeskTestDatabases: { embedded: EmbeddedDatabase[]; template?: { adminUrl: string; name: string } } | undefined;
}

/** Swaps the database name of a postgres URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Pays the database start-up once per run. On PostgreSQL (TEST_DATABASE_URL): migrations
 * are applied once into a template database, and each test file clones it. On PGlite: one
 * in-memory PGlite per jest worker (a PGlite is one session, so workers must not share
 * one); each test file resets its worker's schema.
 */
export default async function globalSetup(config: Config.GlobalConfig): Promise<void> {
  process.env.NODE_ENV = 'test';
  const state: NonNullable<typeof globalThis.__crossdeskTestDatabases> = { embedded: [] };
  globalThis.__crossdeskTestDatabases = state;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `crossdesk_tpl_${process.pid}_${Date.now()}`;
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const ds = createDataSource(withDatabase(adminUrl, name), { poolSize: 1 });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    state.template = { adminUrl, name };
    process.env.CROSSDESK_TEST_TEMPLATE = name;
  } else {
    const workers = Math.max(1, config.maxWorkers);
    state.embedded = await Promise.all(Array.from({ length: workers }, () => startEmbeddedDatabase({ maxConnections: 40 })));
    process.env.CROSSDESK_TEST_PGLITE_URLS = JSON.stringify(state.embedded.map((e) => e.url));
  }
}
