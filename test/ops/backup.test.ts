import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../support/global-setup';
import { killAllChildServers, post, startChildServer, type ChildServer } from '../support/child-server';
import { startEmbeddedDatabase } from '../../src/db/embedded';
import { ROOT, runNode } from './ops-support';

/**
 * `npm run backup` / `npm run restore` on the embedded database (with the server stopped:
 * a running server holds the folder and they say so), and `npm run migrate-to-postgres`
 * copying an embedded network to a PostgreSQL server that a server then runs on.
 */

jest.setTimeout(240_000);

const OPERATOR = 'cdk_ops_backup_operator_secret_0123456789';
const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } adminToken } }`;
const tool = (name: string) => path.join(ROOT, 'dist/src/tools', `${name}.js`);
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function createMember(server: ChildServer, name: string): Promise<{ id: string; adminToken: string }> {
  const res = await post(server.url, CREATE, { input: { name, admin: { email: `admin@${name.toLowerCase().replace(/\W/g, '')}.example`, name: 'Admin' } } }, OPERATOR);
  expect(res.errors).toBeUndefined();
  return { id: res.data.createMember.member.id, adminToken: res.data.createMember.adminToken };
}

async function memberNames(server: ChildServer): Promise<string[]> {
  const res = await post(server.url, `{ members(first: 50) { edges { node { name } } } }`, {}, OPERATOR);
  expect(res.errors).toBeUndefined();
  return res.data.members.edges.map((e: any) => e.node.name).sort();
}

let dir: string;
let dataDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-backup-'));
  dataDir = path.join(dir, 'data');
});
afterEach(() => {
  killAllChildServers();
  fs.rmSync(dir, { recursive: true, force: true });
});
const embeddedServer = () => startChildServer({ CROSSDESK_DATA_DIR: dataDir, CROSSDESK_OPERATOR_TOKEN: OPERATOR }, 90_000);

(onPostgres ? describe.skip : describe)('npm run backup / npm run restore', () => {
  it('backs up with the server stopped, refuses while it runs, and restores exactly what was backed up', async () => {
    const first = await embeddedServer();
    await createMember(first, 'Before Backup');
    const file = path.join(dir, 'backups', 'crossdesk.tar.gz');
    const whileRunning = await runNode([tool('backup'), file], { CROSSDESK_DATA_DIR: dataDir });
    expect(whileRunning.code).toBe(1);
    expect(whileRunning.stderr.trim()).toMatch(/^The embedded database in .+ is in use by a Crossdesk server \(process \d+\): stop it first/);
    expect(fs.existsSync(file)).toBe(false);
    expect(await first.stop()).toBe(0);

    const backup = await runNode([tool('backup'), file], { CROSSDESK_DATA_DIR: dataDir });
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toMatch(/^Backed up the embedded database in .+ to .+crossdesk\.tar\.gz \([\d.]+ MB\)\. Restore it with: npm run restore -- /);
    expect(fs.statSync(file).size).toBeGreaterThan(100_000);

    // a change after the backup, which the restore takes away
    const second = await embeddedServer();
    await createMember(second, 'After Backup');
    expect(await memberNames(second)).toEqual(['After Backup', 'Before Backup']);
    expect(await second.stop()).toBe(0);

    const restore = await runNode([tool('restore'), file], { CROSSDESK_DATA_DIR: dataDir });
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    const kept = /The database it replaced is kept in (\S+) /.exec(restore.stdout)![1];
    expect(fs.existsSync(path.join(kept, 'PG_VERSION'))).toBe(true);

    const third = await embeddedServer();
    expect(await memberNames(third)).toEqual(['Before Backup']);
    expect(await third.stop()).toBe(0);

    const notABackup = path.join(dir, 'not-a-backup.tar.gz');
    fs.writeFileSync(notABackup, 'hello');
    const refused = await runNode([tool('restore'), notABackup], { CROSSDESK_DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not a backup of a Crossdesk embedded database/);
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true); // untouched
  });
});

/** Every table's rows as one checksum (row_to_json in key order), to compare two databases. */
async function checksums(url: string): Promise<Record<string, string>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`)).rows.map((r) => r.t);
    const sums: Record<string, string> = {};
    for (const t of tables) {
      const { rows } = await c.query(`SELECT count(*) AS n, md5(coalesce(string_agg(row_to_json(x)::text, ',' ORDER BY row_to_json(x)::text), '')) AS sum FROM "${t}" x`);
      sums[t] = `${rows[0].n}:${rows[0].sum}`;
    }
    return sums;
  } finally {
    await c.end();
  }
}

(onPostgres ? describe : describe.skip)('npm run migrate-to-postgres', () => {
  it('copies the demo network to an empty PostgreSQL database, every row as it was, that a server then runs on; refuses a database that has data', async () => {
    const demo = await runNode([path.join(ROOT, 'dist/src/demo-main.js')], { CROSSDESK_DATA_DIR: dataDir, CROSSDESK_OPERATOR_TOKEN: OPERATOR, LOG_LEVEL: 'info' }, 120_000);
    expect(demo.code).toBe(0);
    const sam = /Acme Storage: Sam Storage\s+ENGINEER\s+(cdk_\S+)/.exec(demo.stdout)![1];

    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const name = `crossdesk_moved_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const target = withDatabase(process.env.TEST_DATABASE_URL!, name);
    try {
      const moved = await runNode([tool('migrate-to-postgres'), target], { CROSSDESK_DATA_DIR: dataDir });
      expect(moved).toMatchObject({ code: 0, stderr: '' });
      expect(moved.stdout).toMatch(/^Copied \d+ rows in \d+ tables from .+ to postgresql:\/\/postgres@127\.0\.0\.1:\d+\//);
      expect(moved.stdout).toMatch(/\n {2}member\s+3\n/);

      // every row of every table as it was on the embedded database
      const source = await startEmbeddedDatabase({ dataDir, maxConnections: 2, template: null });
      try {
        const before = await checksums(source.url);
        expect(Object.keys(before).length).toBeGreaterThan(10);
        expect(Number(before.request_event.split(':')[0])).toBeGreaterThan(20);
        expect(await checksums(target)).toEqual(before);
      } finally {
        await source.stop();
      }

      const onPg = await startChildServer({ DATABASE_URL: target, CROSSDESK_OPERATOR_TOKEN: OPERATOR });
      expect(await memberNames(onPg)).toEqual(['Acme Storage', 'Hyperion Virtualization', 'Netwave Networks']);
      // a token made on the embedded database works on PostgreSQL, and so do the requests
      const inbound = await post(onPg.url, `{ inboundRequests(first: 50) { totalCount } }`, {}, sam);
      expect(inbound.errors).toBeUndefined();
      expect(inbound.data.inboundRequests.totalCount).toBeGreaterThan(0);
      await createMember(onPg, 'Moved Later Inc'); // keys and sequences go on from the copy
      expect(await onPg.stop()).toBe(0);

      const again = await runNode([tool('migrate-to-postgres'), target], { CROSSDESK_DATA_DIR: dataDir });
      expect(again.code).toBe(1);
      expect(again.stderr.trim()).toMatch(/^The PostgreSQL database already holds Crossdesk data \(table \w+ has rows\): give the URL of an empty database\.$/);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
