import { ManualClock } from '../../src/common/clock';
import { processDueTimers } from '../../src/modules/timers/timer-worker';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
const clock = new ManualClock(new Date('2026-11-16T08:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);

describe('RequestFilter.slaState', () => {
  it('finds requests with a current clock in that state now', async () => {
    const w = await requestWorld(t); // P2: 120 minutes, no update cadence
    const ids = async (slaState: string) =>
      ok(await t.gql(`query($f: RequestFilter) { inboundRequests(filter: $f) { totalCount edges { node { id } } } }`, { f: { slaState } }, w.engB.token)).inboundRequests.edges.map(
        (e: any) => e.node.id,
      );
    clock.set(at('2026-11-09T09:00:00Z'));
    const breached = await w.submit(); // due 11:00
    clock.set(at('2026-11-09T09:40:00Z'));
    const atRisk = await w.submit(); // at risk 11:10, due 11:40
    clock.set(at('2026-11-09T10:40:00Z'));
    const onTrack = await w.submit(); // at risk 12:10
    const met = await w.submit();
    ok(await act(t, 'acceptRequest', { id: met.id, receiverCaseNumber: 'B' }, w.engB.token));
    const cancelled = await w.submit(); // its stopped clock is neither on track nor at risk any more
    ok(await act(t, 'cancelRequest', { id: cancelled.id }, w.engA.token));
    clock.set(at('2026-11-09T11:15:00Z'));
    const expected = { BREACHED: [breached.id], AT_RISK: [atRisk.id], ON_TRACK: [onTrack.id], MET: [met.id] };
    for (const [state, list] of Object.entries(expected)) expect(await ids(state)).toEqual(list);
    // the same once the timers have run
    await processDueTimers(t.services);
    for (const [state, list] of Object.entries(expected)) expect(await ids(state)).toEqual(list);
    // the requester's outbound list and the other filters combine with it
    const out = ok(await t.gql(`{ outboundRequests(filter: { slaState: BREACHED, priority: [P2] }) { edges { node { id } } } }`, {}, w.engA.token)).outboundRequests;
    expect(out.edges.map((e: any) => e.node.id)).toEqual([breached.id]);
  });
});

describe('slaReport', () => {
  const REPORT = `query($input: SlaReportInput!) { slaReport(input: $input) { key label requests met breached open attainment medianResponseMinutes p90ResponseMinutes } }`;
  const FROM = '2026-11-16T00:00:00Z';
  const TO = '2026-11-17T00:00:00Z';

  /**
   * A asks B (P2, 120 minutes) five times and C (P3 480, P2 120) three times, on Monday
   * 16 November from 08:00 GMT (working time 08:00–16:00, so minutes are plain minutes):
   * B responds after 10, 20, 30 and 150 minutes and one request (submitted 10:30) waits;
   * C responds after 40 minutes, one is cancelled, one (P2) waits past its due time.
   */
  async function world() {
    const w = await requestWorld(t);
    const formC = await w.s.form(w.c);
    const deptC = await w.s.department(w.c, w.group.id, formC.id, 'Network');
    clock.set(at('2026-11-16T08:00:00Z'));
    const [b1, b2, b3, b4] = [await w.submit(), await w.submit(), await w.submit(), await w.submit()];
    const c1 = await w.submit({ departmentId: deptC.id, priority: 'P3' });
    const c2 = await w.submit({ departmentId: deptC.id, priority: 'P3' });
    const c3 = await w.submit({ departmentId: deptC.id, priority: 'P2' });
    clock.set(at('2026-11-16T08:05:00Z'));
    ok(await act(t, 'cancelRequest', { id: c2.id }, w.engA.token));
    clock.set(at('2026-11-16T08:10:00Z'));
    ok(await act(t, 'acceptRequest', { id: b1.id, receiverCaseNumber: 'B1' }, w.engB.token));
    clock.set(at('2026-11-16T08:20:00Z'));
    ok(await act(t, 'requestInformation', { id: b2.id, question: 'Logs?' }, w.engB.token));
    clock.set(at('2026-11-16T08:30:00Z'));
    ok(await act(t, 'addNote', { requestId: b3.id, body: 'On it' }, w.engB.token));
    clock.set(at('2026-11-16T08:40:00Z'));
    ok(await act(t, 'acceptRequest', { id: c1.id, receiverCaseNumber: 'C1' }, w.engC.token));
    clock.set(at('2026-11-16T10:30:00Z'));
    ok(await act(t, 'rejectRequest', { id: b4.id, reason: 'wrong vendor' }, w.engB.token));
    await w.submit(); // b5, due 12:30
    clock.set(at('2026-11-16T11:00:00Z'));
    return { ...w, deptC };
  }

  const report = async (token: string, groupBy: string, extra: Record<string, unknown> = {}) =>
    ok(await t.gql(REPORT, { input: { from: FROM, to: TO, groupBy, ...extra } }, token)).slaReport;

  it('counts met, breached and open response clocks and the median and 90th percentile time to response, by member', async () => {
    const w = await world();
    const rows = await report(w.engA.token, 'MEMBER');
    const byKey = Object.fromEntries(rows.map((r: any) => [r.key, r]));
    expect(rows).toHaveLength(2);
    // B: responses 10, 20, 30, 150 → median 25; p90 = 30 + 0.7 × (150 − 30) = 114
    expect(byKey[w.b.id]).toMatchObject({ label: w.b.name, requests: 5, met: 3, breached: 1, open: 1, attainment: 0.75, medianResponseMinutes: 25 });
    expect(byKey[w.b.id].p90ResponseMinutes).toBeCloseTo(114, 9);
    // C: one response (40), one cancelled, one waiting past due
    expect(byKey[w.c.id]).toEqual({ key: w.c.id, label: w.c.name, requests: 3, met: 1, breached: 1, open: 0, attainment: 0.5, medianResponseMinutes: 40, p90ResponseMinutes: 40 });
  });

  it('cuts by priority, group and department', async () => {
    const w = await world();
    const byPriority = await report(w.engA.token, 'PRIORITY');
    expect(byPriority.map((r: any) => [r.key, r.label, r.requests, r.met, r.breached, r.open, r.attainment, r.medianResponseMinutes])).toEqual([
      ['P2', 'P2', 6, 3, 2, 1, 0.6, 25],
      ['P3', 'P3', 2, 1, 0, 0, 1, 40],
    ]);
    expect(byPriority[0].p90ResponseMinutes).toBeCloseTo(114, 9);
    const byGroup = await report(w.engA.token, 'GROUP');
    // responses 10, 20, 30, 40, 150 → median 30; p90 = 40 + 0.6 × 110 = 106
    expect(byGroup).toEqual([
      expect.objectContaining({ key: w.group.id, label: w.group.name, requests: 8, met: 4, breached: 2, open: 1, medianResponseMinutes: 30 }),
    ]);
    expect(byGroup[0].attainment).toBeCloseTo(4 / 6, 9);
    expect(byGroup[0].p90ResponseMinutes).toBeCloseTo(106, 9);
    const byDepartment = await report(w.engA.token, 'DEPARTMENT');
    expect(byDepartment.map((r: any) => [r.key, r.label, r.requests])).toEqual([
      [w.deptC.id, `Network (${w.c.name})`, 3],
      [w.department.id, `Storage (${w.b.name})`, 5],
    ]);
  });

  it("reports for the caller's member only, by direction and period", async () => {
    const w = await world();
    const asB = await report(w.engB.token, 'MEMBER');
    expect(asB).toHaveLength(1);
    expect(asB[0]).toMatchObject({ key: w.a.id, requests: 5, met: 3, breached: 1, open: 1 });
    expect(await report(w.engB.token, 'MEMBER', { direction: 'INBOUND' })).toEqual(asB);
    expect(await report(w.engB.token, 'MEMBER', { direction: 'OUTBOUND' })).toEqual([]);
    expect((await report(w.engA.token, 'MEMBER', { direction: 'INBOUND' }))).toEqual([]);
    // the period is half-open: b5, created at 10:30, falls outside [00:00, 10:30)
    const early = ok(await t.gql(REPORT, { input: { from: FROM, to: '2026-11-16T10:30:00Z', groupBy: 'MEMBER' } }, w.engB.token)).slaReport;
    expect(early[0]).toMatchObject({ requests: 4, open: 0 });
    expect(ok(await t.gql(REPORT, { input: { from: '2026-11-17T00:00:00Z', to: '2026-11-18T00:00:00Z', groupBy: 'GROUP' } }, w.engA.token)).slaReport).toEqual([]);
  });

  it('answers null attainment and percentiles when nothing was decided yet', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-16T08:00:00Z'));
    await w.submit();
    expect(await report(w.engA.token, 'GROUP')).toEqual([
      { key: w.group.id, label: w.group.name, requests: 1, met: 0, breached: 0, open: 1, attainment: null, medianResponseMinutes: null, p90ResponseMinutes: null },
    ]);
  });

  it('is FORBIDDEN to the operator and refuses an empty period', async () => {
    expect(onlyError(await t.gql(REPORT, { input: { from: FROM, to: TO, groupBy: 'GROUP' } }, t.operatorToken)).extensions.code).toBe('FORBIDDEN');
    const w = await requestWorld(t);
    expect(onlyError(await t.gql(REPORT, { input: { from: TO, to: FROM, groupBy: 'GROUP' } }, w.engA.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'to' }] });
  });
});
