import { IsNull } from 'typeorm';
import { ManualClock } from '../../src/common/clock';
import { RequestEvent } from '../../src/modules/events/request-event.entity';
import { SlaTimer } from '../../src/modules/sla/sla-timer.entity';
import { processDueTimers, startTimerWorker } from '../../src/modules/timers/timer-worker';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { requestWorld } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';
import { policyWith, sum } from '../support/sla';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const at = (iso: string) => new Date(iso);

/** A database for several servers in turn (or at once): `drop` only at the very end. */
async function sharedDatabase(): Promise<{ shared: TestDatabase; drop(): Promise<void> }> {
  const db = await createTestDatabase();
  return { shared: { url: db.url, drop: async () => undefined }, drop: () => db.drop() };
}

/** The SLA events of the log, oldest first, as [request id, type, clock kind]. */
async function slaLog(t: TestServer): Promise<Array<[string, string]>> {
  const rows = await t.dataSource.manager
    .createQueryBuilder(RequestEvent, 'e')
    .where(`e.type IN ('SLA_AT_RISK', 'SLA_BREACHED')`)
    .orderBy('e.seq', 'ASC')
    .getMany();
  return rows.map((e) => [e.requestId, e.type]);
}

describe('processDueTimers', () => {
  let t: TestServer;
  const clock = new ManualClock(at('2026-11-09T09:00:00Z'));
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());
  // every test starts with no pending timer, so the counts it sees are its own
  beforeEach(() => processDueTimers(t.services, at('2100-01-01T00:00:00Z')));

  it('answers how many timers fired, each once, with five passes at once and again afterwards', async () => {
    const w = await requestWorld(t, policyWith(120));
    clock.set(at('2026-11-09T09:00:00Z'));
    const requests = [await w.submit(), await w.submit(), await w.submit()];
    const atRisk = at('2026-11-09T10:30:00Z'); // 90 of 120 minutes
    const breach = at('2026-11-09T11:00:00.001Z');
    const firstWave = await Promise.all(Array.from({ length: 5 }, () => processDueTimers(t.services, atRisk)));
    expect(sum(firstWave)).toBe(3);
    expect(await processDueTimers(t.services, atRisk)).toBe(0);
    const secondWave = await Promise.all(Array.from({ length: 5 }, () => processDueTimers(t.services, breach)));
    expect(sum(secondWave)).toBe(3);
    expect(await processDueTimers(t.services, at('2026-12-01T00:00:00Z'))).toBe(0);
    const log = await slaLog(t);
    for (const r of requests) {
      expect(log.filter(([id]) => id === r.id).map(([, type]) => type)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
    }
    expect(await t.dataSource.manager.countBy(SlaTimer, { firedAt: IsNull() })).toBe(0);
  });

  it('marks the timers of a stopped clock handled without an event', async () => {
    const w = await requestWorld(t, policyWith(120));
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit();
    clock.set(at('2026-11-09T09:05:00Z'));
    await t.gql(`mutation($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { id } } }`, { input: { id: r.id, receiverCaseNumber: 'B' } }, w.engB.token);
    expect(await processDueTimers(t.services, at('2026-11-20T00:00:00Z'))).toBe(0);
    const timers = await t.dataSource.manager
      .createQueryBuilder(SlaTimer, 'x')
      .innerJoin('sla_clock', 'c', 'c.id = x.clock_id')
      .where('c.request_id = :id', { id: r.id })
      .orderBy('x.fire_at')
      .getMany();
    expect(timers.map((x) => [x.kind, x.outcome, x.firedAt?.toISOString()])).toEqual([
      ['AT_RISK', 'SKIPPED', '2026-11-20T00:00:00.000Z'],
      ['BREACH', 'SKIPPED', '2026-11-20T00:00:00.000Z'],
    ]);
    expect((await slaLog(t)).filter(([id]) => id === r.id)).toEqual([]);
  });

  it('writes one breach, and the response succeeds, when a late response and the timer passes meet', async () => {
    const w = await requestWorld(t, policyWith(120));
    clock.set(at('2026-11-09T09:00:00Z'));
    const requests = [];
    for (let i = 0; i < 4; i++) requests.push(await w.submit());
    clock.set(at('2026-11-09T11:05:00Z'));
    const results = await Promise.all([
      ...requests.map((r) => t.gql(`mutation($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { id status } } }`, { input: { id: r.id, receiverCaseNumber: 'B' } }, w.engB.token)),
      processDueTimers(t.services),
      processDueTimers(t.services),
      processDueTimers(t.services),
    ]);
    for (const res of results.slice(0, 4)) expect((res as any).data.acceptRequest.request.status).toBe('ACCEPTED');
    await processDueTimers(t.services, at('2026-11-20T00:00:00Z'));
    const log = await slaLog(t);
    for (const r of requests) {
      expect(log.filter(([id, type]) => id === r.id && type === 'SLA_BREACHED')).toHaveLength(1);
      expect(log.filter(([id, type]) => id === r.id && type === 'SLA_AT_RISK').length).toBeLessThanOrEqual(1);
    }
  });

  it('handles at most `limit` timers per call, earliest first', async () => {
    const w = await requestWorld(t, policyWith(120));
    clock.set(at('2026-11-09T09:00:00Z'));
    const first = await w.submit();
    clock.set(at('2026-11-09T09:10:00Z'));
    const second = await w.submit();
    const late = at('2026-11-10T12:00:00Z');
    expect(await processDueTimers(t.services, late, 1)).toBe(1);
    expect((await slaLog(t)).slice(-1)).toEqual([[first.id, 'SLA_AT_RISK']]);
    expect(await processDueTimers(t.services, late, 2)).toBe(2);
    expect(await processDueTimers(t.services, late)).toBe(1);
    expect((await slaLog(t)).slice(-4)).toEqual([
      [first.id, 'SLA_AT_RISK'],
      [second.id, 'SLA_AT_RISK'],
      [first.id, 'SLA_BREACHED'],
      [second.id, 'SLA_BREACHED'],
    ]);
  });
});

describe('startTimerWorker', () => {
  it('fires what is due at once on start, then on its interval, and stops cleanly', async () => {
    const clock = new ManualClock(at('2026-11-09T09:00:00Z'));
    const t = await startTestServer({ clock });
    try {
      const w = await requestWorld(t, policyWith(120));
      const r = await w.submit();
      clock.set(at('2026-11-09T10:30:00Z'));
      const worker = startTimerWorker(t.services, { intervalMs: 20 });
      const waitFor = async (type: string) => {
        for (let i = 0; i < 100 && !(await slaLog(t)).some(([id, ty]) => id === r.id && ty === type); i++) await new Promise((res) => setTimeout(res, 10));
      };
      await waitFor('SLA_AT_RISK');
      clock.set(at('2026-11-09T11:30:00Z'));
      await waitFor('SLA_BREACHED');
      await worker.stop();
      expect((await slaLog(t)).filter(([id]) => id === r.id).map(([, type]) => type)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
    } finally {
      await t.close();
    }
  });
});

describe('across a restart', () => {
  it('fires the timers that came due while no server ran at the next start, in due order', async () => {
    const { shared, drop } = await sharedDatabase();
    const clock = new ManualClock(at('2026-11-09T09:00:00Z')); // Monday, GMT
    const one = await startTestServer({ db: shared, clock });
    const w = await requestWorld(one, policyWith(120));
    const r1 = await w.submit(); // P2 120: at risk 10:30, due 11:00
    clock.set(at('2026-11-09T09:10:00Z'));
    const r3 = await w.submit({ priority: 'P3' }); // 480: at risk 15:10, due Tuesday 09:10
    clock.set(at('2026-11-09T09:30:00Z'));
    const r2 = await w.submit(); // at risk 11:00, due 11:30
    await one.close();

    clock.set(at('2026-11-10T12:00:00Z'));
    // the worker's first pass, at start-up, fires what came due while no server ran
    const two = await startTestServer({ db: shared, clock, slaTimerIntervalMs: 60_000 });
    try {
      const ours = async () => (await slaLog(two)).filter(([id]) => [r1.id, r2.id, r3.id].includes(id));
      for (let i = 0; i < 200 && (await ours()).length < 6; i++) await new Promise((res) => setTimeout(res, 25));
      const log = await ours();
      expect(log).toEqual([
        [r1.id, 'SLA_AT_RISK'], // 10:30
        [r2.id, 'SLA_AT_RISK'], // 11:00:00.000
        [r1.id, 'SLA_BREACHED'], // 11:00:00.001
        [r2.id, 'SLA_BREACHED'], // 11:30:00.001
        [r3.id, 'SLA_AT_RISK'], // 15:10
        [r3.id, 'SLA_BREACHED'], // Tuesday 09:10:00.001
      ]);
    } finally {
      await two.close();
      await drop();
    }
  });
});

// Several instances share one database only on PostgreSQL; the embedded database is one
// process by design (and pglite-socket cannot carry two servers' traffic at once).
(onPostgres ? describe : describe.skip)('two server instances on one PostgreSQL', () => {
  it('fire each timer exactly once when both run their timers at the same moment', async () => {
    const { shared, drop } = await sharedDatabase();
    const clock = new ManualClock(at('2026-11-09T09:00:00Z'));
    const one = await startTestServer({ db: shared, clock });
    const two = await startTestServer({ db: shared, clock });
    try {
      const w = await requestWorld(one, policyWith(120));
      const ids: string[] = [];
      for (let i = 0; i < 8; i++) ids.push((await w.submit({ requesterCaseNumber: `X-${i}` })).id);
      for (const instant of ['2026-11-09T10:30:00Z', '2026-11-09T11:00:00.001Z']) {
        const passes = await Promise.all([one, two, one, two, one, two].map((s) => processDueTimers(s.services, at(instant))));
        expect(sum(passes)).toBe(8);
      }
      const log = await slaLog(two);
      for (const id of ids) expect(log.filter(([r]) => r === id).map(([, type]) => type)).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
      expect(log).toHaveLength(16);
    } finally {
      await one.close();
      await two.close();
      await drop();
    }
  });
});
