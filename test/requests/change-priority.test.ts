import { ManualClock } from '../../src/common/clock';
import { processDueTimers } from '../../src/modules/timers/timer-worker';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';
import { slaEventsOf, timelineOf } from '../support/sla';
import { REQUEST_EVENTS, subscribe } from '../support/subscriber';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const at = (iso: string) => new Date(iso);
const CLOCK = `kind cycle state targetMinutes startedAt atRiskAt dueAt stoppedAt elapsedMinutes pausedMinutes`;

let t: TestServer;
const clock = new ManualClock(at('2026-11-09T09:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());
beforeEach(() => processDueTimers(t.services, at('2100-01-01T00:00:00Z')));

/** P1 120 and P3 480 response minutes; P2 has a 480-minute resolution target and P1 a 240-minute one. London, Mon–Fri 08:00–16:00. */
const POLICY = {
  slaPolicy: {
    targets: [
      { priority: 'P1', responseMinutes: 120, resolutionMinutes: 240 },
      { priority: 'P2', responseMinutes: 120, resolutionMinutes: 480 },
      { priority: 'P3', responseMinutes: 480 },
      { priority: 'P4', responseMinutes: 960 },
    ],
  },
};

async function clocksOf(server: TestServer, id: string, token: string) {
  return ok(await server.gql(`query($id: ID!) { collaborationRequest(id: $id) { priority sla { ${CLOCK} } } }`, { id }, token)).collaborationRequest;
}
const change = (server: TestServer, id: string, priority: string, token: string, reason = 'the customer is down') => act(server, 'changePriority', { id, priority, reason }, token);

describe('changePriority', () => {
  it('re-targets the running response clock, keeping the minutes counted: P3 at Monday 09:00, P1 at 10:00 → due 11:00', async () => {
    const w = await requestWorld(t, POLICY);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P3' });
    clock.set(at('2026-11-09T10:00:00Z'));
    expect(ok(await change(t, r.id, 'P1', w.engB.token)).changePriority.request.priority).toBe('P1');
    const { priority, sla } = await clocksOf(t, r.id, w.engA.token);
    expect(priority).toBe('P1');
    expect(sla).toEqual([
      expect.objectContaining({ kind: 'RESPONSE', state: 'ON_TRACK', targetMinutes: 120, startedAt: '2026-11-09T09:00:00.000Z', atRiskAt: '2026-11-09T10:30:00.000Z', dueAt: '2026-11-09T11:00:00.000Z', elapsedMinutes: 60 }),
    ]);
    const changed = (await timelineOf(t, r.id, w.engA.token)).find((e) => e.type === 'REQUEST_PRIORITY_CHANGED');
    expect(changed).toMatchObject({ actor: { id: w.engB.id }, detail: { from: 'P3', to: 'P1', reason: 'the customer is down', by: 'RECEIVER' } });

    // the new timers fire once each; the P3 ones (at-risk 15:00, due Tuesday 09:00) are skipped
    for (const instant of ['2026-11-09T10:30:00Z', '2026-11-09T11:00:00.001Z', '2026-11-09T15:00:00Z', '2026-11-10T09:00:01Z']) {
      await Promise.all([1, 2, 3].map(() => processDueTimers(t.services, at(instant))));
    }
    const events = await slaEventsOf(t, r.id, w.engA.token);
    expect(events.map((e) => [e.type, e.detail.targetMinutes, e.detail.dueAt])).toEqual([
      ['SLA_AT_RISK', 120, '2026-11-09T11:00:00.000Z'],
      ['SLA_BREACHED', 120, '2026-11-09T11:00:00.000Z'],
    ]);
  });

  it('is not a response: the receiver re-grading an OPEN request leaves its response clock running', async () => {
    const w = await requestWorld(t, POLICY);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P3' });
    clock.set(at('2026-11-09T09:10:00Z'));
    ok(await change(t, r.id, 'P2', w.engB.token));
    const { sla } = await clocksOf(t, r.id, w.engA.token);
    expect(sla[0]).toMatchObject({ kind: 'RESPONSE', stoppedAt: null, state: 'ON_TRACK', targetMinutes: 120 });
    // and the requester may still cancel: nobody has responded
    ok(await act(t, 'cancelRequest', { id: r.id }, w.engA.token));
  });

  it('breaches at once, once, when the new due time has already passed', async () => {
    const w = await requestWorld(t, POLICY);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P3' });
    clock.set(at('2026-11-09T12:00:00Z')); // 180 working minutes counted; P1 allows 120
    ok(await change(t, r.id, 'P1', w.engA.token));
    expect((await clocksOf(t, r.id, w.engA.token)).sla[0]).toMatchObject({ state: 'BREACHED', dueAt: '2026-11-09T11:00:00.000Z', stoppedAt: null });
    await Promise.all([1, 2, 3].map(() => processDueTimers(t.services, at('2026-11-12T00:00:00Z'))));
    const timeline = await timelineOf(t, r.id, w.engB.token);
    expect(timeline.map((e) => e.type)).toEqual(['REQUEST_SUBMITTED', 'REQUEST_PRIORITY_CHANGED', 'SLA_BREACHED']);
    expect(timeline[2]).toMatchObject({ actor: null, detail: { clock: 'RESPONSE', targetMinutes: 120 } });
  });

  it('keeps the paused time of a resolution clock: paused two hours, then P2 → P1 at 13:00 is due 15:00', async () => {
    const w = await requestWorld(t, POLICY);
    clock.set(at('2026-11-09T08:30:00Z'));
    const r = await w.submit({ priority: 'P2' });
    clock.set(at('2026-11-09T09:00:00Z'));
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    clock.set(at('2026-11-09T10:00:00Z'));
    ok(await act(t, 'requestInformation', { id: r.id, question: 'Which firmware?' }, w.engB.token));
    clock.set(at('2026-11-09T12:00:00Z'));
    ok(await act(t, 'provideInformation', { id: r.id, answer: '4.2' }, w.engA.token));
    clock.set(at('2026-11-09T13:00:00Z'));
    ok(await change(t, r.id, 'P1', w.engA.token));
    const { sla } = await clocksOf(t, r.id, w.engA.token);
    const resolution = sla.find((c: any) => c.kind === 'RESOLUTION');
    // 09:00 + 240 working minutes + the 120 paused = 15:00; 120 counted (09–10 and 12–13)
    expect(resolution).toMatchObject({ state: 'ON_TRACK', targetMinutes: 240, startedAt: '2026-11-09T09:00:00.000Z', dueAt: '2026-11-09T15:00:00.000Z', elapsedMinutes: 120, pausedMinutes: 120 });
    // the response clock had stopped MET at acceptance: left alone
    expect(sla.find((c: any) => c.kind === 'RESPONSE')).toMatchObject({ state: 'MET', targetMinutes: 120, stoppedAt: '2026-11-09T09:00:00.000Z' });
  });

  it('starts later clocks on the new terms: reopened after a change, the resolution clock takes the new target', async () => {
    const w = await requestWorld(t, POLICY);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P3' }); // P3 has no resolution target
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    expect((await clocksOf(t, r.id, w.engA.token)).sla.map((c: any) => c.kind)).toEqual(['RESPONSE']);
    clock.set(at('2026-11-09T10:00:00Z'));
    ok(await change(t, r.id, 'P2', w.engB.token));
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'fixed' }, w.engB.token));
    ok(await act(t, 'reopenRequest', { id: r.id, reason: 'back again' }, w.engA.token));
    const resolution = (await clocksOf(t, r.id, w.engA.token)).sla.find((c: any) => c.kind === 'RESOLUTION');
    expect(resolution).toMatchObject({ targetMinutes: 480, startedAt: '2026-11-09T10:00:00.000Z', state: 'ON_TRACK' });
  });

  it('is refused for the same priority, for a closed request, and to a third member', async () => {
    const w = await requestWorld(t, POLICY);
    const r = await w.submit({ priority: 'P3' });
    const same = onlyError(await change(t, r.id, 'P3', w.engA.token));
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'priority' })] });
    expect(onlyError(await change(t, r.id, 'P1', w.engC.token)).extensions.code).toBe('NOT_FOUND');
    const blank = onlyError(await change(t, r.id, 'P1', w.engA.token, '  '));
    expect(blank.extensions.code).toBe('BAD_USER_INPUT');
    ok(await act(t, 'rejectRequest', { id: r.id, reason: 'not ours' }, w.engB.token));
    expect(onlyError(await change(t, r.id, 'P1', w.engA.token)).extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'REJECTED' });
    expect((await clocksOf(t, r.id, w.engA.token)).priority).toBe('P3');
  });

  it('is pushed to both sides: REQUEST_PRIORITY_CHANGED arrives on requestEvents', async () => {
    const w = await requestWorld(t, POLICY);
    const r = await w.submit({ priority: 'P3' });
    // from the start of the log: whenever the socket is up, the change is in what it gets
    const vars = { requestId: r.id, after: Buffer.from('e:0').toString('base64url') };
    const subs = [subscribe(t.wsUrl, w.engA.token, REQUEST_EVENTS(), vars), subscribe(t.wsUrl, w.engB.token, REQUEST_EVENTS(), vars)];
    try {
      ok(await change(t, r.id, 'P2', w.engB.token));
      for (const s of subs) {
        const events = await s.waitFor((es) => es.some((e) => e.type === 'REQUEST_PRIORITY_CHANGED'));
        expect(events.find((e) => e.type === 'REQUEST_PRIORITY_CHANGED').request.id).toBe(r.id);
      }
    } finally {
      await Promise.all(subs.map((s) => s.dispose()));
    }
  });
});

(onPostgres ? describe : describe.skip)('changePriority with two server instances on one PostgreSQL', () => {
  it('fires the moved timers once, however both instances run them', async () => {
    const db = await createTestDatabase();
    const shared: TestDatabase = { url: db.url, drop: async () => undefined };
    const shared2 = new ManualClock(at('2026-11-09T09:00:00Z'));
    const one = await startTestServer({ db: shared, clock: shared2 });
    const two = await startTestServer({ db: shared, clock: shared2 });
    try {
      const w = await requestWorld(one, POLICY);
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push((await w.submit({ priority: 'P3', requesterCaseNumber: `TWO-${i}` })).id);
      shared2.set(at('2026-11-09T10:00:00Z'));
      for (const [i, id] of ids.entries()) ok(await change(i % 2 ? one : two, id, 'P1', w.engB.token));
      for (const instant of ['2026-11-09T10:30:00Z', '2026-11-09T11:00:00.001Z', '2026-11-10T09:00:01Z']) {
        await Promise.all([one, two, one, two].map((s) => processDueTimers(s.services, at(instant))));
      }
      for (const id of ids) expect((await slaEventsOf(two, id, w.engA.token)).map((e) => e.type)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
    } finally {
      await one.close();
      await two.close();
      await db.drop();
    }
  });
});
