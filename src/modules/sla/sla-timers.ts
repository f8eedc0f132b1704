import { TimerOutcome } from '../../common/timer-outcome';
import type { Context } from '../../context';
import { appendEvents } from '../events/event-log.service';
import { CollaborationRequest } from '../requests/request.entity';
import { SlaClock } from './sla-clock.entity';
import { slaEvent } from './sla-clock.service';
import { SlaTimer } from './sla-timer.entity';
import { SlaState, SlaTimerKind } from './sla.types';

/** The states a timer moves its clock from, and the state it moves it to. */
const MOVES: Record<SlaTimerKind, { from: SlaState[]; to: SlaState.AT_RISK | SlaState.BREACHED }> = {
  [SlaTimerKind.AT_RISK]: { from: [SlaState.ON_TRACK], to: SlaState.AT_RISK },
  [SlaTimerKind.BREACH]: { from: [SlaState.ON_TRACK, SlaState.AT_RISK], to: SlaState.BREACHED },
};

/**
 * Handles one claimed SLA timer (`modules/timers/` claims it and holds its row lock): locks
 * its request and clock, and if the clock still runs (not paused) in a state the timer moves
 * it from, and the timer is of the clock's current generation, changes the state and
 * appends the SLA event; either way marks the timer handled. Commit makes all three
 * visible at once.
 */
export async function handleSlaTimer(tx: Context, timer: SlaTimer, now: Date): Promise<TimerOutcome> {
  // Locks in the order the lifecycle takes them (request row, then clock), so the two never
  // deadlock: a lifecycle step holds its request row while it stops clocks, and an event's
  // foreign key needs that row too.
  const owner = await tx.manager.findOne(SlaClock, { select: { id: true, requestId: true }, where: { id: timer.clockId } });
  const request = owner ? await tx.manager.findOne(CollaborationRequest, { where: { id: owner.requestId }, lock: { mode: 'pessimistic_write' } }) : null;
  const clock = request ? await tx.manager.findOne(SlaClock, { where: { id: timer.clockId }, lock: { mode: 'pessimistic_write' } }) : null;
  const move = MOVES[timer.kind];
  let outcome = TimerOutcome.SKIPPED;
  if (request && clock && !clock.stoppedAt && !clock.pausedAt && clock.pauses === timer.generation && move.from.includes(clock.state)) {
    clock.state = move.to;
    await tx.manager.update(SlaClock, { id: clock.id }, { state: clock.state });
    await appendEvents(tx, request, [slaEvent(clock, move.to)]);
    outcome = TimerOutcome.FIRED;
  }
  await tx.manager.update(SlaTimer, { id: timer.id }, { firedAt: now, outcome });
  return outcome;
}
