/**
 * How a durable timer (an SLA clock's at-risk or breach, a follow-up, an auto-close) ended:
 * it acted and wrote its event, or what it was for had moved on (the clock stopped, the
 * request was answered). One vocabulary for every timer table; `modules/timers/` claims
 * and dispatches them.
 */
export enum TimerOutcome {
  FIRED = 'FIRED',
  SKIPPED = 'SKIPPED',
}
