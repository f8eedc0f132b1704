import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { killAllChildServers, post, startChildServer, type ChildServer } from '../support/child-server';
import { subscribe } from '../support/subscriber';

jest.setTimeout(180_000);
afterAll(killAllChildServers);

const OPERATOR = 'cdk_crash_test_operator_secret_42';
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function must(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await post(url, query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** Builds A → B over a group through the API of a running server. */
async function world(url: string) {
  const member = async (name: string) =>
    (await must(url, `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } adminUser { id } adminToken } }`, { input: { name, admin: { email: `${name}@crash.example`, name } } }, OPERATOR)).createMember;
  const a = await member('crash-a');
  const b = await member('crash-b');
  const group = (await must(url, `mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id } } }`, {
    input: { name: 'Crash group', kind: 'OEM', slaPolicy: { targets: ['P1', 'P2', 'P3', 'P4'].map((priority) => ({ priority, responseMinutes: 60 })) }, calendar: { timeZone: 'UTC', alwaysOpen: true } },
  }, OPERATOR)).createPartnerGroup.group;
  for (const m of [a, b]) {
    const inv = (await must(url, `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id } } }`, { input: { groupId: group.id, memberId: m.member.id } }, OPERATOR)).inviteMember.membership;
    await must(url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`, { input: { id: inv.id } }, m.adminToken);
  }
  const form = (await must(url, `mutation($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id } } }`, { input: { name: 'F', fields: [{ key: 'product', label: 'Product', type: 'TEXT' }] } }, b.adminToken)).createProcessForm.form;
  const dept = (await must(url, `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }`, { input: { groupId: group.id, formId: form.id, name: 'D' } }, b.adminToken)).createDepartment.department;
  return { a, b, dept };
}

describe('kill -9 under load, then restart', () => {
  let db: TestDatabase | undefined;
  let dataDir: string | undefined;
  const env = (): Record<string, string> => (onPostgres ? { DATABASE_URL: db!.url } : { CROSSDESK_DATA_DIR: dataDir! });
  beforeAll(async () => {
    if (onPostgres) db = await createTestDatabase();
    else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-crash-'));
  });
  afterAll(async () => {
    await db?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged mutation, and a resuming subscriber gets every event once', async () => {
    let server: ChildServer = await startChildServer({ ...env(), CROSSDESK_OPERATOR_TOKEN: OPERATOR, RATE_LIMIT_POINTS: '100000' });
    const { a, b, dept } = await world(server.url);
    const wsUrl = server.url.replace('http', 'ws');
    const listener = subscribe(wsUrl, b.adminToken, 'subscription($after: String) { requestEvents(after: $after) { id cursor type } }', { after: Buffer.from('e:0').toString('base64url') });

    const acknowledged: Array<{ id: string; accepted: boolean }> = [];
    let stop = false;
    const client = async (n: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const r = await post(server.url, `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }`, {
            input: { departmentId: dept.id, priority: 'P3', summary: `load ${n}-${i}`, data: { product: 'x' }, requesterCaseNumber: `C-${n}-${i}` },
          }, a.adminToken);
          if (!r.data?.submitRequest) continue;
          const entry = { id: r.data.submitRequest.request.id as string, accepted: false };
          acknowledged.push(entry);
          const acc = await post(server.url, `mutation($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { id status } } }`, { input: { id: entry.id, receiverCaseNumber: `B-${n}-${i}` } }, b.adminToken);
          if (acc.data?.acceptRequest?.request.status === 'ACCEPTED') entry.accepted = true;
        } catch {
          return; // the server is gone
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(client));
    await listener.waitFor((ev) => ev.length >= 20);
    const lastSeen = listener.events[listener.events.length - 1].cursor;
    await listener.dispose();
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
    server.process.kill('SIGKILL');
    stop = true;
    await load;
    await server.stop();

    server = await startChildServer({ ...env(), CROSSDESK_OPERATOR_TOKEN: OPERATOR, RATE_LIMIT_POINTS: '100000' });
    for (const entry of acknowledged) {
      const r = await must(server.url, `query($id: ID!) { collaborationRequest(id: $id) { id status } }`, { id: entry.id }, a.adminToken);
      expect(r.collaborationRequest.id).toBe(entry.id);
      if (entry.accepted) expect(r.collaborationRequest.status).toBe('ACCEPTED');
    }
    // resume after the last event seen before the crash: every later event once, in order
    const expected: string[] = [];
    let after: string | null = lastSeen;
    for (;;) {
      const page: any = (await must(server.url, `query($after: String) { events(after: $after, first: 100) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after }, b.adminToken)).events;
      expected.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const resumed = subscribe(server.url.replace('http', 'ws'), b.adminToken, 'subscription($after: String) { requestEvents(after: $after) { id } }', { after: lastSeen });
    await resumed.waitFor((ev) => ev.length >= expected.length);
    expect(resumed.events.map((e) => e.id)).toEqual(expected);
    await resumed.dispose();
    await server.stop();
    console.log(`crash test (${onPostgres ? 'PostgreSQL' : 'PGlite'}): ${acknowledged.length} acknowledged submissions, ${acknowledged.filter((x) => x.accepted).length} acknowledged accepts, all present after kill -9; ${expected.length} events resumed`);
  });
});
