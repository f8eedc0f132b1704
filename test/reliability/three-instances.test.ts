import { ManualClock } from '../../src/common/clock';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { act, seed } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { INBOUND, REQUEST_EVENTS, subscribe, type Subscriber } from '../support/subscriber';

/**
 * Three instances on one PostgreSQL, each with its own port, event feed and SLA worker,
 * sharing one injected clock. Clients are spread across them: requests are submitted,
 * answered and noted through different instances than the ones their subscribers hold.
 * Every subscriber must get exactly the events its member may see, each once and in log
 * order; every SLA timer must fire once although three workers race for it.
 */

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const FROM_START = Buffer.from('e:0').toString('base64url');
const REQUESTS = 30;
const MINUTE = 60_000;

jest.setTimeout(120_000);

interface LogRow {
  id: string;
  type: string;
  request_id: string;
  from_member_id: string;
  to_member_id: string;
  only_member_id: string | null;
}

(onPostgres ? describe : describe.skip)('three server instances on one PostgreSQL', () => {
  let db: TestDatabase;
  const servers: TestServer[] = [];
  const subs: Subscriber[] = [];
  const clock = new ManualClock(new Date('2026-11-24T10:00:00Z'));
  beforeAll(async () => {
    db = await createTestDatabase();
    const shared = { url: db.url, drop: async () => undefined };
    for (let i = 0; i < 3; i++) servers.push(await startTestServer({ db: shared, clock, slaTimerIntervalMs: 25 }));
  });
  afterAll(async () => {
    await Promise.all(subs.map((s) => s.dispose()));
    for (const s of servers) await s.close();
    await db.drop();
  });

  it('delivers every event to every subscriber meant for it exactly once, and fires every SLA timer once', async () => {
    const on = (i: number) => servers[i % 3];
    const s = seed(servers[0]);
    const group = await s.group({
      calendar: { timeZone: 'UTC', alwaysOpen: true },
      slaPolicy: { targets: ['P1', 'P2', 'P3', 'P4'].map((priority) => ({ priority, responseMinutes: 60 })) },
    });
    const members = [await s.member(), await s.member(), await s.member()];
    for (const m of members) await s.join(m, group.id);
    const world = [];
    for (const m of members) {
      const form = await s.form(m);
      world.push({ member: m, department: await s.department(m, group.id, form.id), engineer: await m.user('ENGINEER') });
    }

    // each member listens on every instance: inbound on one, all of its requests' events on another
    const inbound = world.map((w) => [0, 1, 2].map((i) => subscribe(on(i).wsUrl, w.engineer.token, INBOUND(), { after: FROM_START })));
    const events = world.map((w, m) => [0, 1, 2].map((i) => subscribe(on(i + m + 1).wsUrl, w.engineer.token, REQUEST_EVENTS(), { after: FROM_START })));
    subs.push(...inbound.flat(), ...events.flat());

    // 30 requests around the ring (A→B, B→C, C→A), submitted at once through all three instances
    const submit = (k: number, summary = `Case ${k}`) =>
      act(on(k), 'submitRequest', {
        departmentId: world[(k + 1) % 3].department.id,
        priority: 'P2',
        summary,
        data: { product: 'Array X' },
        customer: { name: 'Globex', contactEmail: 'ops@globex.example' },
        requesterCaseNumber: `R-${k}`,
      }, world[k % 3].engineer.token).then((res) => ({ k, id: ok(res).submitRequest.request.id as string }));
    const requests = await Promise.all(Array.from({ length: REQUESTS }, (_, k) => submit(k)));

    // two in three are answered through the other two instances, with notes on both sides;
    // the rest stay unanswered, so their response clocks run out
    const answered = requests.filter(({ k }) => k % 3 !== 2);
    const unanswered = requests.filter(({ k }) => k % 3 === 2);
    await Promise.all(
      answered.map(async ({ k, id }) => {
        const receiver = world[(k + 1) % 3].engineer.token;
        const requester = world[k % 3].engineer.token;
        ok(await act(on(k + 1), 'acceptRequest', { id, receiverCaseNumber: `B-${k}` }, receiver));
        ok(await act(on(k + 2), 'addNote', { requestId: id, body: 'Looking at the logs now.' }, receiver));
        ok(await act(on(k + 2), 'addNote', { requestId: id, body: 'Internal: known defect 4711.', internal: true }, receiver));
        ok(await act(on(k), 'addNote', { requestId: id, body: 'Internal: customer is nervous.', internal: true }, requester));
      }),
    );

    // an hour later: three SLA workers race for the at-risk and breach timers
    clock.advance(61 * MINUTE);
    const partyTo = (m: number, r: { k: number }) => r.k % 3 === m || (r.k + 1) % 3 === m;
    await Promise.all(
      world.map((_, m) => {
        const expected = 2 * unanswered.filter((r) => partyTo(m, r)).length;
        return events[m][0].waitFor((got) => got.filter((e) => e.type === 'SLA_AT_RISK' || e.type === 'SLA_BREACHED').length >= expected);
      }),
    );

    // a marker to every member, last in the log: once a stream has its markers it has all before them
    const markers = [];
    for (let k = 0; k < 3; k++) markers.push(await submit(k, `Marker ${k}`));
    const markerIds = new Set(markers.map((r) => r.id));
    const seen = (got: any[], mine: (r: { k: number }) => boolean) =>
      markers.filter(mine).every((r) => got.some((e) => e.request.id === r.id && e.type === 'REQUEST_SUBMITTED'));
    await Promise.all([
      ...inbound.flatMap((subsOf, m) => subsOf.map((sub) => sub.waitFor((got) => seen(got, (r) => (r.k + 1) % 3 === m)))),
      ...events.flatMap((subsOf, m) => subsOf.map((sub) => sub.waitFor((got) => seen(got, (r) => partyTo(m, r))))),
    ]);

    // what each member may see, from the log itself
    const log: LogRow[] = await servers[0].dataSource.query(
      `SELECT id, type, request_id, from_member_id, to_member_id, only_member_id FROM request_event ORDER BY seq`,
    );
    for (let m = 0; m < 3; m++) {
      const id = world[m].member.id;
      const inboundExpected = log.filter((e) => e.type === 'REQUEST_SUBMITTED' && e.to_member_id === id).map((e) => e.id);
      const eventsExpected = log.filter((e) => (e.from_member_id === id || e.to_member_id === id) && (e.only_member_id === null || e.only_member_id === id)).map((e) => e.id);
      expect(inboundExpected).toHaveLength(REQUESTS / 3 + 1);
      for (const sub of inbound[m]) expect(sub.events.map((e) => e.id)).toEqual(inboundExpected);
      for (const sub of events[m]) expect(sub.events.map((e) => e.id)).toEqual(eventsExpected);
      // internal notes: its own (one per answered request it is party to), none of the other side's
      const internal = events[m][0].events.filter((e) => e.type === 'NOTE_ADDED' && e.detail.internal === true);
      expect(internal).toHaveLength(answered.filter((r) => partyTo(m, r)).length);
    }
    for (const sub of subs) expect(sub.errors).toEqual([]);

    // every SLA timer fired exactly once: one at-risk and one breach per unanswered request, none for the rest
    const sla = log.filter((e) => e.type === 'SLA_AT_RISK' || e.type === 'SLA_BREACHED').filter((e) => !markerIds.has(e.request_id));
    const perRequest = new Map<string, string[]>();
    for (const e of sla) perRequest.set(e.request_id, [...(perRequest.get(e.request_id) ?? []), e.type]);
    expect(new Set(perRequest.keys())).toEqual(new Set(unanswered.map((r) => r.id)));
    for (const types of perRequest.values()) expect(types.sort()).toEqual(['SLA_AT_RISK', 'SLA_BREACHED']);
  });
});
