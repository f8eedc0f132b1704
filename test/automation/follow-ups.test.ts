import { ManualClock } from '../../src/common/clock';
import { AutomationTimer } from '../../src/modules/automation/automation-timer.entity';
import { RequestEvent } from '../../src/modules/events/request-event.entity';
import { processDueTimers } from '../../src/modules/timers/timer-worker';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { act, requestWorld, WEEKDAYS_8_TO_16 } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';
import { sum, timelineOf } from '../support/sla';
import { EVENT_SELECTION, subscribe } from '../support/subscriber';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const at = (iso: string) => new Date(iso);
/** London, Mon–Fri 08:00–16:00, closed on Christmas Day and New Year's Day. */
const HOLIDAY_GROUP = { calendar: { timeZone: 'Europe/London', workingHours: WEEKDAYS_8_TO_16, holidays: ['2026-12-25', '2027-01-01'] } };
/** Asked Wednesday 23 December 15:00 (GMT). */
const ASKED = '2026-12-23T15:00:00Z';
/** 2 working days (Christmas and the weekend skipped), 5, and 10 (New Year's Day skipped). */
const FIRST = '2026-12-28T15:00:00Z';
const SECOND = '2026-12-31T15:00:00Z';
const CLOSE = '2027-01-08T15:00:00Z';
const before = (iso: string) => new Date(at(iso).getTime() - 1);

/** The automation's events of a request (follow-ups and closes), as `token` sees them. */
async function automationOf(t: TestServer, id: string, token: string) {
  return (await timelineOf(t, id, token)).filter((e) => e.type === 'FOLLOW_UP_SENT' || e.type === 'REQUEST_CLOSED');
}

/** A request waiting on the requester since ASKED. */
async function waitingRequest(t: TestServer, clock: ManualClock, overrides: Record<string, unknown> = {}, submit: Record<string, unknown> = {}) {
  const w = await requestWorld(t, { ...HOLIDAY_GROUP, ...overrides });
  clock.set(at('2026-12-23T09:00:00Z'));
  const r = await w.submit(submit);
  ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-7' }, w.engB.token));
  clock.set(at(ASKED));
  ok(await act(t, 'requestInformation', { id: r.id, question: 'Please send the array logs' }, w.engB.token));
  return { w, r };
}

describe('auto follow-up', () => {
  let t: TestServer;
  const clock = new ManualClock(at(ASKED));
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());
  beforeEach(() => processDueTimers(t.services, at('2100-01-01T00:00:00Z')));

  it('follows up after 2 and 5 working days and closes after 10, across a weekend and holidays', async () => {
    const { w, r } = await waitingRequest(t, clock);
    const steps: Array<[string, string[]]> = [
      [FIRST, ['FOLLOW_UP_SENT']],
      [SECOND, ['FOLLOW_UP_SENT', 'FOLLOW_UP_SENT']],
      [CLOSE, ['FOLLOW_UP_SENT', 'FOLLOW_UP_SENT', 'REQUEST_CLOSED']],
    ];
    let seen: string[] = [];
    for (const [instant, expected] of steps) {
      await processDueTimers(t.services, before(instant));
      expect((await automationOf(t, r.id, w.engA.token)).map((e) => e.type)).toEqual(seen);
      await Promise.all([1, 2, 3].map(() => processDueTimers(t.services, at(instant))));
      seen = expected;
      expect((await automationOf(t, r.id, w.engA.token)).map((e) => e.type)).toEqual(seen);
    }
    const events = await automationOf(t, r.id, w.engB.token); // the receiver sees the same
    expect(events.map((e) => [e.type, e.actor, e.detail])).toEqual([
      ['FOLLOW_UP_SENT', null, { step: 1, workingDays: 2, closesAt: '2027-01-08T15:00:00.000Z' }],
      ['FOLLOW_UP_SENT', null, { step: 2, workingDays: 5, closesAt: '2027-01-08T15:00:00.000Z' }],
      ['REQUEST_CLOSED', null, { resolution: 'no response from requester', auto: true, by: 'AUTOMATION', workingDays: 10, from: 'INFORMATION_REQUESTED', to: 'CLOSED' }],
    ]);
    clock.set(at(CLOSE));
    const closed = ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { status closedAt } }`, { id: r.id }, w.engA.token)).collaborationRequest;
    expect(closed).toEqual({ status: 'CLOSED', closedAt: '2027-01-08T15:00:00.000Z' });
  });

  it("pushes the follow-up to the requester's stream of the request, like any event", async () => {
    const { w, r } = await waitingRequest(t, clock);
    const fromStart = Buffer.from('e:0').toString('base64url'); // the log first, then live: no race with the subscription's start
    const sub = subscribe(t.wsUrl, w.engA.token, `subscription($id: ID, $after: String) { requestEvents(requestId: $id, after: $after) { ${EVENT_SELECTION} } }`, { id: r.id, after: fromStart });
    try {
      await sub.waitFor((events) => events.some((e) => e.type === 'INFORMATION_REQUESTED'));
      await processDueTimers(t.services, at(FIRST));
      const events = await sub.waitFor((list) => list.some((e) => e.type === 'FOLLOW_UP_SENT'));
      expect(events.find((e) => e.type === 'FOLLOW_UP_SENT')).toMatchObject({ type: 'FOLLOW_UP_SENT', detail: { step: 1 }, request: { id: r.id, status: 'INFORMATION_REQUESTED' } });
    } finally {
      await sub.dispose();
    }
  });

  it('sends nothing once the requester has answered', async () => {
    const { w, r } = await waitingRequest(t, clock);
    clock.set(at('2026-12-24T10:00:00Z'));
    ok(await act(t, 'provideInformation', { id: r.id, answer: 'Logs attached' }, w.engA.token));
    await processDueTimers(t.services, at('2027-02-01T00:00:00Z'));
    expect(await automationOf(t, r.id, w.engA.token)).toEqual([]);
    expect(ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { status } }`, { id: r.id }, w.engA.token)).collaborationRequest.status).toBe('ACCEPTED');
  });

  it('restarts the schedule when the receiver asks again, and when the requester writes while asked', async () => {
    const { w, r } = await waitingRequest(t, clock);
    clock.set(at('2026-12-28T10:00:00Z')); // before the first follow-up
    ok(await act(t, 'provideInformation', { id: r.id, answer: 'Which logs?' }, w.engA.token));
    clock.set(at('2026-12-29T11:00:00Z')); // Tuesday
    ok(await act(t, 'requestInformation', { id: r.id, question: 'The controller logs' }, w.engB.token));
    await processDueTimers(t.services, at('2026-12-31T10:59:59.999Z'));
    expect(await automationOf(t, r.id, w.engA.token)).toEqual([]); // nothing of the first wait
    await processDueTimers(t.services, at('2026-12-31T11:00:00Z')); // Thursday: 2 working days after the second ask
    expect((await automationOf(t, r.id, w.engA.token)).map((e) => e.type)).toEqual(['FOLLOW_UP_SENT']);

    clock.set(at('2027-01-04T09:00:00Z')); // Monday: the requester writes, without answering yet
    ok(await act(t, 'addNote', { requestId: r.id, body: 'Collecting them today' }, w.engA.token));
    await processDueTimers(t.services, before('2027-01-06T09:00:00Z'));
    expect((await automationOf(t, r.id, w.engA.token)).map((e) => e.type)).toEqual(['FOLLOW_UP_SENT']);
    await processDueTimers(t.services, at('2027-01-06T09:00:00Z')); // 2 working days after the note: Wednesday 09:00
    await processDueTimers(t.services, at('2027-01-06T11:00:00Z')); // the second ask's 5-day follow-up would have been here
    expect((await automationOf(t, r.id, w.engA.token)).map((e) => e.detail.step ?? e.type)).toEqual([1, 1]);
    // an internal note of the requester's does not restart anything
    clock.set(at('2027-01-08T15:00:00Z'));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'chase the customer', internal: true }, w.engA.token));
    await processDueTimers(t.services, at('2027-01-11T09:00:00Z')); // 5 working days after the requester's note
    await processDueTimers(t.services, before('2027-01-18T09:00:00Z'));
    expect((await automationOf(t, r.id, w.engA.token)).map((e) => e.detail.step ?? e.type)).toEqual([1, 1, 2]);
    await processDueTimers(t.services, at('2027-01-18T09:00:00Z')); // 10 working days after it
    expect((await automationOf(t, r.id, w.engA.token)).map((e) => e.detail.step ?? e.type)).toEqual([1, 1, 2, 'REQUEST_CLOSED']);
  });

  it('can be reopened within 30 days of the automatic close', async () => {
    const { w, r } = await waitingRequest(t, clock);
    await processDueTimers(t.services, at(CLOSE));
    clock.set(at('2027-02-07T15:00:00Z')); // 30 days after
    const reopened = ok(await act(t, 'reopenRequest', { id: r.id, reason: 'Here are the logs at last' }, w.engA.token)).reopenRequest.request;
    expect(reopened.status).toBe('ACCEPTED');
  });

  it('is off in a group that turned it off, for P1 (system down) and in the critical-escalation group', async () => {
    const off = await waitingRequest(t, clock, { autoFollowUp: false });
    const group = ok(await t.gql(`query($id: ID!) { partnerGroup(id: $id) { autoFollowUp } }`, { id: off.w.group.id }, off.w.engA.token)).partnerGroup;
    expect(group.autoFollowUp).toBe(false);
    const p1 = await waitingRequest(t, clock, {}, { priority: 'P1' });
    await processDueTimers(t.services, at('2027-03-01T00:00:00Z'));
    for (const { w, r } of [off, p1]) expect(await automationOf(t, r.id, w.engA.token)).toEqual([]);
    expect(await t.dataSource.manager.countBy(AutomationTimer, { requestId: off.r.id })).toBe(0);

    const err = onlyError(
      await t.gql(
        `mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id } } }`,
        { input: { name: `Critical ${process.pid}`, kind: 'CRITICAL_ESCALATION', autoFollowUp: true } },
        t.operatorToken,
      ),
    );
    expect(err.extensions.fields).toEqual([{ path: 'autoFollowUp', message: expect.stringContaining('always false') }]);
    const critical = ok(
      await t.gql(`mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { autoFollowUp } } }`, { input: { name: `Critical ${process.pid}`, kind: 'CRITICAL_ESCALATION' } }, t.operatorToken),
    ).createPartnerGroup.group;
    expect(critical.autoFollowUp).toBe(false);
  });

  it('is on by default and can be turned off and on again by the operator', async () => {
    const w = await requestWorld(t);
    const set = async (autoFollowUp: boolean) =>
      ok(await t.gql(`mutation($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { group { autoFollowUp } } }`, { input: { id: w.group.id, autoFollowUp } }, t.operatorToken))
        .updatePartnerGroup.group.autoFollowUp;
    expect(ok(await t.gql(`query($id: ID!) { partnerGroup(id: $id) { autoFollowUp } }`, { id: w.group.id }, t.operatorToken)).partnerGroup.autoFollowUp).toBe(true);
    expect(await set(false)).toBe(false);
    expect(await set(true)).toBe(true);
  });
});

/** A database for several servers in turn (or at once): `drop` only at the very end. */
async function sharedDatabase(): Promise<{ shared: TestDatabase; drop(): Promise<void> }> {
  const db = await createTestDatabase();
  return { shared: { url: db.url, drop: async () => undefined }, drop: () => db.drop() };
}

describe('follow-up timers are durable', () => {
  it('fire at the next start, in due order, after the server was down through all of them', async () => {
    const { shared, drop } = await sharedDatabase();
    const clock = new ManualClock(at(ASKED));
    const one = await startTestServer({ db: shared, clock });
    const { r } = await waitingRequest(one, clock);
    await one.close();

    clock.set(at('2027-01-20T12:00:00Z'));
    const two = await startTestServer({ db: shared, clock, slaTimerIntervalMs: 60_000 }); // its start-up pass
    try {
      const log = async () => (await two.dataSource.manager.find(RequestEvent, { where: { requestId: r.id }, order: { seq: 'ASC' } })).map((e) => e.type);
      for (let i = 0; i < 200 && !(await log()).includes('REQUEST_CLOSED'); i++) await new Promise((res) => setTimeout(res, 25));
      expect((await log()).slice(-3)).toEqual(['FOLLOW_UP_SENT', 'FOLLOW_UP_SENT', 'REQUEST_CLOSED']);
    } finally {
      await two.close();
      await drop();
    }
  });
});

(onPostgres ? describe : describe.skip)('two server instances on one PostgreSQL', () => {
  it('send each follow-up and close each request exactly once when both run their timers at once', async () => {
    const { shared, drop } = await sharedDatabase();
    const clock = new ManualClock(at(ASKED));
    const one = await startTestServer({ db: shared, clock });
    const two = await startTestServer({ db: shared, clock });
    try {
      const w = await requestWorld(one, HOLIDAY_GROUP);
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        clock.set(at('2026-12-23T09:00:00Z'));
        const id = (await w.submit({ requesterCaseNumber: `X-${i}` })).id;
        clock.set(at(ASKED));
        ok(await act(one, 'requestInformation', { id, question: 'Logs?' }, w.engB.token));
        ids.push(id);
      }
      const fired = [];
      for (const instant of [FIRST, SECOND, CLOSE]) {
        const passes = await Promise.all([one, two, one, two, one, two].map((s) => processDueTimers(s.services, at(instant))));
        fired.push(sum(passes));
      }
      expect(fired.slice(0, 2)).toEqual([6, 6]);
      for (const id of ids) {
        const types = (await two.dataSource.manager.find(RequestEvent, { where: { requestId: id }, order: { seq: 'ASC' } })).map((e) => e.type).filter((x) => x === 'FOLLOW_UP_SENT' || x === 'REQUEST_CLOSED');
        expect(types).toEqual(['FOLLOW_UP_SENT', 'FOLLOW_UP_SENT', 'REQUEST_CLOSED']);
      }
    } finally {
      await one.close();
      await two.close();
      await drop();
    }
  });
});
