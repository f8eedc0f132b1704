import { isMemberCaller, type Caller } from '../../common/caller';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { Context } from '../../context';
import { CollaborationRequest } from './request.entity';
import type { Side } from './request.types';

/**
 * THE visibility rule for requests, used by every query, mutation, timeline and
 * subscription: a member sees a request iff it is one of its two parties. The operator and
 * third members see nothing of it (answered as if it did not exist).
 */
export function sideOf(caller: Caller, request: Pick<CollaborationRequest, 'fromMemberId' | 'toMemberId'>): Side | null {
  if (!isMemberCaller(caller)) return null;
  if (caller.memberId === request.fromMemberId) return 'REQUESTER';
  if (caller.memberId === request.toMemberId) return 'RECEIVER';
  return null;
}

/**
 * SQL form of the same rule, for lists: `alias` is a collaboration_request (or
 * request_event) row, `memberSql` the member as any SQL expression (a parameter, or a
 * column in joins).
 */
export function partyConditionFor(alias: string, memberSql: string): string {
  return `(${alias}.from_member_id = ${memberSql} OR ${alias}.to_member_id = ${memberSql})`;
}

/**
 * Loads a request the caller is party to (NOT_FOUND otherwise), optionally locking its row
 * for the rest of the transaction, and checks the caller's side when one is required
 * (FORBIDDEN for the other party).
 */
export async function requestForCaller(
  ctx: Context,
  id: string,
  options: { lock?: boolean; side?: Side } = {},
): Promise<{ request: CollaborationRequest; side: Side }> {
  const request = isUuid(id)
    ? await ctx.manager.findOne(CollaborationRequest, { where: { id }, ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
    : null;
  const side = request ? sideOf(ctx.caller, request) : null;
  if (!request || !side) throw new NotFoundError('Collaboration request', id);
  if (options.side && options.side !== side) {
    throw new ForbiddenError(`Only the ${options.side === 'RECEIVER' ? 'receiving' : 'requesting'} member may take this step.`);
  }
  return { request, side };
}
