import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { MAIN, runNode, type Finished } from './ops-support';

jest.setTimeout(120_000);

/** The log lines a finished server printed (JSON: stdout is a pipe). */
function lines(run: Finished): Array<Record<string, any>> {
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>);
}

/** A failed start: exit code 1 and exactly one line, at fatal, saying what and how, with no stack. */
function expectOneLine(run: Finished, says: RegExp): string {
  expect(run.code).toBe(1);
  const logged = lines(run);
  expect(logged).toHaveLength(1);
  expect(logged[0].level).toBe(60);
  expect(logged[0].err).toBeUndefined();
  expect(logged[0].msg).toMatch(says);
  expect(logged[0].msg).not.toContain('\n');
  expect(run.stderr).toBe('');
  return logged[0].msg as string;
}

/** A port that something else holds for the length of `use`. */
async function withPortTaken<T>(use: (port: number) => Promise<T>): Promise<T> {
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  try {
    return await use((holder.address() as net.AddressInfo).port);
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
}

describe('configuration a person can act on', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const start = (env: Record<string, string>) =>
    runNode([MAIN], { LOG_LEVEL: 'info', LOG_FORMAT: 'json', HOST: '127.0.0.1', PORT: '0', CROSSDESK_DATA_DIR: path.join(dir, 'data'), ...env });

  it('refuses an unknown CROSSDESK_* variable, naming the one it probably meant', async () => {
    const run = await start({ CROSSDESK_DATADIR: '/tmp/somewhere' });
    const msg = expectOneLine(run, /CROSSDESK_DATADIR is not a Crossdesk setting: did you mean CROSSDESK_DATA_DIR\? Fix its name or unset it/);
    expect(msg).toContain('known: CROSSDESK_DATA_DIR');
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false);
  });

  it('refuses a malformed DATABASE_URL without repeating its password', async () => {
    const run = await start({ DATABASE_URL: 'postgres://crossdesk:hunter2-secret@db.internal:fivefour/crossdesk' });
    const msg = expectOneLine(run, /DATABASE_URL is not a valid URL: write it as postgres:\/\/USER:PASSWORD@HOST:PORT\/DATABASE, with a numeric port/);
    expect(msg).not.toContain('hunter2');
  });

  it('refuses a port in use before opening the database, and leaves nothing behind', async () => {
    await withPortTaken(async (port) => {
      const run = await start({ PORT: String(port) });
      expectOneLine(run, new RegExp(`PORT ${port} is already in use on 127.0.0.1 .*set PORT to a free port`));
      expect(fs.existsSync(path.join(dir, 'data'))).toBe(false); // the embedded database was never opened
    });
  });

  it('says when no PostgreSQL server answers at DATABASE_URL, and frees the port it took', async () => {
    // a port nobody listens on: take one and give it back
    const free = await withPortTaken(async (p) => p);
    const run = await start({ DATABASE_URL: `postgres://someone:pw@127.0.0.1:${free}/nowhere`, PORT: '0' });
    expectOneLine(run, new RegExp(`No PostgreSQL server answers at 127.0.0.1:${free}/nowhere \\(DATABASE_URL\\): start it, or fix the host and port`));
  });

  it('refuses a LOG_FORMAT it does not know', async () => {
    const run = await start({ LOG_FORMAT: 'xml' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/LOG_FORMAT must be pretty or json, got \\"xml\\"/);
  });
});

describe('loadConfig', () => {
  it('accepts what is meant: a Unix-socket URL, the example client’s and the test harness’s variables', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://user@/db?host=/var/run/postgresql' }).databaseUrl).toBe('postgresql://user@/db?host=/var/run/postgresql');
    expect(() => loadConfig({ CROSSDESK_TOKEN: 'cdk_x', CROSSDESK_URL: 'http://localhost:4000/graphql', CROSSDESK_TEST_ANYTHING: '1' })).not.toThrow();
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p%40ss@h:5432/d' }).databaseUrl).toBe('postgres://u:p%40ss@h:5432/d');
  });

  it('refuses, as configuration errors, what cannot work', () => {
    const refusals: Array<[Record<string, string>, RegExp]> = [
      [{ CROSSDESK_OPERATOR_TOKN: 'x' }, /did you mean CROSSDESK_OPERATOR_TOKEN\?/],
      [{ CROSSDESK_FROBNICATE: 'x' }, /CROSSDESK_FROBNICATE is not a Crossdesk setting: Fix its name or unset it/],
      [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:\/\//],
      [{ DATABASE_URL: 'postgres://u:50%off@h/d' }, /broken percent-escape/],
      [{ DATABASE_URL: 'postgres://h:99999/d' }, /not a valid URL/],
      [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
      [{ PORT: '-1' }, /PORT must be an integer between 0 and 65535/],
    ];
    for (const [env, message] of refusals) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    }
  });
});
