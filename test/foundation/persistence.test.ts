import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killAllChildServers, post, startChildServer } from '../support/child-server';

const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } adminToken } }`;

jest.setTimeout(120_000);

async function waitUntil(probe: () => boolean): Promise<void> {
  while (!probe()) await new Promise((r) => setTimeout(r, 20));
}
afterAll(killAllChildServers);

describe('npm start on the embedded database', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-persist-'));
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across a restart, and prints a generated operator token only on the first start', async () => {
    const first = await startChildServer({ CROSSDESK_DATA_DIR: dataDir });
    let operatorToken: string;
    try {
      const announced = first.logs.map((l) => String(l.msg)).filter((m) => /operator token/.test(m));
      expect(announced).toHaveLength(1);
      operatorToken = /(cdk_[A-Za-z0-9_-]{43})/.exec(announced[0])![1];
      const created = await post(first.url, CREATE, { input: { name: 'Persisted Inc', admin: { email: 'p@persisted.example', name: 'P' } } }, operatorToken);
      expect(created.errors).toBeUndefined();
      var memberId: string = created.data.createMember.member.id;
      var adminToken: string = created.data.createMember.adminToken;
    } finally {
      expect(await first.stop('SIGTERM')).toBe(0);
    }
    expect(fs.readdirSync(dataDir).length).toBeGreaterThan(0);

    const second = await startChildServer({ CROSSDESK_DATA_DIR: dataDir });
    try {
      expect(second.logs.some((l) => /cdk_/.test(JSON.stringify(l)))).toBe(false);
      const read = await post(second.url, `query($id: ID!) { member(id: $id) { id name } }`, { id: memberId }, adminToken);
      expect(read).toEqual({ data: { member: { id: memberId, name: 'Persisted Inc' } } });
      const op = await post(second.url, `{ viewer { isOperator } }`, {}, operatorToken);
      expect(op).toEqual({ data: { viewer: { isOperator: true } } });
      await waitUntil(() => second.logs.some((l) => l.path === '/graphql' && l.status === 200));
      const logged = JSON.stringify(second.logs);
      expect(logged).not.toContain('authorization');
      expect(logged).not.toContain(adminToken);
      expect(logged).not.toContain(operatorToken);
    } finally {
      await second.stop();
    }
  });

  it('lets CROSSDESK_OPERATOR_TOKEN replace the operator secret: exactly that secret works', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-op-'));
    try {
      const first = await startChildServer({ CROSSDESK_DATA_DIR: dir });
      const generated = /(cdk_[A-Za-z0-9_-]{43})/.exec(JSON.stringify(first.logs))![1];
      await first.stop();
      const configured = 'cdk_configured_operator_secret_42';
      const second = await startChildServer({ CROSSDESK_DATA_DIR: dir, CROSSDESK_OPERATOR_TOKEN: configured });
      try {
        expect(JSON.stringify(second.logs)).not.toContain(configured);
        expect(await post(second.url, `{ viewer { isOperator } }`, {}, configured)).toEqual({ data: { viewer: { isOperator: true } } });
        const old = await post(second.url, `{ viewer { isOperator } }`, {}, generated);
        expect(old.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      } finally {
        await second.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
