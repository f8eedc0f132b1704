import { TimerOutcome } from '../../common/timer-outcome';
import type { Context } from '../../context';
import { appendEvents } from '../events/event-log.service';
import { RequestEventType } from '../events/request-event.entity';
import { CollaborationRequest } from '../requests/request.entity';
import { FOLLOW_UP_SCHEDULE } from '../requests/follow-up-schedule';
import { autoClose } from '../requests/request-lifecycle';
import { RequestStatus } from '../requests/request.types';
import { AutomationTimer, AutomationTimerKind } from './automation-timer.entity';

/**
 * Handles one claimed automation timer (`modules/timers/` claims it and holds its row
 * lock): locks the request and, if it still waits on the requester in the timer's
 * information cycle, writes the follow-up or closes the request (the lifecycle's
 * `autoClose`), then marks the timer handled. Answers whether it acted.
 */
export async function handleAutomationTimer(tx: Context, timer: AutomationTimer, now: Date): Promise<TimerOutcome> {
  const request = await tx.manager.findOne(CollaborationRequest, { where: { id: timer.requestId }, lock: { mode: 'pessimistic_write' } });
  const waiting = request && request.status === RequestStatus.INFORMATION_REQUESTED && request.informationCycle === timer.cycle;
  if (request && waiting) {
    const schedule = FOLLOW_UP_SCHEDULE.find((s) => s.step === timer.step)!;
    if (timer.kind === AutomationTimerKind.FOLLOW_UP) {
      const close = await tx.manager.findOneBy(AutomationTimer, { requestId: request.id, cycle: timer.cycle, kind: AutomationTimerKind.AUTO_CLOSE });
      await appendEvents(tx, request, [
        { type: RequestEventType.FOLLOW_UP_SENT, detail: { step: timer.step, workingDays: schedule.workingDays, closesAt: close?.fireAt.toISOString() ?? null } },
      ]);
    } else {
      await autoClose(tx, request, schedule.workingDays);
    }
  }
  const outcome = waiting ? TimerOutcome.FIRED : TimerOutcome.SKIPPED;
  await tx.manager.update(AutomationTimer, { id: timer.id }, { firedAt: now, outcome });
  return outcome;
}
