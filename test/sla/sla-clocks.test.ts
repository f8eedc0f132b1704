import { ManualClock } from '../../src/common/clock';
import { SlaClock } from '../../src/modules/sla/sla-clock.entity';
import { processDueTimers } from '../../src/modules/timers/timer-worker';
import { act, requestWorld, seed } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { policyWith, slaEventsOf, slaOf, sum, timelineOf } from '../support/sla';

let t: TestServer;
const clock = new ManualClock(new Date('2026-11-06T15:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const MIN = 60_000;
const at = (iso: string) => new Date(iso);
/** Every clock row of a request (all update cycles), in start order. */
const history = (requestId: string) => t.dataSource.manager.find(SlaClock, { where: { requestId }, order: { kind: 'ASC', cycle: 'ASC' } });

describe('the response clock', () => {
  it('is due Monday 11:00 for a 240-minute target submitted Friday 15:00 in a Mon–Fri 08:00–16:00 London calendar', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-06T15:00:00Z')); // Friday, GMT
    const r = await w.submit();
    const { sla } = await slaOf(t, r.id, w.engA.token);
    expect(sla).toEqual([
      {
        kind: 'RESPONSE',
        cycle: 1,
        state: 'ON_TRACK',
        targetMinutes: 240,
        startedAt: '2026-11-06T15:00:00.000Z',
        atRiskAt: '2026-11-09T10:00:00.000Z', // 75% = 180 working minutes: 60 on Friday, 120 on Monday
        dueAt: '2026-11-09T11:00:00.000Z',
        stoppedAt: null,
        elapsedMinutes: 0,
      },
    ]);
    // the receiver sees the same clock
    expect((await slaOf(t, r.id, w.engB.token)).sla).toEqual(sla);
  });

  it('counts working time only, and reads AT_RISK and BREACHED as soon as the instants pass', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-06T15:00:00Z'));
    const r = await w.submit();
    clock.set(at('2026-11-07T12:00:00Z')); // Saturday: nothing counts
    expect((await slaOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ state: 'ON_TRACK', elapsedMinutes: 60 });
    clock.set(at('2026-11-09T10:00:00Z'));
    expect((await slaOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ state: 'AT_RISK', elapsedMinutes: 180 });
    clock.set(at('2026-11-09T11:00:00Z')); // the due instant itself is still in time
    expect((await slaOf(t, r.id, w.engA.token)).sla[0].state).toBe('AT_RISK');
    clock.set(at('2026-11-09T11:00:01Z'));
    expect((await slaOf(t, r.id, w.engA.token)).sla[0].state).toBe('BREACHED');
  });

  it('fires SLA_AT_RISK and SLA_BREACHED once each, with no actor, however often and concurrently the timers run', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-06T15:00:00Z'));
    const r = await w.submit();
    const before = await Promise.all(Array.from({ length: 5 }, () => processDueTimers(t.services, at('2026-11-09T09:59:59Z'))));
    expect(await slaEventsOf(t, r.id, w.engA.token)).toEqual([]);

    for (const instant of ['2026-11-09T10:00:00Z', '2026-11-09T10:30:00Z']) {
      await Promise.all(Array.from({ length: 5 }, () => processDueTimers(t.services, at(instant))));
      await processDueTimers(t.services, at(instant));
    }
    clock.set(at('2026-11-09T10:30:00Z'));
    expect((await slaOf(t, r.id, w.engA.token)).sla[0].state).toBe('AT_RISK');
    expect(await slaEventsOf(t, r.id, w.engA.token)).toEqual([
      {
        type: 'SLA_AT_RISK',
        actor: null,
        detail: { clock: 'RESPONSE', cycle: 1, targetMinutes: 240, startedAt: '2026-11-06T15:00:00.000Z', atRiskAt: '2026-11-09T10:00:00.000Z', dueAt: '2026-11-09T11:00:00.000Z' },
      },
    ]);

    const breach = at('2026-11-09T11:00:00.001Z');
    const fired = await Promise.all(Array.from({ length: 5 }, () => processDueTimers(t.services, breach)));
    for (let i = 0; i < 3; i++) fired.push(await processDueTimers(t.services, at('2026-11-10T12:00:00Z')));
    expect(sum(before)).toBe(0);
    expect(sum(fired)).toBeGreaterThanOrEqual(1); // other tests' timers may be due too; the events below are this request's
    const events = await slaEventsOf(t, r.id, w.engB.token);
    expect(events.map((e) => e.type)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
    expect(events[1]).toMatchObject({ actor: null, detail: { clock: 'RESPONSE', targetMinutes: 240, dueAt: '2026-11-09T11:00:00.000Z' } });
    clock.set(at('2026-11-10T12:00:00Z'));
    expect((await slaOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ state: 'BREACHED', stoppedAt: null });
  });

  it('is MET when the receiver accepts in time, and no SLA event follows', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-06T15:00:00Z'));
    const r = await w.submit();
    clock.set(at('2026-11-09T09:30:00Z'));
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    const { sla } = await slaOf(t, r.id, w.engA.token);
    expect(sla).toEqual([expect.objectContaining({ kind: 'RESPONSE', state: 'MET', stoppedAt: '2026-11-09T09:30:00.000Z', elapsedMinutes: 150 })]);
    await processDueTimers(t.services, at('2026-11-20T12:00:00Z'));
    clock.set(at('2026-11-20T12:00:00Z'));
    expect((await slaOf(t, r.id, w.engA.token)).sla[0].state).toBe('MET');
    expect(await slaEventsOf(t, r.id, w.engA.token)).toEqual([]);
  });

  it('stays BREACHED, with its stop time, when the response comes after a breach', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-06T15:00:00Z'));
    const r = await w.submit();
    await processDueTimers(t.services, at('2026-11-09T11:30:00Z'));
    clock.set(at('2026-11-09T12:00:00Z'));
    ok(await act(t, 'rejectRequest', { id: r.id, reason: 'not ours' }, w.engB.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla).toEqual([
      expect.objectContaining({ state: 'BREACHED', stoppedAt: '2026-11-09T12:00:00.000Z', dueAt: '2026-11-09T11:00:00.000Z', elapsedMinutes: 300 }),
    ]);
    await processDueTimers(t.services, at('2026-11-20T12:00:00Z'));
    expect((await slaEventsOf(t, r.id, w.engA.token)).map((e) => e.type)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
  });

  it('records a breach no timer had announced yet when the response comes late, once, before the response', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-06T15:00:00Z'));
    const r = await w.submit();
    clock.set(at('2026-11-09T11:05:00Z')); // no timer ran (a slow worker, a restart)
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    await Promise.all(Array.from({ length: 3 }, () => processDueTimers(t.services, at('2026-11-20T12:00:00Z'))));
    const timeline = await timelineOf(t, r.id, w.engA.token);
    expect(timeline.map((e) => e.type)).toEqual(['REQUEST_SUBMITTED', 'SLA_BREACHED', 'REQUEST_ACCEPTED']);
    expect(timeline[1]).toMatchObject({ actor: null, detail: { clock: 'RESPONSE', dueAt: '2026-11-09T11:00:00.000Z' } });
    expect((await slaOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ state: 'BREACHED', stoppedAt: '2026-11-09T11:05:00.000Z' });
  });

  it('keeps running through an internal note of the receiver and stops at its note to the requester', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit();
    clock.advance(10 * MIN);
    ok(await act(t, 'addNote', { requestId: r.id, body: 'escalate to L3', internal: true }, w.engB.token));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'any news?' }, w.engA.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ state: 'ON_TRACK', stoppedAt: null });
    clock.advance(10 * MIN);
    ok(await act(t, 'addNote', { requestId: r.id, body: 'looking at it' }, w.engB.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ state: 'MET', stoppedAt: '2026-11-09T09:20:00.000Z', elapsedMinutes: 20 });
  });

  it('stops without a verdict when the requester cancels in time', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit();
    clock.advance(30 * MIN);
    ok(await act(t, 'cancelRequest', { id: r.id, reason: 'solved it ourselves' }, w.engA.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ state: 'ON_TRACK', stoppedAt: '2026-11-09T09:30:00.000Z', elapsedMinutes: 30 });
    await processDueTimers(t.services, at('2026-11-20T12:00:00Z'));
    expect(await slaEventsOf(t, r.id, w.engA.token)).toEqual([]);
  });

  it('keeps the terms the request was submitted under when the group policy changes later', async () => {
    const w = await requestWorld(t, policyWith(240));
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit();
    ok(
      await t.gql(
        `mutation($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { group { id } } }`,
        { input: { id: w.group.id, ...policyWith(60) } },
        t.operatorToken,
      ),
    );
    const later = await w.submit();
    expect((await slaOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ targetMinutes: 240, dueAt: '2026-11-09T13:00:00.000Z' });
    expect((await slaOf(t, later.id, w.engA.token)).sla[0]).toMatchObject({ targetMinutes: 60, dueAt: '2026-11-09T10:00:00.000Z' });
  });
});

describe('the update clock', () => {
  // the default test policy: P1 responds in 30 minutes and updates every 240 while accepted
  it('starts on accept, restarts on each update from the receiver, and stops on close', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P1' });
    expect((await slaOf(t, r.id, w.engA.token)).sla.map((c) => c.kind)).toEqual(['RESPONSE']);

    clock.set(at('2026-11-09T09:10:00Z'));
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1', assigneeId: w.engB.id }, w.engB.token));
    let { sla } = await slaOf(t, r.id, w.engA.token);
    expect(sla).toEqual([
      expect.objectContaining({ kind: 'RESPONSE', state: 'MET', targetMinutes: 30, elapsedMinutes: 10 }),
      expect.objectContaining({ kind: 'UPDATE', cycle: 1, state: 'ON_TRACK', targetMinutes: 240, startedAt: '2026-11-09T09:10:00.000Z', dueAt: '2026-11-09T13:10:00.000Z', stoppedAt: null }),
    ]);

    // neither the requester's notes, nor an internal note, nor an assignment is an update
    clock.set(at('2026-11-09T10:00:00Z'));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'status?' }, w.engA.token));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'internal', internal: true }, w.engB.token));
    ok(await act(t, 'assignRequest', { id: r.id, userId: w.engB.id }, w.engB.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla[1]).toMatchObject({ cycle: 1, stoppedAt: null });

    clock.set(at('2026-11-09T11:00:00Z'));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'firmware 7.2 fixes it, testing' }, w.engB.token));
    ({ sla } = await slaOf(t, r.id, w.engA.token));
    expect(sla[1]).toMatchObject({ kind: 'UPDATE', cycle: 2, state: 'ON_TRACK', startedAt: '2026-11-09T11:00:00.000Z', dueAt: '2026-11-09T15:00:00.000Z', stoppedAt: null });

    clock.set(at('2026-11-09T12:00:00Z'));
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'fixed by 7.2' }, w.engA.token));
    ({ sla } = await slaOf(t, r.id, w.engA.token));
    expect(sla[1]).toMatchObject({ kind: 'UPDATE', cycle: 2, state: 'MET', stoppedAt: '2026-11-09T12:00:00.000Z', elapsedMinutes: 60 });
    expect((await history(r.id)).map((c) => [c.kind, c.cycle, c.state, c.stoppedAt?.toISOString(), c.elapsedMinutes])).toEqual([
      ['RESPONSE', 1, 'MET', '2026-11-09T09:10:00.000Z', 10],
      ['UPDATE', 1, 'MET', '2026-11-09T11:00:00.000Z', 110],
      ['UPDATE', 2, 'MET', '2026-11-09T12:00:00.000Z', 60],
    ]);
  });

  it('pauses while information is requested, and restarts when it is provided and on reopen', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-10T09:00:00Z'));
    const r = await w.submit({ priority: 'P1' });
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    clock.set(at('2026-11-10T10:00:00Z'));
    ok(await act(t, 'requestInformation', { id: r.id, question: 'Which host?' }, w.engB.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla[1]).toMatchObject({ cycle: 1, state: 'MET', stoppedAt: '2026-11-10T10:00:00.000Z' });
    clock.set(at('2026-11-10T15:00:00Z')); // waiting on the requester: no update is owed
    ok(await act(t, 'provideInformation', { id: r.id, answer: 'esx-12' }, w.engA.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla[1]).toMatchObject({ cycle: 2, state: 'ON_TRACK', startedAt: '2026-11-10T15:00:00.000Z', dueAt: '2026-11-11T11:00:00.000Z' });
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'done' }, w.engB.token));
    clock.set(at('2026-11-12T09:00:00Z'));
    ok(await act(t, 'reopenRequest', { id: r.id, reason: 'back again' }, w.engA.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla[1]).toMatchObject({ cycle: 3, state: 'ON_TRACK', startedAt: '2026-11-12T09:00:00.000Z', stoppedAt: null });
  });

  it('breaches when the receiver stays silent, and the next update starts a fresh cycle', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-16T08:00:00Z'));
    const r = await w.submit({ priority: 'P1' });
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    await processDueTimers(t.services, at('2026-11-16T12:30:00Z'));
    clock.set(at('2026-11-16T13:00:00Z'));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'sorry, still on it' }, w.engB.token));
    const events = await slaEventsOf(t, r.id, w.engA.token);
    expect(events.map((e) => [e.type, e.detail.clock, e.detail.cycle])).toEqual([
      ['SLA_AT_RISK', 'UPDATE', 1],
      ['SLA_BREACHED', 'UPDATE', 1],
    ]);
    const { sla } = await slaOf(t, r.id, w.engA.token);
    expect(sla[1]).toMatchObject({ cycle: 2, state: 'ON_TRACK' });
    expect((await history(r.id))[1]).toMatchObject({ cycle: 1, state: 'BREACHED' });
  });

  it('does not exist where the policy sets no cadence for the priority', async () => {
    const w = await requestWorld(t);
    clock.set(at('2026-11-16T09:00:00Z'));
    const r = await w.submit({ priority: 'P2' });
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    expect((await slaOf(t, r.id, w.engA.token)).sla.map((c) => c.kind)).toEqual(['RESPONSE']);
  });
});

describe('critical escalations', () => {
  it('get 120 minutes counted 24x7, weekends and nights included', async () => {
    const s = seed(t);
    const critical = await s.group({ name: 'Critical', kind: 'CRITICAL_ESCALATION', slaPolicy: undefined, calendar: undefined });
    const [x, y] = [await s.member(), await s.member()];
    await s.join(x, critical.id, '24x7 desk x@example.com');
    await s.join(y, critical.id, '24x7 desk y@example.com');
    const desk = await s.department(y, critical.id, (await s.form(y)).id, 'Critical desk');
    const eng = await x.user();
    ok(await t.gql(`mutation($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id } } }`, { input: { userId: eng.id } }, x.admin.token));
    clock.set(at('2026-11-07T23:00:00Z')); // Saturday night
    const r = ok(
      await t.gql(
        `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id critical } } }`,
        {
          input: {
            departmentId: desk.id,
            priority: 'P4',
            summary: 'Outage',
            data: { product: 'Array X' },
            requesterCaseNumber: 'X-1',
            businessImpact: 'Bank offline',
            receiverCaseNumber: 'Y-77',
          },
        },
        eng.token,
      ),
    ).submitRequest.request;
    expect(r.critical).toBe(true);
    expect((await slaOf(t, r.id, eng.token)).sla).toEqual([
      expect.objectContaining({ kind: 'RESPONSE', targetMinutes: 120, atRiskAt: '2026-11-08T00:30:00.000Z', dueAt: '2026-11-08T01:00:00.000Z' }),
    ]);
    await processDueTimers(t.services, at('2026-11-08T01:00:01Z'));
    expect((await slaEventsOf(t, r.id, eng.token)).map((e) => e.type)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
  });
});
