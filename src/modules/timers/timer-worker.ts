import { ANONYMOUS } from '../../common/caller';
import { logger } from '../../common/logger';
import { withSpan } from '../../common/spans';
import { TimerOutcome } from '../../common/timer-outcome';
import { createContext, type AppServices, type Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { AutomationTimer } from '../automation/automation-timer.entity';
import { handleAutomationTimer } from '../automation/follow-up.service';
import { SlaTimer } from '../sla/sla-timer.entity';
import { handleSlaTimer } from '../sla/sla-timers';
import { purgeExpiredKeys } from '../idempotency/idempotency.service';

/**
 * The durable-timer machinery: every table of timers (SLA clocks' at-risk and breach,
 * follow-ups and auto-close) is a queue of rows with `fire_at` and `fired_at`, claimed with
 * `FOR UPDATE SKIP LOCKED` and handled in one transaction with the change it causes, so
 * each fires once across restarts and instances. This module claims and orders them; the
 * features own what a timer does (`handleSlaTimer`, `handleAutomationTimer`).
 */

/** How often a worker deletes expired idempotency keys. */
const KEY_PURGE_EVERY_MS = 60_000;

/** Most timers one `processDueTimers` call handles, so one pass never runs unbounded. */
export const DEFAULT_TIMER_BATCH = 1000;

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
 * SLA timer and the earliest automation timer and handles the earlier of the two (the other
 * stays pending, released at commit), so both kinds fire in due order. A crash before
 * commit leaves the timer pending for the next pass. Answers null when nothing is due.
 */
async function handleNextTimer(tx: Context, now: Date): Promise<TimerOutcome | null> {
  const sla = await claimNext(tx, SlaTimer, now);
  const automation = await claimNext(tx, AutomationTimer, now);
  // a span for each timer handled (none for the claims of an idle pass)
  if (automation && (!sla || automation.fireAt.getTime() < sla.fireAt.getTime())) {
    return withSpan('timer automation', { 'crossdesk.timer.id': automation.id }, () => handleAutomationTimer(tx, automation, now));
  }
  if (sla) return withSpan('timer sla', { 'crossdesk.timer.id': sla.id }, () => handleSlaTimer(tx, sla, now));
  return null;
}

/**
 * Fires every timer due at `now` (default: the services' clock), earliest first, each in
 * its own transaction, and answers how many acted (and so wrote an event); `stopping` ends
 * the pass between two timers (a graceful stop holds no timer). Safe to run at
 * once in any number of processes and instances: a timer is claimed by one of them, and
 * the state of what it is for is the second guard.
 */
export async function processDueTimers(services: AppServices, now: Date = services.clock.now(), limit = DEFAULT_TIMER_BATCH, stopping: () => boolean = () => false): Promise<number> {
  const ctx = createContext(services, ANONYMOUS, 'timers');
  const at = new Date(now.getTime());
  ctx.clock = { now: () => new Date(at.getTime()) };
  let fired = 0;
  for (let handled = 0; handled < limit && !stopping(); handled++) {
    const outcome = await withTransaction(ctx, (tx) => handleNextTimer(tx, at));
    if (outcome === null) break;
    if (outcome === TimerOutcome.FIRED) fired++;
  }
  return fired;
}

/**
 * Runs `processDueTimers` at start (timers that came due while no server ran fire now, in
 * due order) and then every `intervalMs`, never two passes at once. The interval does not
 * keep the process alive; `stop()` waits for the timer being handled (its transaction
 * commits or rolls back; the rest of the pass is left to the next instance).
 */
export function startTimerWorker(services: AppServices, options: { intervalMs: number }): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  let stopped = false;
  let purgedAt = 0;
  const pass = () => {
    if (running || stopped) return;
    running = processDueTimers(services, undefined, DEFAULT_TIMER_BATCH, () => stopped)
      .then(async (fired) => {
        if (fired) logger.info({ fired }, 'timers fired');
        // expired idempotency keys go too, once a minute (they already answer as absent)
        if (Date.now() - purgedAt >= KEY_PURGE_EVERY_MS) {
          purgedAt = Date.now();
          const purged = await purgeExpiredKeys(services);
          if (purged) logger.info({ purged }, 'expired idempotency keys deleted');
        }
      })
      .catch((err: unknown) => logger.warn({ err }, 'timer pass failed; retrying at the next interval'))
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
