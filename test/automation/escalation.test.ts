import { ManualClock } from '../../src/common/clock';
import { CollaborationRequest } from '../../src/modules/requests/request.entity';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';
import { timelineOf } from '../support/sla';

let t: TestServer;
const clock = new ManualClock(new Date('2026-11-09T09:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
const escalate = (id: string, token: string, reason = 'Customer go-live on Friday') => t.gql(
  `mutation($input: EscalateRequestInput!) { escalateRequest(input: $input) { request { id status escalatedAt } } }`,
  { input: { id, reason } },
  token,
);
const escalatedAt = async (id: string) => (await t.dataSource.manager.findOneByOrFail(CollaborationRequest, { id })).escalatedAt;

describe('escalateRequest', () => {
  it('allows a P1 at once', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P1' });
    const res = ok(await escalate(r.id, w.engA.token)).escalateRequest.request;
    expect(res).toEqual({ id: r.id, status: 'OPEN', escalatedAt: '2026-11-09T09:00:00.000Z' });
    const events = (await timelineOf(t, r.id, w.engB.token)).filter((e) => e.type === 'REQUEST_ESCALATED');
    expect(events).toEqual([
      {
        type: 'REQUEST_ESCALATED',
        actor: { id: w.engA.id },
        detail: { reason: 'Customer go-live on Friday', priority: 'P1', receiverUpdatedAt: '2026-11-09T09:00:00.000Z', eligibleAt: '2026-11-09T09:00:00.000Z' },
      },
    ]);
  });

  it('allows a P2 once the receiver has not updated it for 24 hours, not a millisecond before', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P2' });
    clock.set(at('2026-11-09T10:00:00Z'));
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    // what does not count as an update from the receiver: its internal notes, assignments, and the requester's own notes
    clock.set(at('2026-11-10T08:00:00Z'));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'looking at it', internal: true }, w.engB.token));
    ok(await act(t, 'assignRequest', { id: r.id, userId: w.engB.id }, w.engB.token));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'any news?' }, w.engA.token));

    clock.set(at('2026-11-10T09:59:59.999Z'));
    const err = onlyError(await escalate(r.id, w.engA.token));
    expect(err.extensions).toEqual({ code: 'INVALID_TRANSITION', status: 'ACCEPTED', eligibleAt: '2026-11-10T10:00:00.000Z' });
    expect(err.message).toContain('becomes eligible at 2026-11-10T10:00:00.000Z');
    expect(await escalatedAt(r.id)).toBeNull();

    clock.set(at('2026-11-10T10:00:00Z'));
    expect(ok(await escalate(r.id, w.engA.token)).escalateRequest.request.escalatedAt).toBe('2026-11-10T10:00:00.000Z');
  });

  it("counts a P2's 24 hours again from the receiver's last note to the requester", async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P2' });
    clock.set(at('2026-11-09T20:00:00Z'));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'We are on it' }, w.engB.token));
    clock.set(at('2026-11-10T09:00:00Z'));
    expect(onlyError(await escalate(r.id, w.engA.token)).extensions.eligibleAt).toBe('2026-11-10T20:00:00.000Z');
  });

  it('allows a P3 after 3 working days of the group calendar without an update, across a weekend', async () => {
    const w = await requestWorld(t); // London, Mon–Fri 08:00–16:00
    clock.set(at('2026-11-13T14:00:00Z')); // Friday
    const r = await w.submit({ priority: 'P3' });
    clock.set(at('2026-11-18T13:59:59.999Z')); // Wednesday, just before
    const err = onlyError(await escalate(r.id, w.engA.token));
    expect(err.extensions).toMatchObject({ code: 'INVALID_TRANSITION', eligibleAt: '2026-11-18T14:00:00.000Z' });
    expect(err.message).toMatch(/P3 requests may be escalated once the receiver has not updated them for 3 working days/);
    clock.set(at('2026-11-18T14:00:00Z'));
    expect(ok(await escalate(r.id, w.engA.token)).escalateRequest.request.escalatedAt).toBe('2026-11-18T14:00:00.000Z');
  });

  it("counts a P3's working days again from the requester's answer", async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P3' });
    ok(await act(t, 'requestInformation', { id: r.id, question: 'Which host?' }, w.engB.token));
    clock.set(at('2026-11-12T10:00:00Z'));
    ok(await act(t, 'provideInformation', { id: r.id, answer: 'esx-07' }, w.engA.token));
    expect(onlyError(await escalate(r.id, w.engA.token)).extensions.eligibleAt).toBe('2026-11-17T10:00:00.000Z');
  });

  it('never allows a P4', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P4' });
    clock.set(at('2027-06-01T09:00:00Z'));
    const err = onlyError(await escalate(r.id, w.engA.token));
    expect(err.extensions).toEqual({ code: 'INVALID_TRANSITION', status: 'OPEN', eligibleAt: null });
    expect(err.message).toMatch(/never eligible/);
    expect(await escalatedAt(r.id)).toBeNull();
  });

  it('is for the requester only, once, and not while the request waits on it or is over', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P1' });
    expect(onlyError(await escalate(r.id, w.engB.token)).extensions.code).toBe('FORBIDDEN');
    expect(onlyError(await escalate(r.id, w.engC.token)).extensions.code).toBe('NOT_FOUND');
    ok(await escalate(r.id, w.engA.token));
    expect(onlyError(await escalate(r.id, w.engA.token)).extensions).toMatchObject({ code: 'INVALID_TRANSITION', escalatedAt: '2026-11-09T09:00:00.000Z' });

    const waiting = await w.submit({ priority: 'P1' });
    ok(await act(t, 'requestInformation', { id: waiting.id, question: 'Which host?' }, w.engB.token));
    expect(onlyError(await escalate(waiting.id, w.engA.token)).extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'INFORMATION_REQUESTED' });
    const rejected = await w.submit({ priority: 'P1' });
    ok(await act(t, 'rejectRequest', { id: rejected.id, reason: 'Not ours' }, w.engB.token));
    expect(onlyError(await escalate(rejected.id, w.engA.token)).extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'REJECTED' });
    expect(onlyError(await escalate(r.id, w.engA.token, '   ')).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('RequestFilter.escalated and slaReport', () => {
  it('find escalated requests and count them', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-09T09:00:00Z'));
    const escalated = await w.submit({ priority: 'P1' });
    const quiet = await w.submit({ priority: 'P1' });
    ok(await escalate(escalated.id, w.engA.token));
    const ids = async (escalatedFilter: boolean, token: string, list: 'inboundRequests' | 'outboundRequests') =>
      ok(await t.gql(`query($f: RequestFilter) { ${list}(filter: $f) { edges { node { id escalatedAt } } } }`, { f: { escalated: escalatedFilter } }, token))[list].edges.map((e: any) => e.node.id);
    expect(await ids(true, w.engB.token, 'inboundRequests')).toEqual([escalated.id]);
    expect(await ids(false, w.engB.token, 'inboundRequests')).toEqual([quiet.id]);
    expect(await ids(true, w.engA.token, 'outboundRequests')).toEqual([escalated.id]);

    const report = ok(
      await t.gql(`query($input: SlaReportInput!) { slaReport(input: $input) { key requests escalated } }`, { input: { from: '2026-11-09T00:00:00Z', to: '2026-11-10T00:00:00Z', groupBy: 'GROUP' } }, w.engB.token),
    ).slaReport;
    expect(report.find((row: any) => row.key === w.group.id)).toEqual({ key: w.group.id, requests: 2, escalated: 1 });
  });
});
