import { act, requestWorld, seed } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { INBOUND, REQUEST_EVENTS, subscribe, type Subscriber } from '../support/subscriber';

let t: TestServer;
const subs: Subscriber[] = [];
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await Promise.all(subs.map((s) => s.dispose()));
  await t.close();
});
const sub = (token: string, query: string, variables: Record<string, unknown> = {}) => {
  const s = subscribe(t.wsUrl, token, query, variables);
  subs.push(s);
  return s;
};
/** A cursor before every event: the stream replays the member's whole log, then goes live. */
const FROM_START = Buffer.from('e:0').toString('base64url');

describe('inboundRequests subscription', () => {
  it("pushes a submitted request to the receiver's subscriber with type, request, cursor and time", async () => {
    const w = await requestWorld(t);
    const svc = await w.b.serviceToken();
    const s = sub(svc.token, INBOUND(), { after: FROM_START });
    const r = await w.submit({ summary: 'Pushed to B' });
    await s.waitFor((ev) => ev.some((e) => e.request.id === r.id));
    const got = s.events.find((e) => e.request.id === r.id);
    expect(got).toMatchObject({ type: 'REQUEST_SUBMITTED', critical: false, request: { id: r.id, summary: 'Pushed to B', status: 'OPEN', toMember: { id: w.b.id } } });
    expect(typeof got.cursor).toBe('string');
    expect(Date.parse(got.at)).not.toBeNaN();
  });

  it('replays from a cursor, then goes on live', async () => {
    const w = await requestWorld(t);
    const r1 = await w.submit({ requesterCaseNumber: 'R1' });
    const cursor1 = ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { timeline { edges { node { cursor } } } } }`, { id: r1.id }, w.engB.token))
      .collaborationRequest.timeline.edges[0].node.cursor;
    const r2 = await w.submit({ requesterCaseNumber: 'R2' });
    ok(await act(t, 'acceptRequest', { id: r2.id, receiverCaseNumber: 'B2' }, w.engB.token)); // not an inbound event
    const s = sub(w.engB.token, INBOUND(), { after: cursor1 });
    await s.waitFor((ev) => ev.length >= 1);
    const r3 = await w.submit({ requesterCaseNumber: 'R3' });
    await s.waitFor((ev) => ev.some((e) => e.request.id === r3.id));
    expect(s.events.map((e) => e.request.id)).toEqual([r2.id, r3.id]);
  });

  it('refuses a cursor that is not one', async () => {
    const w = await requestWorld(t);
    const s = sub(w.engB.token, INBOUND(), { after: 'nonsense' });
    await s.waitFor(() => s.errors.length > 0);
    expect(JSON.stringify(s.errors)).toMatch(/BAD_USER_INPUT|not an event cursor/);
  });
});

describe('requestEvents subscription', () => {
  it('gives each of three members exactly its own events', async () => {
    const w = await requestWorld(t);
    const [sa, sb, sc] = [w.engA, w.engB, w.engC].map((u) => sub(u.token, REQUEST_EVENTS(), { after: FROM_START }));
    const r = await w.submit();
    ok(await act(t, 'addNote', { requestId: r.id, body: 'B only', internal: true }, w.engB.token));
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'A only', internal: true }, w.engA.token));
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'done' }, w.engA.token));
    // a marker every stream must carry, sent after everything else: B asks C (C's own request)
    const dept = await seed(t).department(w.c, w.group.id, (await seed(t).form(w.c)).id);
    const marker = ok(
      await t.gql(`mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }`, { input: { ...w.input(), departmentId: dept.id } }, w.engB.token),
    ).submitRequest.request;
    const svcA = await w.a.serviceToken();
    const markerA = await w.submit({ requesterCaseNumber: 'marker' }, svcA.token);
    await sc.waitFor((ev) => ev.some((e) => e.request.id === marker.id));
    await sb.waitFor((ev) => ev.some((e) => e.request.id === marker.id) && ev.some((e) => e.request.id === markerA.id));
    await sa.waitFor((ev) => ev.some((e) => e.request.id === markerA.id));
    const of = (s: Subscriber, id: string) => s.events.filter((e) => e.request.id === id).map((e) => [e.type, e.detail?.internal ?? null]);
    expect(of(sa, r.id)).toEqual([['REQUEST_SUBMITTED', null], ['REQUEST_ACCEPTED', null], ['NOTE_ADDED', true], ['REQUEST_CLOSED', null]]);
    expect(of(sb, r.id)).toEqual([['REQUEST_SUBMITTED', null], ['NOTE_ADDED', true], ['REQUEST_ACCEPTED', null], ['REQUEST_CLOSED', null]]);
    expect(sc.events.map((e) => e.request.id)).toEqual([marker.id]);
    expect(sa.events.map((e) => e.request.id)).not.toContain(marker.id);
    for (const s of [sa, sb, sc]) expect(new Set(s.events.map((e) => e.id)).size).toBe(s.events.length);
  });

  it('answers NOT_FOUND for a request the member is not party to', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    const s = sub(w.engC.token, REQUEST_EVENTS(), { requestId: r.id });
    await s.waitFor(() => s.errors.length > 0);
    expect(JSON.stringify(s.errors)).toContain('NOT_FOUND');
  });

  it('is FORBIDDEN to the operator', async () => {
    const s = sub(t.operatorToken, REQUEST_EVENTS(), {});
    await s.waitFor(() => s.errors.length > 0);
    expect(JSON.stringify(s.errors)).toContain('FORBIDDEN');
  });
});
