import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { onCleanup, onExitSync } from './cleanup';

/** Where the benchmarks run: an admin URL on a PostgreSQL server, and how it was obtained. */
export interface PostgresTarget {
  adminUrl: string;
  source: string;
  version: string;
  settings: Record<string, string>;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface (bound then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Swaps the database name of a postgres URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function describe(adminUrl: string): Promise<{ version: string; settings: Record<string, string> }> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const version = (await c.query('SHOW server_version')).rows[0].server_version as string;
    const settings: Record<string, string> = {};
    for (const name of ['fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'max_connections']) {
      settings[name] = (await c.query(`SHOW ${name}`)).rows[0][name];
    }
    return { version, settings };
  } finally {
    await c.end();
  }
}

/**
 * BENCH_DATABASE_URL when set; otherwise a throw-away PostgreSQL 15 cluster started the way
 * `.ci/run` starts one (initdb as `postgres` through runuser when root, temp folder, free
 * port, fsync off), stopped at the end and also on error or ctrl-c.
 */
export async function startPostgres(): Promise<PostgresTarget> {
  const given = process.env.BENCH_DATABASE_URL?.trim();
  if (given) {
    const d = await describe(given);
    return { adminUrl: given, source: 'BENCH_DATABASE_URL', ...d, stop: async () => undefined };
  }
  const bin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
  if (!fs.existsSync(path.join(bin, 'initdb'))) throw new Error(`no initdb in ${bin}: set PG_BIN or BENCH_DATABASE_URL`);
  const root = process.getuid?.() === 0;
  const asPostgres = (cmd: string, args: string[]): [string, string[]] => (root ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-bench-pg-'));
  const data = path.join(work, 'data');
  const log = path.join(work, 'log');
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    fs.chownSync(work, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const [c, a] = asPostgres(path.join(bin, cmd), args);
    const r = spawnSync(c, a, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`);
  };
  const port = await freePort();
  let started = false;
  const stopSync = () => {
    if (started) {
      const [c, a] = asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      spawnSync(c, a, { stdio: 'ignore' });
      started = false;
    }
    fs.rmSync(work, { recursive: true, force: true });
  };
  const unregisterSync = onExitSync(stopSync);
  const unregister = onCleanup(() => stopSync());
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    const opts = `-p ${port} -k ${work} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    started = true;
    run('pg_ctl', ['-D', data, '-l', log, '-w', '-o', opts, 'start']);
  } catch (err) {
    stopSync();
    throw err;
  }
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const d = await describe(adminUrl);
  return {
    adminUrl,
    source: `throw-away cluster (${bin}, fsync=off, synchronous_commit=off, full_page_writes=off, like .ci/run)`,
    ...d,
    async stop() {
      unregister();
      unregisterSync();
      stopSync();
    },
  };
}

/** A database of one benchmark's own, dropped by `drop()` (and on cleanup). */
export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createDatabase(adminUrl: string, label: string): Promise<BenchDatabase> {
  const name = `crossdesk_bench_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await c.end();
    }
  };
  const unregister = onCleanup(drop);
  return {
    name,
    url: withDatabase(adminUrl, name),
    async drop() {
      unregister();
      await drop();
    },
  };
}

/**
 * A pg pool whose connections may be cut without crashing the benchmark: `pool.end()`
 * resolves before its sockets have closed, and DROP DATABASE … WITH (FORCE) right after
 * terminates them, which pg reports as an 'error' event nobody listens to any more.
 */
export function benchPool(url: string, max: number): Pool {
  const pool = new Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
