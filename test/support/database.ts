import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from './global-setup';

/** A database of a test file's own. */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file: a clone of the migrated template on PostgreSQL, or
 * the worker's PGlite with its schema emptied (the server under test applies migrations).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.CROSSDESK_TEST_TEMPLATE;
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl && template) {
    const name = `crossdesk_t${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    return {
      url: withDatabase(adminUrl, name),
      async drop() {
        const c = new Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const urls = JSON.parse(process.env.CROSSDESK_TEST_PGLITE_URLS ?? '[]') as string[];
  if (!urls.length) throw new Error('No test database: run the tests through jest (globalSetup starts them).');
  const url = urls[(Number(process.env.JEST_WORKER_ID ?? '1') - 1) % urls.length];
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  await c.end();
  return { url, drop: async () => undefined };
}
