import { mutate as mutateAs } from '../support/mutation';
import { ManualClock } from '../../src/common/clock';
import { verifySignature } from '../../src/modules/webhooks/webhook-signature';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';
import { attemptLog, startReceiver, type Receiver } from '../support/receiver';

const HOUR = 60 * 60 * 1000;
let t: TestServer;
const clock = new ManualClock(new Date());
const receivers: Receiver[] = [];

beforeAll(async () => {
  // the worker runs (woken after each commit); retries wait for the test to move the clock
  t = await startTestServer({ clock, webhookIntervalMs: 60_000, webhookTimeoutMs: 1000 });
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await t?.close();
});

const WEBHOOK = `id url eventTypes description enabled disabledReason createdAt previousSecretExpiresAt`;
const create = (token: string, input: Record<string, unknown>) =>
  t.gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { ${WEBHOOK} } secret } }`, { input }, token);
const mutate = (name: string, selection: string, input: Record<string, unknown>, token: string) => mutateAs(t, name, selection, input, token);
const DELIVERY = `id attempt status httpStatus durationMs error responseBody redelivery at event { id type request { id } }`;
async function deliveries(token: string, webhookId: string, args = '') {
  const res = ok(await t.gql(`{ webhooks(first: 5) { edges { node { id deliveries(first: 20${args}) { totalCount edges { node { ${DELIVERY} } } } } } } }`, {}, token));
  const hook = res.webhooks.edges.find((e: any) => e.node.id === webhookId);
  return hook.node.deliveries.edges.map((e: any) => e.node);
}
async function receiver(reply?: Parameters<typeof startReceiver>[0]) {
  const r = await startReceiver(reply);
  receivers.push(r);
  return r;
}
async function hookOn(token: string, r: Receiver, eventTypes?: string[]) {
  return ok(await create(token, { url: r.url, eventTypes, description: 'ticketing system' })).createWebhook as { webhook: any; secret: string };
}
const worker = () => t.services.webhooks!;
/** Moves the clock past any backoff of `attempt` and wakes the worker. */
function advanceAndWake(ms: number) {
  clock.advance(ms);
  worker().wake();
}

describe('createWebhook', () => {
  it('creates an endpoint of your member and shows its secret once', async () => {
    const w = await requestWorld(t);
    const r = await receiver();
    const res = ok(await create(w.b.admin.token, { url: r.url, eventTypes: ['REQUEST_SUBMITTED', 'NOTE_ADDED', 'NOTE_ADDED'], description: '  ServiceNow  ' })).createWebhook;
    expect(res.secret).toMatch(/^cdkwh_[A-Za-z0-9_-]{43}$/);
    expect(res.webhook).toMatchObject({ url: r.url, eventTypes: ['NOTE_ADDED', 'REQUEST_SUBMITTED'], description: 'ServiceNow', enabled: true, disabledReason: null });
    const list = ok(await t.gql(`{ webhooks { totalCount edges { node { id url } } } }`, {}, w.b.admin.token)).webhooks;
    expect(list.edges.map((e: any) => e.node.id)).toEqual([res.webhook.id]);
    // another member's admin does not see it
    expect(ok(await t.gql(`{ webhooks { totalCount } }`, {}, w.a.admin.token)).webhooks.totalCount).toBe(0);
    // the secret has no field: asking for it is a validation error
    const asked = await t.gql(`{ webhooks { edges { node { secret } } } }`, {}, w.b.admin.token);
    expect(onlyError(asked).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each([
    ['http://example.com/hook'],
    ['http://10.0.0.1/hook'],
    ['ftp://localhost/hook'],
    ['https://user:pass@example.com/hook'],
    ['not a url'],
    ['https://'],
  ])('refuses %s with BAD_USER_INPUT on url, writing nothing', async (url) => {
    const w = await requestWorld(t);
    const err = onlyError(await create(w.b.admin.token, { url }));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.fields).toEqual([expect.objectContaining({ path: 'url' })]);
    expect(ok(await t.gql(`{ webhooks { totalCount } }`, {}, w.b.admin.token)).webhooks.totalCount).toBe(0);
  });

  it.each([['https://hooks.example.com/crossdesk?x=1'], ['http://localhost:8080/in'], ['http://127.0.0.1/in']])('accepts %s', async (url) => {
    const w = await requestWorld(t);
    expect(ok(await create(w.b.admin.token, { url, eventTypes: ['REQUEST_CLOSED'] })).createWebhook.webhook.url).toBe(url);
  });

  it('refuses an unknown event type, naming the field', async () => {
    const w = await requestWorld(t);
    const err = onlyError(await create(w.b.admin.token, { url: 'https://example.com', eventTypes: ['NOPE'] }));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.fields![0].path).toBe('eventTypes.0');
  });
});

describe('delivery', () => {
  it('POSTs each event as signed JSON that the receiver can verify', async () => {
    const w = await requestWorld(t);
    const r = await receiver();
    const { webhook, secret } = await hookOn(w.b.admin.token, r);
    const request = await w.submit();
    const [hit] = await r.waitFor((h) => h.length >= 1);
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.json).toMatchObject({ type: 'REQUEST_SUBMITTED', critical: false, request: { id: request.id, status: 'OPEN', fromMember: { id: w.a.id }, toMember: { id: w.b.id } } });
    expect(hit.headers['crossdesk-event-id']).toBe(hit.json.id);
    // the payload's id and cursor are the ones the events query shows
    const events = ok(await t.gql(`{ events(first: 100) { edges { node { id cursor type request { id } } } } }`, {}, w.engB.token)).events.edges.map((e: any) => e.node);
    expect(events).toContainEqual({ id: hit.json.id, cursor: hit.json.cursor, type: 'REQUEST_SUBMITTED', request: { id: request.id } });
    expect(new Date(hit.json.at).toISOString()).toBe(hit.json.at);
    const timestamp = hit.headers['crossdesk-timestamp'] as string;
    const header = hit.headers['crossdesk-signature'] as string;
    expect(header).toMatch(/^v1=[0-9a-f]{64}$/);
    const nowSeconds = Math.floor(clock.now().getTime() / 1000);
    expect(verifySignature({ secret, header, timestamp, body: hit.body, nowSeconds })).toBe(true);
    // a changed body, another secret or a stale timestamp do not verify
    expect(verifySignature({ secret, header, timestamp, body: hit.body.replace('OPEN', 'CLOSED'), nowSeconds })).toBe(false);
    expect(verifySignature({ secret: secret + 'x', header, timestamp, body: hit.body, nowSeconds })).toBe(false);
    expect(verifySignature({ secret, header, timestamp, body: hit.body, nowSeconds: nowSeconds + 301 })).toBe(false);
    await worker().idle();
    const log = await deliveries(w.b.admin.token, webhook.id);
    expect(log).toEqual([expect.objectContaining({ attempt: 1, status: 'SUCCEEDED', httpStatus: 200, error: null, redelivery: false, event: { id: hit.json.id, type: 'REQUEST_SUBMITTED', request: { id: request.id } } })]);
    expect(log[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  it('retries a 500 with backoff, in order: 500, 500, 200 is three attempts, and a later event waits behind them', async () => {
    const w = await requestWorld(t);
    const r = await receiver((_hit, i) => (i < 2 ? { status: 500, body: 'x'.repeat(5000) } : { status: 200 }));
    const { webhook } = await hookOn(w.b.admin.token, r);
    const log = attemptLog(worker());
    const request = await w.submit();
    await log.waitFor((a) => a.some((x) => x.webhookId === webhook.id && x.attempt === 1));
    // a second event while the first is pending: it must not overtake it
    ok(await act(t, 'addNote', { requestId: request.id, body: 'more logs attached' }, w.engA.token));
    expect(r.hits).toHaveLength(1);
    advanceAndWake(1000); // attempt 2 is due within 0.5–1 s
    await log.waitFor((a) => a.some((x) => x.webhookId === webhook.id && x.attempt === 2));
    expect(r.hits).toHaveLength(2);
    advanceAndWake(2000); // attempt 3 within 1–2 s
    await r.waitFor((h) => h.length >= 4);
    expect(r.hits.map((h) => [h.json.type, h.headers['crossdesk-attempt']])).toEqual([
      ['REQUEST_SUBMITTED', '1'],
      ['REQUEST_SUBMITTED', '2'],
      ['REQUEST_SUBMITTED', '3'],
      ['NOTE_ADDED', '1'],
    ]);
    expect(new Set(r.hits.slice(0, 3).map((h) => h.headers['crossdesk-event-id'])).size).toBe(1);
    await worker().idle();
    const attempts = await deliveries(w.b.admin.token, webhook.id);
    // newest first, in the order the attempts were queued: the third was queued after the note's first
    expect(attempts.map((d: any) => [d.event.type, d.attempt, d.status, d.httpStatus])).toEqual([
      ['REQUEST_SUBMITTED', 3, 'SUCCEEDED', 200],
      ['NOTE_ADDED', 1, 'SUCCEEDED', 200],
      ['REQUEST_SUBMITTED', 2, 'FAILED', 500],
      ['REQUEST_SUBMITTED', 1, 'FAILED', 500],
    ]);
    expect(attempts[3].error).toBe('HTTP 500');
    expect(Buffer.byteLength(attempts[3].responseBody)).toBe(1024);
    const failed = await deliveries(w.b.admin.token, webhook.id, ', status: FAILED');
    expect(failed.map((d: any) => d.attempt)).toEqual([2, 1]);
    log.stop();
  });

  it('treats a redirect as a failed attempt and does not follow it', async () => {
    const w = await requestWorld(t);
    const r = await receiver((hit) => (hit.path === '/hooks' ? { status: 302, headers: { location: '/elsewhere' } } : { status: 200 }));
    const { webhook } = await hookOn(w.b.admin.token, r);
    const log = attemptLog(worker());
    await w.submit();
    await log.waitFor((a) => a.some((x) => x.webhookId === webhook.id));
    expect(r.hits.map((h) => h.path)).toEqual(['/hooks']);
    const [d] = await deliveries(w.b.admin.token, webhook.id, ', status: FAILED');
    expect(d).toMatchObject({ httpStatus: 302, error: 'redirect not followed (HTTP 302)' });
    log.stop();
  });

  it('ends an attempt that gets no answer at the time limit, and one to a closed port', async () => {
    const w = await requestWorld(t);
    const r = await receiver(() => ({ status: 200, hang: true }));
    const { webhook } = await hookOn(w.b.admin.token, r);
    const closed = await receiver();
    await closed.close();
    const { webhook: dead } = await hookOn(w.b.admin.token, closed);
    const log = attemptLog(worker());
    await w.submit();
    await log.waitFor((a) => a.some((x) => x.webhookId === webhook.id) && a.some((x) => x.webhookId === dead.id));
    const [slow] = await deliveries(w.b.admin.token, webhook.id, ', status: FAILED');
    expect(slow).toMatchObject({ httpStatus: null, error: 'timeout: no complete answer within 1 s' });
    const [refused] = await deliveries(w.b.admin.token, dead.id, ', status: FAILED');
    expect(refused.error).toMatch(/^network error: ECONNREFUSED/);
    expect(refused.error).not.toContain('127.0.0.1');
    log.stop();
  });

  it('sends only the subscribed types', async () => {
    const w = await requestWorld(t);
    const r = await receiver();
    await hookOn(w.b.admin.token, r, ['REQUEST_CLOSED']);
    const request = await w.submit();
    ok(await act(t, 'acceptRequest', { id: request.id, receiverCaseNumber: 'B-9' }, w.engB.token));
    ok(await act(t, 'closeRequest', { id: request.id, resolution: 'Fixed' }, w.engB.token));
    await r.waitFor((h) => h.length >= 1);
    await worker().idle();
    expect(r.hits.map((h) => h.json.type)).toEqual(['REQUEST_CLOSED']);
  });
});

describe('visibility', () => {
  it("never sends a member another member's events, nor the other side's internal notes", async () => {
    const w = await requestWorld(t);
    const [ra, rb, rc] = [await receiver(), await receiver(), await receiver()];
    await hookOn(w.a.admin.token, ra);
    await hookOn(w.b.admin.token, rb);
    await hookOn(w.c.admin.token, rc);
    const request = await w.submit();
    ok(await act(t, 'addNote', { requestId: request.id, body: 'A only: customer is angry', internal: true }, w.engA.token));
    ok(await act(t, 'addNote', { requestId: request.id, body: 'B only: known bug', internal: true }, w.engB.token));
    // markers: the last event each endpoint's member may see
    ok(await act(t, 'addNote', { requestId: request.id, body: 'marker for A and B' }, w.engA.token));
    const cRequest = await w.submit({ summary: 'marker for C' }, w.engC.token);
    const isMarker = (h: any) => h.json.type === 'NOTE_ADDED' && h.json.detail.internal === false;
    const isCMarker = (h: any) => h.json.request.id === cRequest.id;
    await ra.waitFor((h) => h.some(isMarker));
    await rb.waitFor((h) => h.some(isCMarker)); // B receives C's request too, last (each endpoint gets its events in order)
    await rc.waitFor((h) => h.some(isCMarker));
    const summary = (r: Receiver) => r.hits.map((h) => `${h.json.type}${h.json.detail?.internal ? ':internal:' + h.json.detail.side : ''}`);
    expect(summary(ra)).toEqual(['REQUEST_SUBMITTED', 'NOTE_ADDED:internal:REQUESTER', 'NOTE_ADDED']);
    expect(summary(rb)).toEqual(['REQUEST_SUBMITTED', 'NOTE_ADDED:internal:RECEIVER', 'NOTE_ADDED', 'REQUEST_SUBMITTED']);
    expect(rc.hits.map((h) => h.json.request.id)).toEqual([cRequest.id]);
    expect(rb.hits.every((h) => h.json.request.toMember.id === w.b.id)).toBe(true);
  });
});

describe('redeliverWebhookEvent', () => {
  it('sends an event again, and refuses one the member may not see', async () => {
    const w = await requestWorld(t);
    const r = await receiver();
    const { webhook } = await hookOn(w.b.admin.token, r, ['REQUEST_SUBMITTED']);
    const request = await w.submit();
    await r.waitFor((h) => h.length >= 1);
    const eventId = r.hits[0].json.id;
    const res = ok(await mutate('redeliverWebhookEvent', `delivery { ${DELIVERY} }`, { webhookId: webhook.id, eventId }, w.b.admin.token)).redeliverWebhookEvent;
    expect(res.delivery).toMatchObject({ attempt: 1, status: 'PENDING', redelivery: true, event: { id: eventId } });
    await r.waitFor((h) => h.length >= 2);
    expect(r.hits[1].json.id).toBe(eventId);
    // A's internal note: an event B may not see
    ok(await act(t, 'addNote', { requestId: request.id, body: 'A only', internal: true }, w.engA.token));
    const internal = ok(await t.gql(`{ events(first: 100) { edges { node { id type request { id } } } } }`, {}, w.engA.token)).events.edges.map((e: any) => e.node).find((e: any) => e.type === 'NOTE_ADDED' && e.request.id === request.id);
    const err = onlyError(await mutate('redeliverWebhookEvent', 'delivery { id }', { webhookId: webhook.id, eventId: internal.id }, w.b.admin.token));
    expect(err.extensions.code).toBe('NOT_FOUND');
    expect(onlyError(await mutate('redeliverWebhookEvent', 'delivery { id }', { webhookId: webhook.id, eventId: 'nope' }, w.b.admin.token)).extensions.code).toBe('BAD_USER_INPUT');
    await worker().idle();
    expect((await deliveries(w.b.admin.token, webhook.id)).length).toBe(2);
  });
});

describe('rotateWebhookSecret', () => {
  it('signs with the new and the old secret for 24 hours, then with the new one only', async () => {
    const w = await requestWorld(t);
    const r = await receiver();
    const { webhook, secret: old } = await hookOn(w.b.admin.token, r, ['REQUEST_SUBMITTED']);
    const rotated = ok(await mutate('rotateWebhookSecret', `webhook { ${WEBHOOK} } secret`, { id: webhook.id }, w.b.admin.token)).rotateWebhookSecret;
    expect(rotated.secret).not.toBe(old);
    expect(new Date(rotated.webhook.previousSecretExpiresAt).getTime()).toBe(clock.now().getTime() + 24 * HOUR);
    await w.submit();
    const [hit] = await r.waitFor((h) => h.length >= 1);
    const header = hit.headers['crossdesk-signature'] as string;
    expect(header.split(',')).toHaveLength(2);
    const check = (secret: string, h = hit) =>
      verifySignature({ secret, header: h.headers['crossdesk-signature'] as string, timestamp: h.headers['crossdesk-timestamp'] as string, body: h.body, nowSeconds: Math.floor(clock.now().getTime() / 1000) });
    expect(check(rotated.secret)).toBe(true);
    expect(check(old)).toBe(true);
    await worker().idle();
    clock.advance(24 * HOUR + 1000);
    await w.submit();
    await r.waitFor((h) => h.length >= 2);
    expect((r.hits[1].headers['crossdesk-signature'] as string).split(',')).toHaveLength(1);
    expect(check(rotated.secret, r.hits[1])).toBe(true);
    expect(check(old, r.hits[1])).toBe(false);
  });
});

describe('failing endpoints', () => {
  it('disables an endpoint that failed for 24 hours and tells its admins why, keeping its queue; resumed, it gets every event once and in order', async () => {
    const w = await requestWorld(t);
    const r = await receiver(() => ({ status: 503 }));
    const { webhook } = await hookOn(w.b.admin.token, r);
    const log = attemptLog(worker());
    const request = await w.submit();
    await log.waitFor((a) => a.some((x) => x.webhookId === webhook.id && x.attempt === 1));
    ok(await act(t, 'addNote', { requestId: request.id, body: 'queued behind' }, w.engA.token));
    advanceAndWake(12 * HOUR);
    await log.waitFor((a) => a.some((x) => x.webhookId === webhook.id && x.attempt === 2));
    advanceAndWake(12 * HOUR);
    const [last] = (await log.waitFor((a) => a.some((x) => x.webhookId === webhook.id && x.attempt === 3))).filter((x) => x.webhookId === webhook.id && x.attempt === 3);
    expect(last.outcome).toMatchObject({ status: 'FAILED', disabled: true });
    const hooks = ok(await t.gql(`{ webhooks { edges { node { ${WEBHOOK} lastDeliveredCursor } } } }`, {}, w.b.admin.token)).webhooks.edges.map((e: any) => e.node);
    expect(hooks[0]).toMatchObject({ enabled: false, lastDeliveredCursor: null });
    expect(hooks[0].disabledReason).toMatch(/failed for 24 hours.*HTTP 503.*resumeWebhook/);
    // nothing dropped: the failing event's next attempt and the one queued behind it wait, in order
    const kept = await deliveries(w.b.admin.token, webhook.id, ', status: PENDING');
    expect(kept.map((d: any) => [d.event.type, d.attempt]).sort()).toEqual([
      ['NOTE_ADDED', 1],
      ['REQUEST_SUBMITTED', 4],
    ]);
    // while disabled, nothing new is queued
    ok(await act(t, 'addNote', { requestId: request.id, body: 'while disabled' }, w.engA.token));
    expect(await deliveries(w.b.admin.token, webhook.id, ', status: PENDING')).toHaveLength(2);

    // the endpoint is back: resumed from where it stands (it never accepted anything), every event once, in order
    r.reply = () => ({ status: 204 });
    const resumed = ok(await mutate('resumeWebhook', `webhook { ${WEBHOOK} } queued`, { id: webhook.id }, w.b.admin.token)).resumeWebhook;
    expect(resumed).toMatchObject({ webhook: { enabled: true, disabledReason: null }, queued: 1 });
    ok(await act(t, 'addNote', { requestId: request.id, body: 'after resuming' }, w.engA.token));
    const hits = await r.waitFor((h) => h.length >= 7); // the three failed attempts, then the four events
    const received = hits.slice(3);
    expect(received.map((x) => x.json.type)).toEqual(['REQUEST_SUBMITTED', 'NOTE_ADDED', 'NOTE_ADDED', 'NOTE_ADDED']);
    const eventIds = received.map((x) => x.json.id);
    expect(new Set(eventIds).size).toBe(4);
    const after = ok(await t.gql(`{ webhooks { edges { node { id lastDeliveredCursor } } } }`, {}, w.b.admin.token)).webhooks.edges[0].node;
    expect(after.lastDeliveredCursor).toBe(received[3].json.cursor);
    log.stop();
  });

  it('resumeWebhook replays after a given cursor, and answers only your own endpoints', async () => {
    const w = await requestWorld(t);
    const r = await receiver(() => ({ status: 204 }));
    const { webhook } = await hookOn(w.b.admin.token, r, ['NOTE_ADDED']);
    const request = await w.submit();
    for (const body of ['one', 'two', 'three']) ok(await act(t, 'addNote', { requestId: request.id, body }, w.engA.token));
    const got = await r.waitFor((h) => h.length >= 3);
    const cursorOfOne = got[0].json.cursor;
    const res = ok(await mutate('resumeWebhook', 'queued', { id: webhook.id, after: cursorOfOne }, w.b.admin.token)).resumeWebhook;
    expect(res.queued).toBe(2);
    const again = await r.waitFor((h) => h.length >= 5);
    expect(again.slice(3).map((x) => x.json.cursor)).toEqual(got.slice(1, 3).map((x) => x.json.cursor));
    expect(onlyError(await mutate('resumeWebhook', 'queued', { id: webhook.id }, w.a.admin.token)).extensions.code).toBe('NOT_FOUND');
    expect(onlyError(await mutate('resumeWebhook', 'queued', { id: webhook.id, after: 'not-a-cursor' }, w.b.admin.token)).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('updateWebhook and deleteWebhook', () => {
  it('changes and deletes only your own endpoints', async () => {
    const w = await requestWorld(t);
    const { webhook } = ok(await create(w.b.admin.token, { url: 'https://b.example.com/in' })).createWebhook;
    const changed = ok(await mutate('updateWebhook', `webhook { ${WEBHOOK} }`, { id: webhook.id, url: 'https://b.example.com/v2', eventTypes: ['SLA_BREACHED'], description: 'pager' }, w.b.admin.token)).updateWebhook.webhook;
    expect(changed).toMatchObject({ url: 'https://b.example.com/v2', eventTypes: ['SLA_BREACHED'], description: 'pager', enabled: true });
    const bad = onlyError(await mutate('updateWebhook', 'webhook { id }', { id: webhook.id, url: 'http://b.example.com' }, w.b.admin.token));
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    for (const [name, input] of [
      ['updateWebhook', { id: webhook.id, enabled: false }],
      ['rotateWebhookSecret', { id: webhook.id }],
      ['deleteWebhook', { id: webhook.id }],
    ] as const) {
      expect(onlyError(await mutate(name, 'webhook { id }', input, w.a.admin.token)).extensions.code).toBe('NOT_FOUND');
      expect(onlyError(await mutate(name, 'webhook { id }', input, w.engB.token)).extensions.code).toBe('FORBIDDEN');
    }
    const deleted = ok(await mutate('deleteWebhook', `webhook { id url }`, { id: webhook.id }, w.b.admin.token)).deleteWebhook.webhook;
    expect(deleted).toEqual({ id: webhook.id, url: 'https://b.example.com/v2' });
    expect(ok(await t.gql(`{ webhooks { totalCount } }`, {}, w.b.admin.token)).webhooks.totalCount).toBe(0);
  });
});
