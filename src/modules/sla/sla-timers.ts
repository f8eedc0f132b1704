import { ANONYMOUS } from '../../common/caller';
import { logger } from '../../common/logger';
import { createContext, type AppServices, type Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { AutomationTimer } from '../automation/automation-timer.entity';
import { handleAutomationTimer } from '../automation/follow-up.service';
import { appendEvents } from '../events/event-log.service';
import { CollaborationRequest } from '../requests/request.entity';
import { SlaClock } from './sla-clock.entity';
import { slaEvent } from './sla-clock.service';
import { SlaTimer } from './sla-timer.entity';
import { SlaState, SlaTimerKind, SlaTimerOutcome } from './sla.types';

/** Most timers one `processDueTimers` call handles, so one pass never runs unbounded. */
export const DEFAULT_TIMER_BATCH = 1000;

/** The states a timer moves its clock from, and the state it moves it to. */
const MOVES: Record<SlaTimerKind, { from: SlaState[]; to: SlaState.AT_RISK | SlaState.BREACHED }> = {
  [SlaTimerKind.AT_RISK]: { from: [SlaState.ON_TRACK], to: SlaState.AT_RISK },
  [SlaTimerKind.BREACH]: { from: [SlaState.ON_TRACK, SlaState.AT_RISK], to: SlaState.BREACHED },
};

/** Claims the earliest due, pending timer of a table that nobody else holds (`FOR UPDATE SKIP LOCKED`). */
async function claimNext<T extends SlaTimer | AutomationTimer>(tx: Context, entity: new () => T, now: Date): Promise<T | undefined> {
  const [timer] = await tx.manager
    .createQueryBuilder(entity, 't')
    .where('t.fired_at IS NULL')
    .andWhere('t.fire_at <= :now', { now })
    .orderBy('t.fire_at', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .limit(1)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .getMany();
  return timer;
}

/**
 * Handles the earliest due timer nobody else holds, in one transaction: claims the earliest
 * SLA timer and the earliest automation timer (follow-ups, auto-close) and handles the
 * earlier of the two (the other stays pending, released at commit), so both kinds fire in
 * due order. An SLA timer: locks its request and clock, and if the clock still runs
 * (not paused) in a state the timer moves it from, and the timer is of the clock's current
 * generation, changes the state and appends the SLA event; either way marks the timer
 * handled. Commit makes all three visible at once; a crash before commit leaves the timer
 * pending for the next pass. Answers 'none' when nothing is due.
 */
async function handleNextTimer(tx: Context, now: Date): Promise<'fired' | 'skipped' | 'none'> {
  const timer = await claimNext(tx, SlaTimer, now);
  const automation = await claimNext(tx, AutomationTimer, now);
  if (automation && (!timer || automation.fireAt.getTime() < timer.fireAt.getTime())) {
    return (await handleAutomationTimer(tx, automation, now)) ? 'fired' : 'skipped';
  }
  if (!timer) return 'none';

  // Locks in the order the lifecycle takes them (request row, then clock), so the two never
  // deadlock: a lifecycle step holds its request row while it stops clocks, and an event's
  // foreign key needs that row too.
  const owner = await tx.manager.findOne(SlaClock, { select: { id: true, requestId: true }, where: { id: timer.clockId } });
  const request = owner ? await tx.manager.findOne(CollaborationRequest, { where: { id: owner.requestId }, lock: { mode: 'pessimistic_write' } }) : null;
  const clock = request ? await tx.manager.findOne(SlaClock, { where: { id: timer.clockId }, lock: { mode: 'pessimistic_write' } }) : null;
  const move = MOVES[timer.kind];
  let outcome = SlaTimerOutcome.SKIPPED;
  if (request && clock && !clock.stoppedAt && !clock.pausedAt && clock.pauses === timer.generation && move.from.includes(clock.state)) {
    clock.state = move.to;
    await tx.manager.update(SlaClock, { id: clock.id }, { state: clock.state });
    await appendEvents(tx, request, [slaEvent(clock, move.to)]);
    outcome = SlaTimerOutcome.FIRED;
  }
  await tx.manager.update(SlaTimer, { id: timer.id }, { firedAt: now, outcome });
  return outcome === SlaTimerOutcome.FIRED ? 'fired' : 'skipped';
}

/**
 * Fires every SLA and automation timer due at `now` (default: the services' clock), earliest first, each
 * in its own transaction, and answers how many moved a clock (and so wrote an event).
 * Safe to run at once in any number of processes and instances: a timer is claimed by one
 * of them, and its clock's state is the second guard. Timers whose clock stopped or moved
 * on are marked handled without an event.
 */
export async function processDueTimers(services: AppServices, now: Date = services.clock.now(), limit = DEFAULT_TIMER_BATCH): Promise<number> {
  const ctx = createContext(services, ANONYMOUS, 'sla-timers');
  const at = new Date(now.getTime());
  ctx.clock = { now: () => new Date(at.getTime()) };
  let fired = 0;
  for (let handled = 0; handled < limit; handled++) {
    const result = await withTransaction(ctx, (tx) => handleNextTimer(tx, at));
    if (result === 'none') break;
    if (result === 'fired') fired++;
  }
  return fired;
}

/**
 * Runs `processDueTimers` at start (timers that came due while no server ran fire now, in
 * due order) and then every `intervalMs`, never two passes at once. The interval does not
 * keep the process alive; `stop()` waits for a pass under way.
 */
export function startSlaWorker(services: AppServices, options: { intervalMs: number }): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  const pass = () => {
    if (running || stopped) return;
    running = processDueTimers(services)
      .then((fired) => {
        if (fired) logger.info({ fired }, 'SLA timers fired');
      })
      .catch((err: unknown) => logger.warn({ err }, 'SLA timer pass failed; retrying at the next interval'))
      .finally(() => {
        running = undefined;
      });
  };
  const interval = setInterval(pass, options.intervalMs);
  interval.unref();
  pass();
  return {
    async stop() {
      stopped = true;
      clearInterval(interval);
      await running;
    },
  };
}
