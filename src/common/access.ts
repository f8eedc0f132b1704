import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { isMemberCaller, type Caller } from './caller';
import { NotFoundError } from './errors';

/**
 * The access rules every feature shares. Each feature's own visibility rule is in its
 * `<feature>.access.ts`, written once as a check and once as SQL side by side; what a
 * caller may not see answers NOT_FOUND, as if it did not exist.
 */

/** Whether the caller is an admin of the member (its tokens and roster history are theirs only). */
export function isAdminOf(caller: Caller, memberId: string): boolean {
  return caller.kind === 'user' && caller.role === 'ADMIN' && caller.memberId === memberId;
}

/** Whether the caller may see a member's own things: the operator, or a caller of that member. */
export function canSeeMember(caller: Caller, memberId: string): boolean {
  return caller.kind === 'operator' || (isMemberCaller(caller) && caller.memberId === memberId);
}

/**
 * The member a caller acts for. The role checks let only members' callers reach the
 * services that ask; anyone else gets NOT_FOUND, as for anything they may not see.
 */
export function requireMemberId(caller: Caller): string {
  if (!isMemberCaller(caller)) throw new NotFoundError('Member');
  return caller.memberId;
}

/**
 * One row of a member (its webhook, department, token, form, user), locked for the rest of
 * the transaction; NOT_FOUND naming `what` when there is no such row of that member, so
 * other members' ids look like ids that do not exist.
 */
export async function lockOwned<T extends { id: string; memberId: string | null }>(
  tx: { manager: EntityManager },
  entity: EntityTarget<T>,
  id: string,
  memberId: string,
  what: string,
): Promise<T> {
  const row = await tx.manager.findOne(entity, { where: { id, memberId } as FindOptionsWhere<T>, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new NotFoundError(what, id);
  return row;
}
