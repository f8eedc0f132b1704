import DataLoader from 'dataloader';
import { IsNull } from 'typeorm';
import { ANONYMOUS } from '../../common/caller';
import { isUuid } from '../../common/ids';
import type { Context } from '../../context';
import { appendEvents, type NewEvent } from '../events/event-log.service';
import { RequestEventType } from '../events/request-event.entity';
import type { BusinessCalendar } from './calendar.types';
import type { SlaPolicy } from './sla-policy.types';
import type { CollaborationRequest } from '../requests/request.entity';
import { RequestStatus, type Actor } from '../requests/request.types';
import { addWorkingMinutes, workingMinutesBetween } from './business-calendar';
import type { Priority } from './priority.types';
import { SlaClock } from './sla-clock.entity';
import { SlaTimer } from './sla-timer.entity';
import { SlaClockKind, SlaState, SlaTimerKind, type SlaTerms } from './sla.types';

/**
 * The SLA clocks of requests: started, stopped and restarted inside the transaction of the
 * lifecycle step that causes it, each start writing its two durable timers (`sla-timers.ts`
 * fires them). States only move forward. Breached means strictly after the due time: a
 * response at the due instant is in time, so the breach timer fires 1 ms after `dueAt`.
 */

/** What the SLA engine reads of a partner group: its policy and its calendar. */
export interface SlaSource {
  slaPolicy: SlaPolicy;
  calendar: BusinessCalendar;
}

/** The SLA terms of a request of `priority` in `group`, as they stand now. */
export function termsFor(group: SlaSource, priority: Priority): SlaTerms {
  const target = group.slaPolicy.targets.find((t) => t.priority === priority);
  if (!target) throw new Error(`the group's SLA policy has no target for ${priority}`);
  return {
    calendar: group.calendar,
    atRiskRatio: group.slaPolicy.atRiskRatio,
    responseMinutes: target.responseMinutes,
    updateEveryMinutes: target.updateEveryMinutes ?? null,
    resolutionMinutes: target.resolutionMinutes ?? null,
  };
}

/**
 * Writes a clock's pending timers for its current generation (`pauses`): AT_RISK while it is
 * ON_TRACK, BREACH until it is BREACHED, at its current instants.
 */
async function writeTimers(tx: Context, clock: SlaClock): Promise<void> {
  const timers = [];
  if (clock.state === SlaState.ON_TRACK) timers.push({ clockId: clock.id, kind: SlaTimerKind.AT_RISK, generation: clock.pauses, fireAt: clock.atRiskAt, firedAt: null, outcome: null });
  if (clock.state === SlaState.ON_TRACK || clock.state === SlaState.AT_RISK) {
    timers.push({ clockId: clock.id, kind: SlaTimerKind.BREACH, generation: clock.pauses, fireAt: new Date(clock.dueAt.getTime() + 1), firedAt: null, outcome: null });
  }
  if (timers.length) await tx.manager.insert(SlaTimer, timers);
}

/** Starts a clock at `at` and writes its AT_RISK and BREACH timers. */
async function startClock(tx: Context, request: CollaborationRequest, kind: SlaClockKind, cycle: number, targetMinutes: number, terms: SlaTerms, at: Date): Promise<SlaClock> {
  const clock = await tx.manager.save(
    tx.manager.create(SlaClock, {
      requestId: request.id,
      kind,
      cycle,
      state: SlaState.ON_TRACK,
      targetMinutes,
      terms,
      startedAt: at,
      atRiskAt: addWorkingMinutes(terms.calendar, at, targetMinutes * terms.atRiskRatio),
      dueAt: addWorkingMinutes(terms.calendar, at, targetMinutes),
      stoppedAt: null,
      elapsedMinutes: null,
      pausedAt: null,
      pausedMinutes: 0,
      pauses: 0,
    }),
  );
  await writeTimers(tx, clock);
  return clock;
}

/** Submission: starts the request's response clock with the group's target for its priority. */
export async function startResponseClock(tx: Context, request: CollaborationRequest, group: SlaSource): Promise<SlaClock> {
  const terms = termsFor(group, request.priority);
  return startClock(tx, request, SlaClockKind.RESPONSE, 1, terms.responseMinutes, terms, request.createdAt);
}

/** The event a clock's state change writes (no actor: the SLA engine did it). */
export function slaEvent(clock: SlaClock, state: SlaState.AT_RISK | SlaState.BREACHED): NewEvent {
  return {
    type: state === SlaState.AT_RISK ? RequestEventType.SLA_AT_RISK : RequestEventType.SLA_BREACHED,
    detail: {
      clock: clock.kind,
      cycle: clock.cycle,
      targetMinutes: clock.targetMinutes,
      startedAt: clock.startedAt.toISOString(),
      ...(state === SlaState.AT_RISK ? { atRiskAt: clock.atRiskAt.toISOString() } : {}),
      dueAt: clock.dueAt.toISOString(),
    },
  };
}

/**
 * Stops a running clock at `at`, recording the working minutes it ran. In time and counted
 * (`counts`: a response or an update) it is MET; after the due time it is BREACHED, and when
 * no timer had said so yet the breach event is returned to be written now (once: the state
 * is the guard, under the clock's row lock). A clock stopped uncounted (the request was
 * cancelled) in time keeps the state it had.
 */
function stopClock(clock: SlaClock, at: Date, counts: boolean): NewEvent[] {
  // a paused clock stopped: the pause ends with it, and lateness is judged where it paused
  const judgedAt = clock.pausedAt ?? at;
  if (clock.pausedAt) {
    clock.pausedMinutes += workingMinutesBetween(clock.terms.calendar, clock.pausedAt, at);
    clock.pausedAt = null;
  }
  clock.stoppedAt = at;
  clock.elapsedMinutes = Math.max(0, workingMinutesBetween(clock.terms.calendar, clock.startedAt, at) - clock.pausedMinutes);
  if (clock.state === SlaState.BREACHED || clock.state === SlaState.MET) return [];
  if (judgedAt.getTime() > clock.dueAt.getTime()) {
    clock.state = SlaState.BREACHED;
    return [slaEvent(clock, SlaState.BREACHED)];
  }
  if (counts) clock.state = SlaState.MET;
  return [];
}

/**
 * Ends a clock's pause at `at`: its paused working minutes are added to the instants it had
 * not reached when it paused (at-risk, due), and it gets timers of a new generation at the
 * moved instants (the old ones are skipped when they come due).
 */
async function resumeClock(tx: Context, clock: SlaClock, at: Date): Promise<void> {
  const pausedAt = clock.pausedAt!;
  const paused = workingMinutesBetween(clock.terms.calendar, pausedAt, at);
  clock.pausedMinutes += paused;
  clock.pausedAt = null;
  if (clock.atRiskAt.getTime() > pausedAt.getTime()) clock.atRiskAt = addWorkingMinutes(clock.terms.calendar, clock.atRiskAt, paused);
  if (clock.dueAt.getTime() >= pausedAt.getTime()) clock.dueAt = addWorkingMinutes(clock.terms.calendar, clock.dueAt, paused);
  clock.pauses += 1;
  await saveClock(tx, clock);
  await writeTimers(tx, clock);
}

async function saveClock(tx: Context, clock: SlaClock): Promise<void> {
  await tx.manager.update(
    SlaClock,
    { id: clock.id },
    {
      state: clock.state,
      targetMinutes: clock.targetMinutes,
      terms: clock.terms,
      stoppedAt: clock.stoppedAt,
      elapsedMinutes: clock.elapsedMinutes,
      pausedAt: clock.pausedAt,
      pausedMinutes: clock.pausedMinutes,
      pauses: clock.pauses,
      atRiskAt: clock.atRiskAt,
      dueAt: clock.dueAt,
    },
  );
}

/** Statuses after which a request is no longer worked: its resolution clock stops. */
const ENDED = new Set([RequestStatus.CLOSED, RequestStatus.REJECTED, RequestStatus.CANCELLED]);

/** A close that counts for the resolution clock: one with a resolution, not an automatic close or a duplicate. */
function isResolution(events: NewEvent[]): boolean {
  return events.some((e) => e.type === RequestEventType.REQUEST_CLOSED && !e.detail?.auto && !e.detail?.duplicateOf);
}

/** Whether the receiver's events are an update: anything but an assignment, a priority change or an internal note. */
export function isReceiverUpdate(side: Actor, events: NewEvent[]): boolean {
  // an event only the receiver's member sees (an internal note, an engagement not shared) tells the requester nothing
  return side === 'RECEIVER' && events.some((e) => !NOT_AN_UPDATE.has(e.type) && !e.onlyMemberId);
}

/** A receiver's events that are no response and no update: who works it, and how urgent it is. */
const NOT_AN_UPDATE = new Set([RequestEventType.REQUEST_ASSIGNED, RequestEventType.REQUEST_PRIORITY_CHANGED]);

/**
 * After a lifecycle step or a note, inside its transaction (the request row is locked):
 * - the response clock stops at the receiver's first response (or when the request is cancelled);
 * - the update clock stops when the request leaves ACCEPTED, and is restarted by each update
 *   from the receiver (a note to the requester or a status change);
 * - while ACCEPTED with an update cadence and no update clock running, a new cycle starts
 *   (on accept, on reopen, when information is provided);
 * - the resolution clock (when the terms set a resolution target) starts at acceptance and
 *   at each reopen, pauses while the request is INFORMATION_REQUESTED, resumes (its due time
 *   moved by the paused working time) when the requester answers, and stops when the request
 *   is closed: MET or BREACHED for a close with a resolution, uncounted for an automatic close
 *   or a duplicate.
 * Breach events of clocks stopped past their due time that no timer had announced yet are
 * written here, before the step's own events.
 */
export async function onRequestChanged(tx: Context, request: CollaborationRequest, change: { side: Actor; events: NewEvent[] }): Promise<void> {
  const now = tx.clock.now();
  const running = await tx.manager.find(SlaClock, { where: { requestId: request.id, stoppedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  const late: NewEvent[] = [];
  const changed: SlaClock[] = [];

  const response = running.find((c) => c.kind === SlaClockKind.RESPONSE);
  if (response && (request.firstRespondedAt || request.status !== RequestStatus.OPEN)) {
    late.push(...stopClock(response, request.firstRespondedAt ?? now, Boolean(request.firstRespondedAt)));
    changed.push(response);
  }

  let update = running.find((c) => c.kind === SlaClockKind.UPDATE);
  const previous = update;
  if (update && (request.status !== RequestStatus.ACCEPTED || isReceiverUpdate(change.side, change.events))) {
    late.push(...stopClock(update, now, true));
    changed.push(update);
    update = undefined;
  }

  const resolution = running.find((c) => c.kind === SlaClockKind.RESOLUTION);
  if (resolution && ENDED.has(request.status)) {
    late.push(...stopClock(resolution, now, isResolution(change.events)));
    changed.push(resolution);
  } else if (resolution && request.status === RequestStatus.INFORMATION_REQUESTED && !resolution.pausedAt) {
    resolution.pausedAt = now;
    changed.push(resolution);
  } else if (resolution && request.status !== RequestStatus.INFORMATION_REQUESTED && resolution.pausedAt) {
    await resumeClock(tx, resolution, now);
  }

  for (const clock of changed) await saveClock(tx, clock);
  if (late.length) await appendEvents({ ...tx, caller: ANONYMOUS }, request, late);

  // the terms fixed at submission, which every clock of the request copies: read at most once
  let terms = response?.terms;
  const requestTerms = async () =>
    request.slaTerms ?? (terms ??= (await tx.manager.findOne(SlaClock, { where: { requestId: request.id, kind: SlaClockKind.RESPONSE } }))?.terms);

  if (request.status === RequestStatus.ACCEPTED && !resolution) {
    const last = await tx.manager.findOne(SlaClock, { where: { requestId: request.id, kind: SlaClockKind.RESOLUTION }, order: { cycle: 'DESC' } });
    const resolutionTerms = await requestTerms();
    if (resolutionTerms?.resolutionMinutes) {
      await startClock(tx, request, SlaClockKind.RESOLUTION, (last?.cycle ?? 0) + 1, resolutionTerms.resolutionMinutes, resolutionTerms, now);
    }
  }

  if (request.status === RequestStatus.ACCEPTED && !update) {
    const last = previous ?? (await tx.manager.findOne(SlaClock, { where: { requestId: request.id, kind: SlaClockKind.UPDATE }, order: { cycle: 'DESC' } }));
    const updateTerms = request.slaTerms ?? last?.terms ?? (await requestTerms());
    if (updateTerms?.updateEveryMinutes) {
      await startClock(tx, request, SlaClockKind.UPDATE, (last?.cycle ?? 0) + 1, updateTerms.updateEveryMinutes, updateTerms, now);
    }
  }
}

/**
 * The state a client sees at `now`: the recorded one, moved forward at once when a running
 * clock has passed its at-risk or due instant (the timer's event may follow a moment later).
 */
export function effectiveState(clock: Pick<SlaClock, 'state' | 'stoppedAt' | 'atRiskAt' | 'dueAt' | 'pausedAt'>, at: Date): SlaState {
  if (clock.stoppedAt || clock.state === SlaState.BREACHED || clock.state === SlaState.MET) return clock.state;
  // a paused clock stands where it paused
  const now = clock.pausedAt && clock.pausedAt.getTime() < at.getTime() ? clock.pausedAt : at;
  if (now.getTime() > clock.dueAt.getTime()) return SlaState.BREACHED;
  if (clock.state === SlaState.ON_TRACK && now.getTime() >= clock.atRiskAt.getTime()) return SlaState.AT_RISK;
  return clock.state;
}

/** SQL form of `effectiveState` for a `sla_clock` alias; `nowParam` names a timestamptz parameter. */
export function effectiveStateSql(alias: string, param: string): string {
  const nowParam = `LEAST(${param}, COALESCE(${alias}.paused_at, ${param}))`; // a paused clock stands where it paused
  return `(CASE WHEN ${alias}.stopped_at IS NULL AND ${alias}.state IN ('ON_TRACK', 'AT_RISK') AND ${alias}.due_at < ${nowParam} THEN 'BREACHED'
    WHEN ${alias}.stopped_at IS NULL AND ${alias}.state = 'ON_TRACK' AND ${alias}.at_risk_at <= ${nowParam} THEN 'AT_RISK'
    ELSE ${alias}.state::text END)`;
}

/** Working minutes a clock has used at `now` (up to its stop when stopped), paused time not counted. */
export function elapsedMinutes(clock: SlaClock, now: Date): number {
  if (clock.elapsedMinutes !== null) return clock.elapsedMinutes;
  return Math.max(0, workingMinutesBetween(clock.terms.calendar, clock.startedAt, clock.pausedAt ?? now) - clock.pausedMinutes);
}

/** Working minutes a clock has been paused at `now`: the ended pauses and the current one. */
export function pausedMinutes(clock: SlaClock, now: Date): number {
  return clock.pausedMinutes + (clock.pausedAt ? workingMinutesBetween(clock.terms.calendar, clock.pausedAt, now) : 0);
}

/**
 * Condition for a request list (`requestAlias` is a collaboration_request): the request has a
 * current clock (its response clock, or its latest update cycle) in `state` at `now`. ON_TRACK
 * and AT_RISK match running clocks only (not one stopped because the request was cancelled).
 */
export function slaStateCondition(requestAlias: string, state: SlaState, now: Date): { sql: string; params: Record<string, unknown> } {
  return {
    sql: `EXISTS (SELECT 1 FROM sla_clock sc WHERE sc.request_id = ${requestAlias}.id
      AND NOT EXISTS (SELECT 1 FROM sla_clock later WHERE later.request_id = sc.request_id AND later.kind = sc.kind AND later.cycle > sc.cycle)
      AND (sc.stopped_at IS NULL OR sc.state IN ('MET', 'BREACHED'))
      AND ${effectiveStateSql('sc', ':slaNow')} = :slaState)`,
    params: { slaState: state, slaNow: now },
  };
}

/**
 * `CollaborationRequest.sla` for every request of a list in one statement: each request's
 * response clock, its latest update cycle and its latest resolution cycle, in that order.
 */
export function currentClocksLoader(ctx: Context): DataLoader<string, SlaClock[]> {
  return new DataLoader<string, SlaClock[]>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await ctx.dataSource.manager
          .createQueryBuilder(SlaClock, 'c')
          .where(
            `c.id IN (SELECT DISTINCT ON (x.request_id, x.kind) x.id FROM sla_clock x WHERE x.request_id IN (:...ids) ORDER BY x.request_id, x.kind, x.cycle DESC)`,
            { ids: valid },
          )
          .orderBy('c.kind', 'ASC')
          .getMany()
      : [];
    const byRequest = new Map<string, SlaClock[]>(ids.map((id) => [id, []]));
    for (const row of rows) byRequest.get(row.requestId)?.push(row);
    return ids.map((id) => byRequest.get(id)!);
  });
}


/** The terms a request's clocks run under now: those of its last priority change, else those fixed at submission. */
export async function currentTerms(tx: Context, request: CollaborationRequest): Promise<SlaTerms> {
  if (request.slaTerms) return request.slaTerms;
  const response = await tx.manager.findOneOrFail(SlaClock, { where: { requestId: request.id, kind: SlaClockKind.RESPONSE } });
  return response.terms;
}

/**
 * A priority change, inside its transaction with the request row locked: every running
 * clock that is not yet MET or BREACHED takes the target `terms` gives its kind, keeping
 * the working minutes it has counted and been paused (no reset: its start stays, its due
 * and at-risk instants move), and gets timers of a new generation (the old ones are skipped
 * when they come due). A clock whose new due time has already passed is BREACHED at once,
 * one whose new at-risk instant has passed is AT_RISK at once: the events are returned, to
 * be written after the change's own. A kind the new terms no longer promise (no update
 * cadence, no resolution target) stops, uncounted.
 */
export async function retargetClocks(tx: Context, request: CollaborationRequest, terms: SlaTerms): Promise<NewEvent[]> {
  const now = tx.clock.now();
  const running = await tx.manager.find(SlaClock, { where: { requestId: request.id, stoppedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  const events: NewEvent[] = [];
  for (const clock of running) {
    if (clock.state === SlaState.MET || clock.state === SlaState.BREACHED) continue;
    const target = clock.kind === SlaClockKind.RESPONSE ? terms.responseMinutes : clock.kind === SlaClockKind.UPDATE ? terms.updateEveryMinutes : (terms.resolutionMinutes ?? null);
    if (target === null) {
      events.push(...stopClock(clock, now, false));
      await saveClock(tx, clock);
      continue;
    }
    clock.targetMinutes = target;
    clock.terms = { ...clock.terms, responseMinutes: terms.responseMinutes, updateEveryMinutes: terms.updateEveryMinutes, resolutionMinutes: terms.resolutionMinutes ?? null };
    const calendar = clock.terms.calendar;
    clock.atRiskAt = addWorkingMinutes(calendar, clock.startedAt, target * clock.terms.atRiskRatio + clock.pausedMinutes);
    clock.dueAt = addWorkingMinutes(calendar, clock.startedAt, target + clock.pausedMinutes);
    clock.pauses += 1; // the timers' generation
    const judgedAt = clock.pausedAt ?? now; // a paused clock stands where it paused
    if (judgedAt.getTime() > clock.dueAt.getTime()) {
      clock.state = SlaState.BREACHED;
      events.push(slaEvent(clock, SlaState.BREACHED));
    } else if (clock.state === SlaState.ON_TRACK && judgedAt.getTime() >= clock.atRiskAt.getTime()) {
      clock.state = SlaState.AT_RISK;
      events.push(slaEvent(clock, SlaState.AT_RISK));
    }
    await saveClock(tx, clock);
    await writeTimers(tx, clock);
  }
  return events;
}
