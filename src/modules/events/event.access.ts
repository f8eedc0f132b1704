import { callerMemberId, type Caller } from '../../common/caller';
import { partyConditionFor, sideOf } from '../requests/request.access';
import type { RequestEvent } from './request-event.entity';

/**
 * The event visibility rule, as a check and as SQL side by side: the request rule (party to
 * the request) plus one for internal notes, which only their own member sees. The event
 * log, live streams and webhooks all use it, so an endpoint gets exactly the events its
 * member may read.
 */

/**
 * Whether the caller may see an event: the request rule (`sideOf`: party to the request, or
 * its observer) plus one for internal notes, which only their own member sees (so an
 * observer never sees the internal notes of either party).
 */
export function canSeeEvent(caller: Caller, event: Pick<RequestEvent, 'fromMemberId' | 'toMemberId' | 'observerMemberId' | 'onlyMemberId'>): boolean {
  if (!sideOf(caller, event)) return false;
  return event.onlyMemberId === null || event.onlyMemberId === callerMemberId(caller);
}

/** SQL form of `canSeeEvent` for lists. */
export function eventVisibleCondition(alias: string, param = 'viewer'): string {
  return eventVisibleTo(alias, `:${param}`);
}

/**
 * The same rule with the member given as any SQL expression: webhooks join it on their
 * own member's column, so an endpoint gets exactly the events its member may read.
 */
export function eventVisibleTo(alias: string, memberSql: string): string {
  return `(${partyConditionFor(alias, memberSql)} AND (${alias}.only_member_id IS NULL OR ${alias}.only_member_id = ${memberSql}))`;
}
