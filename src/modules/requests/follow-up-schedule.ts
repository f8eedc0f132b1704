import { AutomationTimer, AutomationTimerKind } from '../automation/automation-timer.entity';
import type { Context } from '../../context';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { addWorkingDays } from '../sla/business-calendar';
import { Priority } from '../sla/priority.types';
import type { CollaborationRequest } from './request.entity';

/**
 * The PureConnect partner handbook's auto follow-up, across companies: while a request waits
 * on the requester (INFORMATION_REQUESTED), a reminder after 2 and after 5 working days of
 * the group's calendar, and after 10 the request is closed for no response from the
 * requester (it can be reopened within 30 days like any close). Not for P1 (system down:
 * the handbook excludes production-down cases) and not in groups that turned it off (the
 * critical-escalation group always has). The lifecycle starts a wait here; the timers
 * (`modules/timers/`) fire them through `automation/follow-up.service.ts`.
 */
export const FOLLOW_UP_SCHEDULE: ReadonlyArray<{ kind: AutomationTimerKind; step: number; workingDays: number }> = [
  { kind: AutomationTimerKind.FOLLOW_UP, step: 1, workingDays: 2 },
  { kind: AutomationTimerKind.FOLLOW_UP, step: 2, workingDays: 5 },
  { kind: AutomationTimerKind.AUTO_CLOSE, step: 3, workingDays: 10 },
];

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
