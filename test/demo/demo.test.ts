import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { demoPresent, seedDemo } from '../../src/demo';
import { CollaborationRequest } from '../../src/modules/requests/request.entity';
import { killAllChildServers, post, startChildServer } from '../support/child-server';
import { ok, startTestServer, type TestServer } from '../support/server';

jest.setTimeout(120_000);
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ config: { rateLimitPoints: 100_000 } });
});
afterAll(() => t.close());

describe('the demo network', () => {
  it('seeds three vendors, three groups and requests in every status through the API', async () => {
    expect(await demoPresent(t.dataSource)).toBe(false);
    const identities = await seedDemo(t.url, t.operatorToken);
    expect(await demoPresent(t.dataSource)).toBe(true);
    expect(new Set(identities.map((i) => i.role))).toEqual(new Set(['OPERATOR', 'ADMIN', 'ENGINEER', 'SERVICE']));
    expect(identities).toHaveLength(1 + 3 * 4);
    const groups = ok(await t.gql(`{ partnerGroups { edges { node { kind memberships { totalCount } } } } }`, {}, t.operatorToken)).partnerGroups.edges.map((e: any) => e.node.kind);
    expect(groups.sort()).toEqual(['COLLABORATIVE', 'CRITICAL_ESCALATION', 'OEM']);
    const statuses = (await t.dataSource.manager.find(CollaborationRequest)).map((r) => r.status);
    expect(statuses.length).toBeGreaterThanOrEqual(12);
    expect(new Set(statuses)).toEqual(new Set(['OPEN', 'ACCEPTED', 'INFORMATION_REQUESTED', 'REJECTED', 'CLOSED', 'CANCELLED']));
    expect((await t.dataSource.manager.findBy(CollaborationRequest, { critical: true })).length).toBe(1);
    // every printed token works, as the role it says
    for (const i of identities) {
      const v = ok(await t.gql(`{ viewer { isOperator user { role } token { service } } }`, {}, i.token)).viewer;
      if (i.role === 'OPERATOR') expect(v.isOperator).toBe(true);
      else if (i.role === 'SERVICE') expect(v.token.service).toBe(true);
      else expect(v.user.role).toBe(i.role);
    }
  });
});

describe('npm run demo', () => {
  it('seeds once, prints who is who, and says so when run again (as a newcomer runs it: no operator token set)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-demo-'));
    const { CROSSDESK_OPERATOR_TOKEN: _op, ...inherited } = process.env;
    const env = { ...inherited, CROSSDESK_DATA_DIR: dir, LOG_LEVEL: 'info', LOG_FORMAT: '', DATABASE_URL: '' };
    const run = () => promisify(execFile)(process.execPath, [path.resolve(__dirname, '../../dist/src/demo-main.js')], { env });
    try {
      const first = await run();
      expect(first.stdout).toMatch(/Acme Storage: Ada Lovelace\s+ADMIN\s+cdk_/);
      expect(first.stdout).toContain('GraphiQL: http://localhost:4000/graphql');
      expect(first.stdout).toMatch(/Network operator\s+OPERATOR\s+cdk_/);
      // only the table and a few sentences on stdout; on stderr only warnings; the rest in the file it names
      expect(first.stdout.split('\n').filter((l) => l.startsWith('{'))).toEqual([]);
      expect(first.stdout.trim().split('\n').length).toBeLessThan(25);
      for (const line of first.stderr.split('\n').filter(Boolean)) expect(JSON.parse(line).level).toBeGreaterThanOrEqual(40);
      const logFile = /The full log of this run is in (.+)\.\)/.exec(first.stdout)![1];
      const logged = fs.readFileSync(path.resolve(logFile), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      expect(logged.some((l) => l.msg === 'demo network seeded')).toBe(true);
      expect(logged.some((l) => l.method === 'POST' && l.path === '/graphql' && l.status === 200)).toBe(true);
      fs.rmSync(path.resolve(logFile), { force: true });
      const second = await run();
      expect(second.stdout).toMatch(/already here: nothing was added/);
      expect(second.stdout).not.toMatch(/cdk_/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm start -- --demo', () => {
  afterAll(killAllChildServers);

  it('seeds an empty database at start-up and prints who is who, and on the next start only says it is there', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-start-demo-'));
    const main = path.resolve(__dirname, '../../dist/src/main.js');
    const start = () => startChildServer({ CROSSDESK_DATA_DIR: dir }, 90_000, [process.execPath, main, '--demo']);
    try {
      const first = await start();
      await waitFor(() => /Netwave Networks: service token\s+SERVICE\s+cdk_/.test(first.stdout()));
      const operator = /Network operator\s+OPERATOR\s+(cdk_\S+)/.exec(first.stdout())![1];
      const members = await post(first.url, `{ members { totalCount } }`, {}, operator);
      expect(members.data.members.totalCount).toBe(3);
      expect(await first.stop()).toBe(0);

      const second = await start();
      await waitFor(() => second.logs.some((l) => l.msg === '--demo: the demo network is already here'));
      expect(second.stdout()).not.toMatch(/OPERATOR\s+cdk_/);
      expect((await post(second.url, `{ members { totalCount } }`, {}, operator)).data.members.totalCount).toBe(3);
      await second.stop();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function waitFor(probe: () => boolean, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
