import { addWorkingDays, type CalendarSpec } from '../sla/business-calendar';
import { Priority } from '../sla/priority.types';

const HOUR_MS = 3_600_000;

/**
 * The partner handbook's rules for escalating a case to management, per priority: P1 at any
 * time; P2 (high) once the receiver has not updated it for 24 hours (wall-clock: the
 * handbook says hours for high and business days for medium); P3 (medium) after 3 working
 * days of the group's calendar without an update; P4 (low) never.
 */
export const ESCALATION_RULES: Record<Priority, { rule: string; eligibleAt: (calendar: CalendarSpec, since: Date) => Date | null }> = {
  [Priority.P1]: { rule: 'P1 requests may be escalated at any time', eligibleAt: (_c, since) => since },
  [Priority.P2]: { rule: 'P2 requests may be escalated once the receiver has not updated them for 24 hours', eligibleAt: (_c, since) => new Date(since.getTime() + 24 * HOUR_MS) },
  [Priority.P3]: { rule: "P3 requests may be escalated once the receiver has not updated them for 3 working days of the group's calendar", eligibleAt: (c, since) => addWorkingDays(c, since, 3) },
  [Priority.P4]: { rule: 'P4 requests are never eligible for escalation; if the impact grew, ask the receiver in a note to raise the priority', eligibleAt: () => null },
};

/**
 * When a request of `priority` whose receiver last updated it at `since` may be escalated
 * (`null`: never). Eligible from that instant on, inclusive.
 */
export function escalationEligibleAt(priority: Priority, calendar: CalendarSpec, since: Date): Date | null {
  return ESCALATION_RULES[priority].eligibleAt(calendar, since);
}
