/**
 * Multi-party cases (issue 19): the storage vendor A asks the virtualization vendor B (group
 * A–B, where D is a member too), B finds the fault in a NIC firmware and engages the network
 * vendor C (group B–C, its own calendar and policy). C works the engagement like any request
 * and never sees A's request; A observes the engagement only when B shares it; D and the
 * operator see nothing of either.
 */
import { mutationDocument } from '../support/mutation';
import { seed, type SeededMember, type SeededUser } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';
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

const NEW_YORK_9_TO_17 = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, from: '09:00', to: '17:00' }));
const BC_CALENDAR = { timeZone: 'America/New_York', workingHours: NEW_YORK_9_TO_17, holidays: ['2026-12-24'] };

const VIEW = `id status viewerSide summary data requesterCaseNumber receiverCaseNumber customer { name }
  fromMember { id } toMember { id } group { id } engagedFrom { id } nextActionOwner { id }
  sla { kind startedAt dueAt state }
  engagements(first: 10) { totalCount edges { node { id status viewerSide nextActionOwner { id } } } }
  notes(first: 20) { edges { node { body internal member { id } } } }
  timeline(first: 50) { edges { node { type detail } } }`;

async function view(id: string, token: string) {
  return t.gql(`query($id: ID!) { collaborationRequest(id: $id) { ${VIEW} } }`, { id }, token);
}
async function seen(id: string, token: string): Promise<any> {
  return ok(await view(id, token)).collaborationRequest;
}
async function act(name: string, input: Record<string, unknown>, token: string, selection = 'request { id status }') {
  return t.gql(mutationDocument(name, selection), { input }, token);
}
async function owner(id: string, token: string): Promise<string | null> {
  return ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { nextActionOwner { id } } }`, { id }, token)).collaborationRequest.nextActionOwner?.id ?? null;
}
async function waiting(list: 'inboundRequests' | 'outboundRequests', token: string, waitingOnMe: boolean): Promise<string[]> {
  const data = ok(await t.gql(`query($filter: RequestFilter) { ${list}(first: 100, filter: $filter) { edges { node { id } } } }`, { filter: { waitingOnMe } }, token));
  return data[list].edges.map((e: any) => e.node.id);
}
const ENGAGE = mutationDocument('engageParty', 'engagement { id status viewerSide fromMember { id } toMember { id } group { id } engagedFrom { id } data customer { name } requesterCaseNumber }');

let worlds = 0;

/** The chain's network: A, B, D in group A–B; B and C in group B–C (OEM, New York hours); departments of B (both groups), C and D. */
async function chainWorld() {
  const s = seed(t);
  const n = ++worlds;
  const [a, b, c, d] = [await s.member(`A storage ${n}`), await s.member(`B hypervisor ${n}`), await s.member(`C network ${n}`), await s.member(`D bystander ${n}`)] as SeededMember[];
  const ab = await s.group({ name: `A–B ${process.pid}-${Date.now()}` });
  const bc = await s.group({
    name: `B–C ${process.pid}-${Date.now()}`,
    kind: 'OEM',
    calendar: BC_CALENDAR,
    slaPolicy: { targets: [{ priority: 'P1', responseMinutes: 60 }, { priority: 'P2', responseMinutes: 180 }, { priority: 'P3', responseMinutes: 600 }, { priority: 'P4', responseMinutes: 1200 }] },
  });
  for (const m of [a, b, d]) await s.join(m, ab.id);
  for (const m of [b, c]) await s.join(m, bc.id);
  const deptB = await s.department(b, ab.id, (await s.form(b)).id, 'B storage on hypervisors');
  const deptB2 = await s.department(b, bc.id, (await s.form(b)).id, 'B OEM desk');
  const formC = await s.form(c, [{ key: 'nic_model', label: 'NIC model', type: 'TEXT', required: true }, { key: 'firmware', label: 'Firmware', type: 'TEXT', required: false }]);
  const deptC = await s.department(c, bc.id, formC.id, 'C NIC engineering');
  const deptD = await s.department(d, ab.id, (await s.form(d)).id, 'D storage');
  const [engA, engB, engC, engD] = [await a.user('ENGINEER', 'Ann'), await b.user('ENGINEER', 'Bob'), await c.user('ENGINEER', 'Cat'), await d.user('ENGINEER', 'Dan')];
  const submit = async (token = engA.token, departmentId = deptB.id, caseNumber = 'A-100'): Promise<string> =>
    ok(
      await act(
        'submitRequest',
        {
          departmentId,
          priority: 'P2',
          summary: 'Datastore latency spikes after firmware update',
          data: { product: 'Array X secret-of-A' },
          customer: { name: 'Globex', contactEmail: 'ops@globex.example', entitlementId: 'ENT-1' },
          requesterCaseNumber: caseNumber,
        },
        token,
      ),
    ).submitRequest.request.id;
  const engageInput = (requestId: string, overrides: Record<string, unknown> = {}) => ({
    requestId,
    departmentId: deptC.id,
    priority: 'P2',
    summary: 'NIC drops packets under storage load',
    data: { nic_model: 'X710', firmware: '3.0' },
    requesterCaseNumber: 'B-77',
    ...overrides,
  });
  return { s, a, b, c, d, ab, bc, deptB, deptB2, deptC, deptD, engA, engB, engC, engD, submit, engageInput };
}

function listen(token: string, query: string, variables: Record<string, unknown> = {}): Subscriber {
  const sub = subscribe(t.wsUrl, token, query, variables);
  subs.push(sub);
  return sub;
}

describe('engageParty: the A → B → C chain', () => {
  jest.setTimeout(120_000);

  it('C works the engagement like any request and never sees R; A observes only when shared; D and the operator see nothing', async () => {
    const w = await chainWorld();
    const webhooks: Record<string, string> = {};
    for (const [name, m] of [['A', w.a], ['C', w.c], ['D', w.d]] as const) {
      webhooks[name] = ok(await act('createWebhook', { url: `https://hooks.example.com/${name}`, description: name }, m.admin.token, 'webhook { id }')).createWebhook.webhook.id;
    }
    // every stream resumes from the log's end now, so it carries exactly what follows
    const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM request_event`);
    const after = Buffer.from(`e:${row.seq}`).toString('base64url');
    const sel = `id type detail request { id }`;
    const inboundC = listen(w.engC.token, INBOUND(`id type critical request { id engagedFrom { id } data customer { name } fromMember { id } viewerSide }`), { after });
    const allOf = (u: SeededUser) => listen(u.token, REQUEST_EVENTS(sel), { after });
    const [streamA, streamB, streamC, streamD] = [allOf(w.engA), allOf(w.engB), allOf(w.engC), allOf(w.engD)];

    // R: A → B; the ball moves A ↔ B as the lifecycle goes
    const r = await w.submit();
    expect(await owner(r, w.engA.token)).toBe(w.b.id);
    ok(await act('requestInformation', { id: r, question: 'Which hosts?' }, w.engB.token));
    expect(await owner(r, w.engA.token)).toBe(w.a.id);
    ok(await act('provideInformation', { id: r, answer: 'esx-01..04' }, w.engA.token));
    expect(await owner(r, w.engB.token)).toBe(w.b.id);
    ok(await act('acceptRequest', { id: r, receiverCaseNumber: 'B-1' }, w.engB.token));

    // B engages C, shared with A
    const res = ok(await t.gql(ENGAGE, { input: w.engageInput(r, { shareWithRequester: true, idempotencyKey: 'engage-c-1' }) }, w.engB.token)).engageParty.engagement;
    const e1 = res.id;
    expect(res).toMatchObject({ status: 'OPEN', viewerSide: 'REQUESTER', fromMember: { id: w.b.id }, toMember: { id: w.c.id }, group: { id: w.bc.id }, engagedFrom: { id: r } });
    expect(res.data).toEqual({ nic_model: 'X710', firmware: '3.0' });
    expect(res.customer).toBeNull();
    // the ball is C's now, on R as on R'
    expect(await owner(r, w.engB.token)).toBe(w.c.id);
    expect(await owner(r, w.engA.token)).toBe(w.c.id);
    expect(await owner(e1, w.engC.token)).toBe(w.c.id);

    // C's partner system receives R' like any inbound request: nothing of R in it
    const pushed = await inboundC.waitFor((evs) => evs.some((e) => e.request.id === e1));
    const push = pushed.find((e) => e.request.id === e1);
    expect(push).toMatchObject({ type: 'REQUEST_SUBMITTED', critical: false, request: { engagedFrom: null, customer: null, fromMember: { id: w.b.id }, viewerSide: 'RECEIVER' } });
    expect(JSON.stringify(pushed)).not.toContain('secret-of-A');

    // R' runs its own response clock in the B–C calendar
    const byC = await seen(e1, w.engC.token);
    expect(byC).toMatchObject({ viewerSide: 'RECEIVER', engagedFrom: null, group: { id: w.bc.id } });
    const response = byC.sla.find((k: any) => k.kind === 'RESPONSE');
    const due = ok(await t.gql(`query($input: SlaDueAtInput!) { slaDueAt(input: $input) }`, { input: { calendar: BC_CALENDAR, from: response.startedAt, minutes: 180 } }, w.engC.token)).slaDueAt;
    expect(new Date(response.dueAt).toISOString()).toBe(new Date(due).toISOString());
    // C never sees R
    expect(onlyError(await view(r, w.engC.token)).extensions?.code).toBe('NOT_FOUND');

    ok(await act('acceptRequest', { id: e1, receiverCaseNumber: 'C-500' }, w.engC.token));
    expect(await owner(r, w.engA.token)).toBe(w.c.id);
    // notes on R': C's public note reaches B and A; the internal notes of B and C reach only their own member
    ok(await act('addNote', { requestId: e1, body: 'C: firmware 3.0 has the fault', internal: false }, w.engC.token, 'note { id }'));
    ok(await act('addNote', { requestId: e1, body: 'C internal: known bug 4711', internal: true }, w.engC.token, 'note { id }'));
    ok(await act('addNote', { requestId: e1, body: 'B internal: customer is touchy', internal: true }, w.engB.token, 'note { id }'));
    ok(await act('addNote', { requestId: e1, body: 'C: marker', internal: false }, w.engC.token, 'note { id }'));

    // A observes R': status, clocks, the public notes; engagedFrom is R
    const byA = await seen(e1, w.engA.token);
    expect(byA).toMatchObject({ viewerSide: 'OBSERVER', engagedFrom: { id: r }, status: 'ACCEPTED', receiverCaseNumber: 'C-500', requesterCaseNumber: 'B-77' });
    expect(byA.sla.length).toBeGreaterThan(0);
    expect(byA.notes.edges.map((e: any) => e.node.body)).toEqual(['C: firmware 3.0 has the fault', 'C: marker']);
    expect(byA.timeline.edges.filter((e: any) => e.node.type === 'NOTE_ADDED')).toHaveLength(2);
    const rByA = await seen(r, w.engA.token);
    expect(rByA.engagements.edges.map((e: any) => e.node)).toEqual([expect.objectContaining({ id: e1, viewerSide: 'OBSERVER' })]);
    expect(rByA.timeline.edges.map((e: any) => e.node.type)).toContain('PARTY_ENGAGED');
    // … and acts on nothing there
    const refusals = await Promise.all([
      act('addNote', { requestId: e1, body: 'A wants in' }, w.engA.token, 'note { id }'),
      act('acceptRequest', { id: e1, receiverCaseNumber: 'A-X' }, w.engA.token),
      act('requestInformation', { id: e1, question: '?' }, w.engA.token),
      act('provideInformation', { id: e1, answer: '!' }, w.engA.token),
      act('closeRequest', { id: e1, resolution: 'done' }, w.engA.token),
      act('cancelRequest', { id: e1, reason: 'no' }, w.engA.token),
      act('changePriority', { id: e1, priority: 'P1', reason: 'hurry' }, w.engA.token),
      act('escalateRequest', { id: e1, reason: 'hurry' }, w.engA.token),
      act('assignRequest', { id: e1, userId: w.engA.id }, w.engA.token),
      act('rejectRequest', { id: e1, reason: 'no' }, w.engA.token),
      act('engageParty', { ...w.engageInput(e1), departmentId: w.deptD.id }, w.engA.token, 'engagement { id }'),
    ]);
    expect(refusals.map((x) => onlyError(x).extensions?.code)).toEqual(Array(refusals.length).fill('FORBIDDEN'));

    // the streams: A gets R' events but no internal note; C gets nothing of R; D gets nothing of either
    const toC = ok(await act('engageParty', w.engageInput(r, { requesterCaseNumber: 'B-78', summary: 'second look', shareWithRequester: false }), w.engB.token, 'engagement { id }')).engageParty.engagement.id;
    const marker = await w.submit(w.engA.token, w.deptD.id, 'A-MARKER'); // A → D: every stream of A and D carries it
    const bMarker = await w.submit(w.engB.token, w.deptD.id, 'B-MARKER'); // B → D
    // D is not active in B–C: C's department is out of its directory
    expect(onlyError(await t.gql(ENGAGE, { input: w.engageInput(bMarker, { requesterCaseNumber: 'D-1' }) }, w.engD.token)).extensions?.code).toBe('NOT_FOUND');
    const cMarker = ok(await act('addNote', { requestId: e1, body: 'C: last word' }, w.engC.token, 'note { id }')).addNote.note.id;
    const gotA = await streamA.waitFor((evs) => evs.some((e) => e.request.id === marker) && evs.some((e) => e.type === 'NOTE_ADDED' && e.detail.noteId === cMarker));
    await streamD.waitFor((evs) => evs.some((e) => e.request.id === bMarker));
    const gotC = await streamC.waitFor((evs) => evs.some((e) => e.type === 'NOTE_ADDED' && e.detail.noteId === cMarker));
    await streamB.waitFor((evs) => evs.some((e) => e.type === 'NOTE_ADDED' && e.detail.noteId === cMarker));
    const notesOf = (evs: any[], id: string) => evs.filter((e) => e.request.id === id && e.type === 'NOTE_ADDED');
    expect(notesOf(gotA, e1).map((e) => e.detail.internal)).toEqual([false, false, false]);
    expect(gotA.some((e) => e.request.id === toC)).toBe(false); // the unshared engagement
    expect(gotA.filter((e) => e.request.id === r && e.type === 'PARTY_ENGAGED')).toHaveLength(1); // the shared one's only
    expect(gotC.some((e) => e.request.id === r)).toBe(false);
    expect(streamD.events.some((e) => e.request.id === r || e.request.id === e1 || e.request.id === toC)).toBe(false);
    expect(notesOf(streamB.events, e1).map((e) => e.detail.internal)).toEqual([false, true, false, false]);

    // D and the operator: NOT_FOUND / no content
    for (const id of [r, e1, toC]) expect(onlyError(await view(id, w.engD.token)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await view(e1, t.operatorToken)).extensions?.code).toBe('FORBIDDEN');
    const dLists = ok(await t.gql(`{ inboundRequests(first: 100) { edges { node { id } } } outboundRequests(first: 100) { edges { node { id } } } events(first: 100) { edges { node { request { id } } } } }`, {}, w.engD.token));
    expect(JSON.stringify(dLists)).not.toMatch(new RegExp(`${r}|${e1}|${toC}`));
    // A does not see the unshared engagement at all
    expect(onlyError(await view(toC, w.engA.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await seen(r, w.engB.token)).engagements.totalCount).toBe(2);
    expect((await seen(r, w.engA.token)).engagements.totalCount).toBe(1);

    // webhooks fan out by the same rule
    const delivered = async (hook: string): Promise<Array<{ request_id: string; type: string; only_member_id: string | null }>> =>
      t.dataSource.query(`SELECT e.request_id, e.type, e.only_member_id FROM webhook_delivery d JOIN request_event e ON e.id = d.event_id WHERE d.webhook_id = $1`, [hook]);
    const hookA = await delivered(webhooks.A);
    expect(hookA.filter((x) => x.request_id === e1 && x.type === 'NOTE_ADDED')).toHaveLength(3);
    expect(hookA.some((x) => x.request_id === toC || x.only_member_id)).toBe(false);
    expect((await delivered(webhooks.C)).some((x) => x.request_id === r)).toBe(false);
    expect((await delivered(webhooks.D)).some((x) => [r, e1, toC].includes(x.request_id))).toBe(false);
  });

  it('moves the ball A → B → C → B, refuses to close R while an engagement is open, and does not reopen engagements', async () => {
    const w = await chainWorld();
    const r = await w.submit();
    ok(await act('requestInformation', { id: r, question: 'Which hosts?' }, w.engB.token));
    expect(await owner(r, w.engB.token)).toBe(w.a.id);
    expect(await waiting('outboundRequests', w.engA.token, true)).toContain(r);
    expect(await waiting('inboundRequests', w.engB.token, true)).not.toContain(r);
    ok(await act('provideInformation', { id: r, answer: 'esx-01' }, w.engA.token));
    expect(await owner(r, w.engB.token)).toBe(w.b.id);
    ok(await act('acceptRequest', { id: r, receiverCaseNumber: 'B-2' }, w.engB.token));
    const e1 = ok(await t.gql(ENGAGE, { input: w.engageInput(r, { shareWithRequester: true }) }, w.engB.token)).engageParty.engagement.id;
    expect(await owner(r, w.engB.token)).toBe(w.c.id);
    expect(await waiting('inboundRequests', w.engB.token, true)).not.toContain(r);
    expect(await waiting('inboundRequests', w.engB.token, false)).toContain(r);
    expect(await waiting('inboundRequests', w.engC.token, true)).toContain(e1);
    ok(await act('requestInformation', { id: e1, question: 'Which driver?' }, w.engC.token));
    expect(await owner(e1, w.engC.token)).toBe(w.b.id);
    expect(await owner(r, w.engB.token)).toBe(w.b.id);
    expect(await owner(r, w.engA.token)).toBe(w.b.id);
    // waitingOnMe follows the ball: R waits on B again, R' on B (its requester)
    expect(await waiting('inboundRequests', w.engB.token, true)).toContain(r);
    expect(await waiting('outboundRequests', w.engB.token, true)).toContain(e1);
    expect(await waiting('inboundRequests', w.engC.token, true)).not.toContain(e1);
    expect(await waiting('inboundRequests', w.engC.token, false)).toContain(e1);
    expect(await waiting('outboundRequests', w.engA.token, true)).not.toContain(r);

    // closing R while R' is open: INVALID_TRANSITION naming it, for B and for A (shared)
    for (const token of [w.engB.token, w.engA.token]) {
      const refused = onlyError(await act('closeRequest', { id: r, resolution: 'done' }, token));
      expect(refused.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'ACCEPTED', engagementId: e1, engagementStatus: 'INFORMATION_REQUESTED' });
      expect(refused.message).toContain(e1);
    }
    // an unshared engagement is not named to A
    ok(await act('provideInformation', { id: e1, answer: 'ixgbe 5.1' }, w.engB.token));
    expect(await owner(r, w.engB.token)).toBe(w.c.id);
    ok(await act('acceptRequest', { id: e1, receiverCaseNumber: 'C-9' }, w.engC.token));
    ok(await act('closeRequest', { id: e1, resolution: 'firmware 3.1' }, w.engC.token));
    const e2 = ok(await t.gql(ENGAGE, { input: w.engageInput(r, { requesterCaseNumber: 'B-79' }) }, w.engB.token)).engageParty.engagement.id;
    const refusedA = onlyError(await act('closeRequest', { id: r, resolution: 'done' }, w.engA.token));
    expect(refusedA.extensions?.code).toBe('INVALID_TRANSITION');
    expect(refusedA.extensions?.engagementId).toBeUndefined();
    expect(refusedA.message).not.toContain(e2);
    expect(await owner(r, w.engA.token)).toBe(w.b.id); // A does not know of C there
    expect(await owner(r, w.engB.token)).toBe(w.c.id);
    ok(await act('cancelRequest', { id: e2, reason: 'found it ourselves' }, w.engB.token));

    // the ends of both engagements are on R's timeline (the private one only for B)
    const ended = async (token: string) => (await seen(r, token)).timeline.edges.filter((e: any) => e.node.type === 'ENGAGEMENT_ENDED').map((e: any) => e.node.detail);
    expect(await ended(w.engB.token)).toEqual([expect.objectContaining({ engagementId: e1, status: 'CLOSED' }), expect.objectContaining({ engagementId: e2, status: 'CANCELLED' })]);
    expect(await ended(w.engA.token)).toEqual([expect.objectContaining({ engagementId: e1, status: 'CLOSED' })]);

    ok(await act('closeRequest', { id: r, resolution: 'NIC firmware 3.1' }, w.engA.token));
    expect(await owner(r, w.engB.token)).toBeNull();
    ok(await act('reopenRequest', { id: r, reason: 'again' }, w.engA.token));
    expect((await seen(e1, w.engB.token)).status).toBe('CLOSED');
    expect(await owner(r, w.engB.token)).toBe(w.b.id);
  });

  it('goes deeper (C engages further) with the same rules, and refuses a cycle back onto the chain', async () => {
    const w = await chainWorld();
    const r = await w.submit();
    const e1 = ok(await t.gql(ENGAGE, { input: w.engageInput(r, { shareWithRequester: true }) }, w.engB.token)).engageParty.engagement.id;
    // C engaging B (already on the chain) is a cycle
    const cycle = onlyError(await t.gql(ENGAGE, { input: { ...w.engageInput(e1), departmentId: w.deptB2.id, data: { product: 'driver' }, requesterCaseNumber: 'C-1' } }, w.engC.token));
    expect(cycle.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'departmentId' })] });
    // C engaging E (a member in a group with C only) works; A (observer of R') does not see R''
    const e = await w.s.member(`E chips ${Date.now()}`);
    const ce = await w.s.group();
    await w.s.join(w.c, ce.id);
    await w.s.join(e, ce.id);
    const deptE = await w.s.department(e, ce.id, (await w.s.form(e)).id, 'E silicon');
    const e2 = ok(await t.gql(ENGAGE, { input: { ...w.engageInput(e1), departmentId: deptE.id, data: { product: 'NIC ASIC' }, customer: { name: 'Globex' }, requesterCaseNumber: 'C-2', shareWithRequester: true } }, w.engC.token)).engageParty
      .engagement.id;
    expect(await owner(e1, w.engC.token)).toBe(e.id);
    expect(await owner(e1, w.engB.token)).toBe(e.id); // B observes R''
    expect(await owner(r, w.engB.token)).toBe(e.id);
    expect(await owner(r, w.engA.token)).toBe(w.c.id); // A sees R' but not R''
    expect(onlyError(await view(e2, w.engA.token)).extensions?.code).toBe('NOT_FOUND');
    expect((await seen(e2, w.engB.token)).viewerSide).toBe('OBSERVER');
    expect((await seen(e2, w.engB.token)).engagedFrom).toEqual({ id: e1 });
  });

  it('two simultaneous engageParty calls with one idempotency key make one engagement', async () => {
    const w = await chainWorld();
    const r = await w.submit();
    const input = w.engageInput(r, { idempotencyKey: 'race-engage-1', shareWithRequester: true });
    const answers = await Promise.all(Array.from({ length: 8 }, () => t.gql(ENGAGE, { input }, w.engB.token)));
    const ids = new Set(answers.map((a) => ok(a).engageParty.engagement.id));
    expect(ids.size).toBe(1);
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM collaboration_request WHERE engaged_from_id = $1) AS engagements,
              (SELECT count(*)::int FROM request_event WHERE request_id = $1 AND type = 'PARTY_ENGAGED') AS engaged`,
      [r],
    );
    expect(counts).toEqual({ engagements: 1, engaged: 1 });
    // the same key with another input is CONFLICT and writes nothing
    const other = onlyError(await t.gql(ENGAGE, { input: { ...input, summary: 'something else' } }, w.engB.token));
    expect(other.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('validates the engagement against C’s form and refuses what is not B’s to engage', async () => {
    const w = await chainWorld();
    const r = await w.submit();
    const bad = onlyError(await t.gql(ENGAGE, { input: w.engageInput(r, { data: { firmware: '3.0' } }) }, w.engB.token));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'data.nic_model' })] });
    // A (requester) may not engage; D does not see R; a department of a group B is not in is NOT_FOUND
    expect(onlyError(await t.gql(ENGAGE, { input: w.engageInput(r) }, w.engA.token)).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await t.gql(ENGAGE, { input: w.engageInput(r) }, w.engD.token)).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql(ENGAGE, { input: { ...w.engageInput(r), departmentId: w.deptB.id } }, w.engB.token)).extensions?.code).toBe('BAD_USER_INPUT');
    ok(await act('rejectRequest', { id: r, reason: 'not ours' }, w.engB.token));
    expect(onlyError(await t.gql(ENGAGE, { input: w.engageInput(r) }, w.engB.token)).extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'REJECTED' });
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM collaboration_request WHERE engaged_from_id = $1`, [r]);
    expect(row.n).toBe(0);
  });
});
