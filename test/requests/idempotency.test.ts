import net from 'node:net';
import { ManualClock } from '../../src/common/clock';
import { purgeExpiredKeys } from '../../src/modules/idempotency/idempotency.service';
import { mutate } from '../support/mutation';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
const clock = new ManualClock(new Date('2026-11-09T09:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const SUBMIT = `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }`;
let n = 0;
const key = () => `key-${process.pid}-${++n}`;

/** What the database holds for one requester case number: requests, their REQUEST_SUBMITTED events, their webhook deliveries. */
async function written(caseNumber: string) {
  const [row] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM collaboration_request WHERE requester_case_number = $1)::int AS requests,
            (SELECT count(*) FROM request_event e JOIN collaboration_request r ON r.id = e.request_id WHERE r.requester_case_number = $1 AND e.type = 'REQUEST_SUBMITTED')::int AS events,
            (SELECT count(*) FROM webhook_delivery d JOIN request_event e ON e.id = d.event_id JOIN collaboration_request r ON r.id = e.request_id
              WHERE r.requester_case_number = $1 AND e.type = 'REQUEST_SUBMITTED')::int AS deliveries`,
    [caseNumber],
  );
  return row as { requests: number; events: number; deliveries: number };
}

/** Sends one GraphQL POST over a raw socket and cuts the connection as soon as the answer starts: the client never reads it. */
function postAndHangUp(body: unknown, token: string): Promise<void> {
  const url = new URL(t.url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(
        `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${payload}`,
      );
    });
    socket.once('data', () => {
      socket.destroy(); // the first bytes of the answer arrived: the server has committed
      resolve();
    });
    socket.once('error', reject);
  });
}

async function webhookOf(member: { admin: { token: string } }) {
  ok(await mutate(t, 'createWebhook', 'webhook { id }', { url: 'https://hooks.example.com/partner', eventTypes: ['REQUEST_SUBMITTED'] }, member.admin.token));
}

describe('idempotency keys', () => {
  it('a submit whose answer was cut off after commit, retried with its key: one request, one event, one delivery per webhook', async () => {
    const w = await requestWorld(t);
    await webhookOf(w.a);
    await webhookOf(w.b);
    const k = key();
    const input = w.input({ requesterCaseNumber: `CUT-${k}`, idempotencyKey: k });
    await postAndHangUp({ query: SUBMIT, variables: { input } }, w.engA.token);
    expect(await written(`CUT-${k}`)).toEqual({ requests: 1, events: 1, deliveries: 2 });
    const retried = ok(await t.gql(SUBMIT, { input }, w.engA.token)).submitRequest.request.id;
    const [stored] = await t.dataSource.query(`SELECT id FROM collaboration_request WHERE requester_case_number = $1`, [`CUT-${k}`]);
    expect(retried).toBe(stored.id);
    expect(await written(`CUT-${k}`)).toEqual({ requests: 1, events: 1, deliveries: 2 });
  });

  it('20 calls at once with one key write once and all answer the same request', async () => {
    const w = await requestWorld(t);
    const k = key();
    const input = w.input({ requesterCaseNumber: `RACE-${k}`, idempotencyKey: k });
    const answers = await Promise.all(Array.from({ length: 20 }, () => t.gql(SUBMIT, { input }, w.engA.token)));
    const ids = new Set(answers.map((a) => ok(a).submitRequest.request.id));
    expect(ids.size).toBe(1);
    expect(await written(`RACE-${k}`)).toMatchObject({ requests: 1, events: 1 });
  });

  it('the same key with another input is CONFLICT (IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
    const w = await requestWorld(t);
    const k = key();
    ok(await t.gql(SUBMIT, { input: w.input({ requesterCaseNumber: `ONE-${k}`, idempotencyKey: k }) }, w.engA.token));
    const err = onlyError(await t.gql(SUBMIT, { input: w.input({ requesterCaseNumber: `TWO-${k}`, idempotencyKey: k }) }, w.engA.token));
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await written(`TWO-${k}`)).toMatchObject({ requests: 0 });
    // and with another mutation
    const r = (await t.dataSource.query(`SELECT id FROM collaboration_request WHERE requester_case_number = $1`, [`ONE-${k}`]))[0];
    const other = onlyError(await act(t, 'addNote', { requestId: r.id, body: 'hello', idempotencyKey: k }, w.engA.token));
    expect(other.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('a call that failed keeps no key: corrected, the same key succeeds', async () => {
    const w = await requestWorld(t);
    const k = key();
    const bad = onlyError(await t.gql(SUBMIT, { input: w.input({ requesterCaseNumber: `FIX-${k}`, data: {}, idempotencyKey: k }) }, w.engA.token));
    expect(bad.extensions.code).toBe('BAD_USER_INPUT');
    ok(await t.gql(SUBMIT, { input: w.input({ requesterCaseNumber: `FIX-${k}`, idempotencyKey: k }) }, w.engA.token));
    expect(await written(`FIX-${k}`)).toMatchObject({ requests: 1, events: 1 });
  });

  it('is scoped per member: two members may use the same key', async () => {
    const w = await requestWorld(t);
    const k = key();
    const fromA = ok(await t.gql(SUBMIT, { input: w.input({ requesterCaseNumber: `A-${k}`, idempotencyKey: k }) }, w.engA.token)).submitRequest.request.id;
    const note = ok(await act(t, 'addNote', { requestId: fromA, body: 'from B', idempotencyKey: k }, w.engB.token)).addNote.note.id;
    expect(note).toBeTruthy();
  });

  it('replays every retriable step: the same note, one event, one status change', async () => {
    const w = await requestWorld(t);
    const r = await w.submit({ requesterCaseNumber: `STEP-${key()}` });
    const noteKey = key();
    const first = ok(await act(t, 'addNote', { requestId: r.id, body: 'once', idempotencyKey: noteKey }, w.engB.token)).addNote.note.id;
    const again = ok(await act(t, 'addNote', { requestId: r.id, body: 'once', idempotencyKey: noteKey }, w.engB.token)).addNote.note.id;
    expect(again).toBe(first);
    const acceptKey = key();
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1', idempotencyKey: acceptKey }, w.engB.token));
    // without the key the second accept would be INVALID_TRANSITION; with it, it answers as the first did
    expect(ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1', idempotencyKey: acceptKey }, w.engB.token)).acceptRequest.request.status).toBe('ACCEPTED');
    const [counts] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE type = 'NOTE_ADDED')::int AS notes, count(*) FILTER (WHERE type = 'REQUEST_ACCEPTED')::int AS accepts FROM request_event WHERE request_id = $1`,
      [r.id],
    );
    expect(counts).toEqual({ notes: 1, accepts: 1 });
  });

  it('takes the key from the Idempotency-Key header when the input names none', async () => {
    const w = await requestWorld(t);
    const k = key();
    const send = () =>
      fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${w.engA.token}`, 'idempotency-key': k },
        body: JSON.stringify({ query: SUBMIT, variables: { input: w.input({ requesterCaseNumber: `HDR-${k}` }) } }),
      }).then((res) => res.json() as Promise<any>);
    const [one, two] = [await send(), await send()];
    expect(one.data.submitRequest.request.id).toBe(two.data.submitRequest.request.id);
    expect(await written(`HDR-${k}`)).toMatchObject({ requests: 1 });
  });

  it('refuses a key that is not 1 to 200 printable characters, at its field', async () => {
    const w = await requestWorld(t);
    for (const bad of ['', 'x'.repeat(201), 'tab\there', 'é']) {
      const err = onlyError(await t.gql(SUBMIT, { input: w.input({ idempotencyKey: bad }) }, w.engA.token));
      expect(err.extensions.code).toBe('BAD_USER_INPUT');
      expect(err.extensions.fields).toEqual([expect.objectContaining({ path: 'idempotencyKey' })]);
    }
  });

  it('forgets a key after 24 hours, and the server deletes expired keys', async () => {
    const w = await requestWorld(t);
    const k = key();
    clock.set(new Date('2026-11-09T09:00:00Z'));
    ok(await t.gql(SUBMIT, { input: w.input({ requesterCaseNumber: `OLD-${k}`, idempotencyKey: k }) }, w.engA.token));
    clock.set(new Date('2026-11-10T09:00:00.001Z'));
    ok(await t.gql(SUBMIT, { input: w.input({ requesterCaseNumber: `NEW-${k}`, idempotencyKey: k }) }, w.engA.token));
    expect(await written(`NEW-${k}`)).toMatchObject({ requests: 1 });
    clock.set(new Date('2026-11-12T00:00:00Z'));
    const [expired] = await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE expires_at <= $1`, [clock.now()]);
    expect(expired.n).toBeGreaterThan(0);
    expect(await purgeExpiredKeys({ dataSource: t.dataSource, clock })).toBe(expired.n);
    expect(await purgeExpiredKeys({ dataSource: t.dataSource, clock })).toBe(0);
    const [left] = await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1`, [k]);
    expect(left.n).toBe(0);
  });
});
