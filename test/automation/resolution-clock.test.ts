import { ManualClock } from '../../src/common/clock';
import { processDueTimers } from '../../src/modules/timers/timer-worker';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';
import { slaEventsOf } from '../support/sla';

let t: TestServer;
const clock = new ManualClock(new Date('2026-11-09T09:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());
beforeEach(() => processDueTimers(t.services, at('2100-01-01T00:00:00Z')));

const at = (iso: string) => new Date(iso);
const CLOCK = `kind cycle state targetMinutes startedAt atRiskAt dueAt stoppedAt elapsedMinutes pausedAt pausedMinutes`;

/** P2: 120 response minutes and a 480-minute (one working day) resolution target; London, Mon–Fri 08:00–16:00. */
const RESOLUTION_POLICY = {
  slaPolicy: {
    targets: [
      { priority: 'P1', responseMinutes: 30 },
      { priority: 'P2', responseMinutes: 120, resolutionMinutes: 480 },
      { priority: 'P3', responseMinutes: 480 },
      { priority: 'P4', responseMinutes: 960 },
    ],
  },
};

async function resolutionOf(id: string, token: string) {
  const r = ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { status sla { ${CLOCK} } } }`, { id }, token)).collaborationRequest;
  return r.sla.find((c: any) => c.kind === 'RESOLUTION');
}

/** A P2 request submitted Monday 9 November 08:30 and accepted at 09:00 (GMT): resolution due Tuesday 09:00. */
async function acceptedRequest() {
  const w = await requestWorld(t, RESOLUTION_POLICY);
  clock.set(at('2026-11-09T08:30:00Z'));
  const r = await w.submit();
  clock.set(at('2026-11-09T09:00:00Z'));
  ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
  return { w, r };
}

describe('the resolution clock', () => {
  it("runs from acceptance with the group's resolution target for the priority", async () => {
    const { w, r } = await acceptedRequest();
    expect(await resolutionOf(r.id, w.engA.token)).toEqual({
      kind: 'RESOLUTION',
      cycle: 1,
      state: 'ON_TRACK',
      targetMinutes: 480,
      startedAt: '2026-11-09T09:00:00.000Z',
      atRiskAt: '2026-11-09T15:00:00.000Z', // 75% = 360 working minutes
      dueAt: '2026-11-10T09:00:00.000Z', // 420 on Monday, 60 on Tuesday
      stoppedAt: null,
      elapsedMinutes: 0,
      pausedAt: null,
      pausedMinutes: 0,
    });
  });

  it('is absent for a priority without a resolution target', async () => {
    const w = await requestWorld(t, RESOLUTION_POLICY);
    clock.set(at('2026-11-09T09:00:00Z'));
    const r = await w.submit({ priority: 'P3' });
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-1' }, w.engB.token));
    expect(await resolutionOf(r.id, w.engA.token)).toBeUndefined();
  });

  it('pauses while waiting on the requester and moves dueAt by exactly the paused working minutes', async () => {
    const { w, r } = await acceptedRequest();
    clock.set(at('2026-11-09T10:00:00Z'));
    ok(await act(t, 'requestInformation', { id: r.id, question: 'Which firmware?' }, w.engB.token));

    // Tuesday noon: past the old due time, but paused since Monday 10:00 after 60 working minutes
    clock.set(at('2026-11-10T12:00:00Z'));
    expect(await processDueTimers(t.services)).toBe(0);
    expect(await resolutionOf(r.id, w.engA.token)).toMatchObject({
      state: 'ON_TRACK',
      pausedAt: '2026-11-09T10:00:00.000Z',
      pausedMinutes: 600, // Monday 10–16 and Tuesday 08–12
      elapsedMinutes: 60,
      dueAt: '2026-11-10T09:00:00.000Z', // moves when the pause ends
    });

    // answered Wednesday 10:00: paused 360 + 480 + 120 = 960 working minutes
    clock.set(at('2026-11-11T10:00:00Z'));
    ok(await act(t, 'provideInformation', { id: r.id, answer: '7.1.2' }, w.engA.token));
    const resumed = await resolutionOf(r.id, w.engB.token);
    expect(resumed).toMatchObject({
      state: 'ON_TRACK',
      pausedAt: null,
      pausedMinutes: 960,
      elapsedMinutes: 60,
      atRiskAt: '2026-11-11T15:00:00.000Z', // Monday 15:00 + 960 working minutes
      dueAt: '2026-11-12T09:00:00.000Z', // Tuesday 09:00 + 960 working minutes
    });
    // 60 before the pause + Wednesday 10–16 (360) + Thursday 08–09 (60) = the 480-minute target
    expect(await resolutionOf(r.id, w.engA.token)).toEqual(resumed);
  });

  it('announces at-risk and breach at the moved instants, each exactly once, never during the pause', async () => {
    const { w, r } = await acceptedRequest();
    clock.set(at('2026-11-09T10:00:00Z'));
    ok(await act(t, 'requestInformation', { id: r.id, question: 'Which firmware?' }, w.engB.token));
    await Promise.all([1, 2, 3].map(() => processDueTimers(t.services, at('2026-11-10T12:00:00Z')))); // the old instants pass while paused
    clock.set(at('2026-11-11T10:00:00Z'));
    ok(await act(t, 'provideInformation', { id: r.id, answer: '7.1.2' }, w.engA.token));
    const resolutionEvents = async () => (await slaEventsOf(t, r.id, w.engA.token)).filter((e) => e.detail.clock === 'RESOLUTION');
    expect(await resolutionEvents()).toEqual([]);

    await Promise.all([1, 2, 3].map(() => processDueTimers(t.services, at('2026-11-11T14:59:59.999Z'))));
    expect(await resolutionEvents()).toEqual([]);
    await Promise.all([1, 2, 3].map(() => processDueTimers(t.services, at('2026-11-11T15:00:00Z'))));
    expect((await resolutionEvents()).map((e) => e.type)).toEqual(['SLA_AT_RISK']);
    await Promise.all([1, 2, 3].map(() => processDueTimers(t.services, at('2026-11-12T09:00:00Z')))); // the due instant is in time
    expect((await resolutionEvents()).map((e) => e.type)).toEqual(['SLA_AT_RISK']);
    await Promise.all([1, 2, 3].map(() => processDueTimers(t.services, at('2026-11-12T09:00:00.001Z'))));
    await processDueTimers(t.services, at('2026-11-30T00:00:00Z'));
    const events = await resolutionEvents();
    expect(events.map((e) => [e.type, e.actor])).toEqual([
      ['SLA_AT_RISK', null],
      ['SLA_BREACHED', null],
    ]);
    expect(events[1].detail).toMatchObject({ clock: 'RESOLUTION', cycle: 1, targetMinutes: 480, dueAt: '2026-11-12T09:00:00.000Z' });
  });

  it('is MET when closed in time, counting working time without the pause', async () => {
    const { w, r } = await acceptedRequest();
    clock.set(at('2026-11-09T10:00:00Z'));
    ok(await act(t, 'requestInformation', { id: r.id, question: 'Logs?' }, w.engB.token));
    clock.set(at('2026-11-11T10:00:00Z'));
    ok(await act(t, 'provideInformation', { id: r.id, answer: 'Attached' }, w.engA.token));
    clock.set(at('2026-11-12T08:30:00Z')); // 30 minutes before the moved due time
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'Firmware 7.2' }, w.engB.token));
    expect(await resolutionOf(r.id, w.engA.token)).toMatchObject({ state: 'MET', stoppedAt: '2026-11-12T08:30:00.000Z', elapsedMinutes: 450, pausedMinutes: 960 });
    expect(await processDueTimers(t.services, at('2026-11-30T00:00:00Z'))).toBe(0);
  });

  it('is BREACHED when closed after the due time, with the breach announced once', async () => {
    const { w, r } = await acceptedRequest();
    clock.set(at('2026-11-10T10:00:00Z')); // an hour late, no timer has run
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'Done' }, w.engA.token));
    expect(await resolutionOf(r.id, w.engB.token)).toMatchObject({ state: 'BREACHED', elapsedMinutes: 540 });
    await processDueTimers(t.services, at('2026-11-30T00:00:00Z'));
    expect((await slaEventsOf(t, r.id, w.engA.token)).filter((e) => e.detail.clock === 'RESOLUTION').map((e) => e.type)).toEqual(['SLA_BREACHED']);
  });

  it('starts a new cycle when a closed request is reopened', async () => {
    const { w, r } = await acceptedRequest();
    clock.set(at('2026-11-09T11:00:00Z'));
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'Done' }, w.engB.token));
    clock.set(at('2026-11-10T08:00:00Z'));
    ok(await act(t, 'reopenRequest', { id: r.id, reason: 'Came back' }, w.engA.token));
    expect(await resolutionOf(r.id, w.engA.token)).toMatchObject({ cycle: 2, state: 'ON_TRACK', startedAt: '2026-11-10T08:00:00.000Z', dueAt: '2026-11-10T16:00:00.000Z' });
  });
});

describe('SlaTarget.resolutionMinutes', () => {
  it('is part of the group policy, and refused on the fixed critical-escalation policy', async () => {
    const w = await requestWorld(t, RESOLUTION_POLICY);
    const g = ok(await t.gql(`query($id: ID!) { partnerGroup(id: $id) { slaPolicy { targets { priority resolutionMinutes } } } }`, { id: w.group.id }, w.engA.token)).partnerGroup;
    expect(g.slaPolicy.targets.map((x: any) => x.resolutionMinutes)).toEqual([null, 480, null, null]);
    const err = onlyError(
      await t.gql(
        `mutation($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { group { id } } }`,
        { input: { id: (await critical()).id, slaPolicy: { targets: ['P1', 'P2', 'P3', 'P4'].map((priority) => ({ priority, responseMinutes: 120, resolutionMinutes: 600 })) } } },
        t.operatorToken,
      ),
    );
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
  });
});

let criticalGroup: { id: string } | undefined;
async function critical() {
  if (!criticalGroup) {
    criticalGroup = ok(
      await t.gql(`mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id } } }`, { input: { name: `Critical ${process.pid}`, kind: 'CRITICAL_ESCALATION' } }, t.operatorToken),
    ).createPartnerGroup.group;
  }
  return criticalGroup!;
}

describe('slaReport', () => {
  it('counts resolution attainment over the latest resolution cycle of each request', async () => {
    const w = await requestWorld(t, RESOLUTION_POLICY);
    clock.set(at('2026-11-16T08:00:00Z')); // Monday: due Monday 16:00 for each
    const [inTime, late, running] = [await w.submit(), await w.submit(), await w.submit()];
    await w.submit(); // never accepted: no resolution clock
    for (const r of [inTime, late, running]) ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B' }, w.engB.token));
    clock.set(at('2026-11-16T12:00:00Z'));
    ok(await act(t, 'closeRequest', { id: inTime.id, resolution: 'Fixed' }, w.engB.token)); // 240 working minutes
    clock.set(at('2026-11-17T09:00:00Z'));
    ok(await act(t, 'closeRequest', { id: late.id, resolution: 'Fixed' }, w.engB.token)); // 540 working minutes, late
    clock.set(at('2026-11-17T09:00:00Z')); // `running` is past its due time now, still open
    const report = ok(
      await t.gql(
        `query($input: SlaReportInput!) { slaReport(input: $input) { key requests resolutionMet resolutionBreached resolutionAttainment medianResolutionMinutes escalated } }`,
        { input: { from: '2026-11-16T00:00:00Z', to: '2026-11-17T00:00:00Z', groupBy: 'GROUP', direction: 'INBOUND' } },
        w.engB.token,
      ),
    ).slaReport;
    expect(report.find((r: any) => r.key === w.group.id)).toEqual({
      key: w.group.id,
      requests: 4,
      resolutionMet: 1,
      resolutionBreached: 2,
      resolutionAttainment: 1 / 3,
      medianResolutionMinutes: 390, // of 240 and 540: the clocks that stopped
      escalated: 0,
    });
  });
});
