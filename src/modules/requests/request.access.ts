import { isMemberCaller, type Caller } from '../../common/caller';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { Context } from '../../context';
import { CollaborationRequest } from './request.entity';
import type { Side } from './request.types';

/**
 * THE visibility rule for requests, used by every query, mutation, timeline, subscription
 * and webhook: a member sees a request iff it is one of its two parties, or its observer
 * (an engagement shared with the requester of the request it was engaged from: that
 * requester reads it and acts on nothing). The operator and third members see nothing of
 * it (answered as if it did not exist).
 */
export function sideOf(caller: Caller, request: Pick<CollaborationRequest, 'fromMemberId' | 'toMemberId' | 'observerMemberId'>): Side | null {
  if (!isMemberCaller(caller)) return null;
  if (caller.memberId === request.fromMemberId) return 'REQUESTER';
  if (caller.memberId === request.toMemberId) return 'RECEIVER';
  if (request.observerMemberId && caller.memberId === request.observerMemberId) return 'OBSERVER';
  return null;
}

/**
 * SQL form of the same rule, for lists: `alias` is a collaboration_request (or
 * request_event) row, `memberSql` the member as any SQL expression (a parameter, or a
 * column in joins).
 */
export function partyConditionFor(alias: string, memberSql: string): string {
  return `(${alias}.from_member_id = ${memberSql} OR ${alias}.to_member_id = ${memberSql} OR ${alias}.observer_member_id = ${memberSql})`;
}

/** Only the two parties (not an observer), for what counts a member's own work: SLA reports. */
export function partiesOnlyConditionFor(alias: string, memberSql: string): string {
  return `(${alias}.from_member_id = ${memberSql} OR ${alias}.to_member_id = ${memberSql})`;
}

/**
 * Loads a request the caller may see (NOT_FOUND otherwise), optionally locking its row
 * for the rest of the transaction, and checks the caller's side when one is required
 * (FORBIDDEN for the other party). An observer only reads (`read: true`): every other use
 * is an action, which is FORBIDDEN to it.
 */
export async function requestForCaller(
  ctx: Context,
  id: string,
  options: { lock?: boolean; side?: Side; read?: boolean } = {},
): Promise<{ request: CollaborationRequest; side: Side }> {
  const request = isUuid(id)
    ? await ctx.manager.findOne(CollaborationRequest, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
    : null;
  const side = request ? sideOf(ctx.caller, request) : null;
  if (!request || !side) throw new NotFoundError('Collaboration request', id);
  if (side === 'OBSERVER' && !options.read) {
    throw new ForbiddenError('Your member observes this engagement (shared by the member that engaged it): it may read it, and act on nothing.');
  }
  if (options.side && options.side !== side) {
    throw new ForbiddenError(`Only the ${options.side === 'RECEIVER' ? 'receiving' : 'requesting'} member may take this step.`);
  }
  return { request, side };
}
