import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../src/common/clock';
import { claimDue, LEASE_MS } from '../../src/modules/webhooks/webhook-queue';
import { killAllChildServers, post, startChildServer } from '../support/child-server';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { act, requestWorld } from '../support/seed';
import { ok, startTestServer } from '../support/server';
import { attemptLog, startReceiver, type Receiver } from '../support/receiver';

jest.setTimeout(120_000);
afterAll(killAllChildServers);

const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});
async function receiver(reply?: Parameters<typeof startReceiver>[0]) {
  const r = await startReceiver(reply);
  receivers.push(r);
  return r;
}
const createHook = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }`;

describe('webhook deliveries across restarts', () => {
  it('loses nothing when the server stops between attempts: the next server retries, in order', async () => {
    const clock = new ManualClock(new Date());
    const db = await createTestDatabase();
    let t = await startTestServer({ db, clock, webhookIntervalMs: 60_000 });
    const w = await requestWorld(t);
    const r = await receiver((_hit, i) => (i === 0 ? { status: 500 } : { status: 200 }));
    ok(await t.gql(createHook, { input: { url: r.url } }, w.b.admin.token));
    const log = attemptLog(t.services.webhooks!);
    const request = await w.submit();
    await log.waitFor((a) => a.length >= 1);
    ok(await act(t, 'addNote', { requestId: request.id, body: 'queued while the first is pending' }, w.engA.token));
    log.stop();
    await t.stop(); // the database stays

    clock.advance(5_000);
    t = await startTestServer({ db, clock, webhookIntervalMs: 60_000 });
    try {
      // the start-up pass sends what came due while no server ran
      await r.waitFor((h) => h.length >= 3);
      expect(r.hits.map((h) => [h.json.type, h.headers['crossdesk-attempt']])).toEqual([
        ['REQUEST_SUBMITTED', '1'],
        ['REQUEST_SUBMITTED', '2'],
        ['NOTE_ADDED', '1'],
      ]);
    } finally {
      await t.close();
    }
  });

  it('sends again an attempt whose worker died mid-call, once its lease runs out', async () => {
    const clock = new ManualClock(new Date());
    const db = await createTestDatabase();
    let t = await startTestServer({ db, clock }); // no worker: this test plays the worker that dies
    const w = await requestWorld(t);
    const r = await receiver();
    ok(await t.gql(createHook, { input: { url: r.url, eventTypes: ['REQUEST_SUBMITTED'] } }, w.b.admin.token));
    await w.submit();
    const claimed = await claimDue(t.services, 8);
    expect(claimed).toHaveLength(1);
    await t.stop(); // "crashes" holding the claim: nothing was sent, nothing recorded

    t = await startTestServer({ db, clock, webhookIntervalMs: 60_000 });
    try {
      // still leased: a marker event on another endpoint shows the worker ran and skipped it
      const marker = await receiver();
      const { createWebhook } = ok(await t.gql(createHook, { input: { url: marker.url } }, w.a.admin.token));
      ok(await act(t, 'addNote', { requestId: claimed[0].request.id, body: 'marker' }, w.engA.token));
      await marker.waitFor((h) => h.some((x) => x.json.type === 'NOTE_ADDED'));
      await t.services.webhooks!.idle();
      expect(r.hits).toHaveLength(0);
      expect(createWebhook.webhook.id).toBeDefined();
      clock.advance(LEASE_MS + 1);
      t.services.webhooks!.wake();
      const [hit] = await r.waitFor((h) => h.length >= 1);
      expect(hit.json.id).toBe(claimed[0].event.id);
    } finally {
      await t.close();
    }
  });
});

describe('kill -9 between attempts', () => {
  const OPERATOR = 'cdk_webhook_crash_operator_secret_42';
  const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
  let db: TestDatabase | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    if (onPostgres) db = await createTestDatabase();
    else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-webhook-crash-'));
  });
  afterAll(async () => {
    await db?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers, after a restart, every event whose attempt failed before the kill', async () => {
    const env = { ...(onPostgres ? { DATABASE_URL: db!.url } : { CROSSDESK_DATA_DIR: dataDir! }), CROSSDESK_OPERATOR_TOKEN: OPERATOR };
    let server = await startChildServer(env);
    const must = async (query: string, variables: Record<string, unknown>, token: string) => {
      const res = await post(server.url, query, variables, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };
    const member = async (name: string) =>
      (await must(`mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } adminToken } }`, { input: { name, admin: { email: `${name}@hook.example`, name } } }, OPERATOR)).createMember;
    const a = await member('hook-a');
    const b = await member('hook-b');
    const group = (
      await must(`mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id } } }`, {
        input: { name: 'Hook group', kind: 'OEM', slaPolicy: { targets: ['P1', 'P2', 'P3', 'P4'].map((priority) => ({ priority, responseMinutes: 600 })) }, calendar: { timeZone: 'UTC', alwaysOpen: true } },
      }, OPERATOR)
    ).createPartnerGroup.group;
    for (const m of [a, b]) {
      const inv = (await must(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id } } }`, { input: { groupId: group.id, memberId: m.member.id } }, OPERATOR)).inviteMember.membership;
      await must(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`, { input: { id: inv.id } }, m.adminToken);
    }
    const form = (await must(`mutation($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id } } }`, { input: { name: 'F', fields: [{ key: 'product', label: 'Product', type: 'TEXT' }] } }, b.adminToken)).createProcessForm.form;
    const dept = (await must(`mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }`, { input: { groupId: group.id, formId: form.id, name: 'D' } }, b.adminToken)).createDepartment.department;
    let up = false;
    const r = await receiver(() => ({ status: up ? 200 : 503 }));
    const { secret } = (await must(createHook, { input: { url: r.url } }, b.adminToken)).createWebhook;
    const firstLogs = server.logs;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await must(`mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }`, { input: { departmentId: dept.id, priority: 'P3', summary: `kill ${i}`, data: { product: 'x' }, requesterCaseNumber: `K-${i}` } }, a.adminToken);
      ids.push(res.submitRequest.request.id);
    }
    await r.waitFor((h) => h.length >= 1); // the first event's first attempt failed; the other two wait behind it
    server.process.kill('SIGKILL');
    await server.stop();
    const before = r.hits.length;
    expect(r.hits.map((h) => h.json.request.id)).toEqual(Array(before).fill(ids[0]));
    up = true;
    server = await startChildServer(env);
    const after = (h: typeof r.hits) => h.slice(before).map((x) => x.json.request.id as string);
    await r.waitFor((h) => new Set(after(h)).size === 3, 60_000);
    // every event arrives after the restart, in order
    expect(after(r.hits)).toEqual(ids);
    // the signing secret is in no log line of either server
    expect(firstLogs.length).toBeGreaterThan(0);
    expect(JSON.stringify([...firstLogs, ...server.logs])).not.toContain(secret);
    await server.stop();
  });
});
