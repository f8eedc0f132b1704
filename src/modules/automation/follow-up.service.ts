import type { Context } from '../../context';
import { appendEvents } from '../events/event-log.service';
import { RequestEventType } from '../events/request-event.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { CollaborationRequest } from '../requests/request.entity';
import { commitChange } from '../requests/request.service';
import { RequestStatus } from '../requests/request.types';
import { addWorkingDays } from '../sla/business-calendar';
import { Priority } from '../sla/priority';
import { TimerOutcome } from '../../common/timer-outcome';
import { AutomationTimer, AutomationTimerKind } from './automation-timer.entity';

/**
 * The PureConnect partner handbook's auto follow-up, across companies: while a request waits
 * on the requester (INFORMATION_REQUESTED), a reminder after 2 and after 5 working days of
 * the group's calendar, and after 10 the request is closed for no response from the
 * requester (it can be reopened within 30 days like any close). Not for P1 (system down:
 * the handbook excludes production-down cases) and not in groups that turned it off (the
 * critical-escalation group always has).
 */
export const FOLLOW_UP_SCHEDULE: ReadonlyArray<{ kind: AutomationTimerKind; step: number; workingDays: number }> = [
  { kind: AutomationTimerKind.FOLLOW_UP, step: 1, workingDays: 2 },
  { kind: AutomationTimerKind.FOLLOW_UP, step: 2, workingDays: 5 },
  { kind: AutomationTimerKind.AUTO_CLOSE, step: 3, workingDays: 10 },
];

/** The resolution an automatic close records. */
export const AUTO_CLOSE_RESOLUTION = 'no response from requester';

/**
 * Starts a new wait on the requester at `now` (the receiver asked, or the requester wrote a
 * note while asked): a new information cycle, so the timers of any earlier wait no longer
 * act, and, where the automation applies, this wait's three timers. Runs inside the step's
 * transaction, with the request row locked; the caller saves the request.
 */
export async function startWaitingOnRequester(tx: Context, request: CollaborationRequest): Promise<void> {
  request.informationCycle += 1;
  if (request.priority === Priority.P1 || request.critical) return;
  const group = await tx.manager.findOneByOrFail(PartnerGroup, { id: request.groupId });
  if (!group.autoFollowUp) return;
  const now = tx.clock.now();
  await tx.manager.insert(
    AutomationTimer,
    FOLLOW_UP_SCHEDULE.map((s) => ({
      requestId: request.id,
      kind: s.kind,
      step: s.step,
      cycle: request.informationCycle,
      fireAt: addWorkingDays(group.calendar, now, s.workingDays),
      firedAt: null,
      outcome: null,
    })),
  );
}

/**
 * Handles one claimed automation timer (the caller holds its row lock): locks the request
 * and, if it still waits on the requester in the timer's information cycle, writes the
 * follow-up or closes the request, then marks the timer handled. Answers whether it acted.
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
      const from = request.status;
      request.status = RequestStatus.CLOSED;
      request.statusBeforeInformation = null;
      request.closedAt = now;
      await commitChange(tx, request, 'RECEIVER', from, [
        { type: RequestEventType.REQUEST_CLOSED, detail: { resolution: AUTO_CLOSE_RESOLUTION, auto: true, by: 'AUTOMATION', workingDays: schedule.workingDays } },
      ]);
    }
  }
  await tx.manager.update(AutomationTimer, { id: timer.id }, { firedAt: now, outcome: waiting ? TimerOutcome.FIRED : TimerOutcome.SKIPPED });
  return waiting ? TimerOutcome.FIRED : TimerOutcome.SKIPPED;
}
