import type { ChildListSpec, PageArgs } from '../../db/batched-pages';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import type { Page } from '../../common/pagination';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { ApiToken } from '../auth/api-token.entity';
import { CriticalRosterChange } from './critical-roster.entity';
import type { AddToCriticalTeamInput, RemoveFromCriticalTeamInput, SetTokenCriticalAccessInput } from './critical-roster.inputs';
import { canSeeMember, isAdminOf, lockOwned } from '../../common/access';
import { User } from './user.entity';

/**
 * The member whose roster the calling admin manages. The role check (`@Authorized('ADMIN')`)
 * has already let only a member admin's personal token through.
 */
function adminMemberId(ctx: Context): { memberId: string; actorUserId: string } {
  if (ctx.caller.kind !== 'user') throw new NotFoundError('Member');
  return { memberId: ctx.caller.memberId, actorUserId: ctx.caller.userId };
}

/**
 * Serialises the roster changes of one member, so that its history has one order: taken
 * first thing in the transaction, before the user or token row is read.
 */
async function lockRoster(tx: Context, memberId: string): Promise<void> {
  await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`critical-roster:${memberId}`]);
}

/**
 * Writes one history row at the request's clock time; should the member's previous change
 * carry the same millisecond (or a later one), one millisecond after it, so that the
 * history's order (`createdAt`, then id) is always the order the changes were made in.
 */
async function record(tx: Context, change: Pick<CriticalRosterChange, 'memberId' | 'userId' | 'tokenId' | 'added' | 'actorUserId'>): Promise<void> {
  const last = await tx.manager.findOne(CriticalRosterChange, {
    select: { id: true, createdAt: true },
    where: { memberId: change.memberId },
    order: { createdAt: 'DESC' },
  });
  const now = tx.clock.now();
  const createdAt = last && last.createdAt.getTime() >= now.getTime() ? new Date(last.createdAt.getTime() + 1) : now;
  await tx.manager.insert(CriticalRosterChange, { ...change, createdAt });
}

/**
 * Puts a user of the admin's member on the critical team, or takes them off. The member's
 * roster is locked, so concurrent calls record one change; a call that changes nothing
 * records nothing.
 */
async function setUserOnTeam(ctx: Context, userId: string, on: boolean): Promise<User> {
  const { memberId, actorUserId } = adminMemberId(ctx);
  return withTransaction(ctx, async (tx) => {
    await lockRoster(tx, memberId);
    const user = await lockOwned(tx, User, userId, memberId, 'User');
    if (user.onCriticalTeam !== on) {
      user.onCriticalTeam = on;
      await tx.manager.update(User, { id: user.id }, { onCriticalTeam: on });
      await record(tx, { memberId, userId: user.id, tokenId: null, added: on, actorUserId });
      tx.log.info({ memberId, userId: user.id, added: on }, 'critical team changed');
    }
    return user;
  });
}

/** Member admin: puts one of the member's users on its critical-escalation team (idempotent). */
export function addToCriticalTeam(ctx: Context, input: AddToCriticalTeamInput): Promise<User> {
  return setUserOnTeam(ctx, input.userId, true);
}

/** Member admin: takes one of the member's users off its critical-escalation team (idempotent). */
export function removeFromCriticalTeam(ctx: Context, input: RemoveFromCriticalTeamInput): Promise<User> {
  return setUserOnTeam(ctx, input.userId, false);
}

/**
 * Member admin: grants or withdraws a service token's critical access (idempotent). Only a
 * live service token of the admin's own member: a personal token follows its user's place
 * on the team, and a revoked token can no longer call at all.
 */
export async function setTokenCriticalAccess(ctx: Context, input: SetTokenCriticalAccessInput): Promise<ApiToken> {
  const { memberId, actorUserId } = adminMemberId(ctx);
  return withTransaction(ctx, async (tx) => {
    await lockRoster(tx, memberId);
    const token = await lockOwned(tx, ApiToken, input.tokenId, memberId, 'Token');
    if (token.kind !== 'SERVICE') {
      throw new BadUserInputError([
        { path: 'tokenId', message: "is a personal token: personal tokens follow their user's roster place; add the user to the critical team instead" },
      ]);
    }
    if (token.revokedAt) throw new BadUserInputError([{ path: 'tokenId', message: 'is a revoked token: it can no longer call at all' }]);
    if (token.canSubmitCritical !== input.allowed) {
      token.canSubmitCritical = input.allowed;
      await tx.manager.update(ApiToken, { id: token.id }, { canSubmitCritical: input.allowed });
      await record(tx, { memberId, userId: null, tokenId: token.id, added: input.allowed, actorUserId });
      tx.log.info({ memberId, tokenId: token.id, added: input.allowed }, 'critical token access changed');
    }
    return token;
  });
}

/** A member's roster changes, oldest first: for that member's admins only (batched over a list of members). */
export const rosterHistoryOfMember: ChildListSpec<CriticalRosterChange> = {
  entity: CriticalRosterChange,
  parentProperty: 'memberId',
  visibleParents: (ctx, ids) => ids.filter((id) => isAdminOf(ctx.caller, id)),
};

/** A member's roster changes, oldest first: for that member's admins only (empty for anyone else). */
export function criticalRosterHistory(ctx: Context, memberId: string, args: PageArgs): Promise<Page<CriticalRosterChange>> {
  return ctx.loaders.rosterHistoryOfMember(memberId, { first: args.first, after: args.after });
}

/** The users on a member's critical team, for the member's own callers and the operator (batched over a list of members). */
export const criticalTeamOfMember: ChildListSpec<User> = {
  entity: User,
  parentProperty: 'memberId',
  visibleParents: (ctx, ids) => ids.filter((id) => canSeeMember(ctx.caller, id)),
  scope(qb) {
    qb.andWhere('t.onCriticalTeam = true');
  },
};

/** The users on a member's critical team; empty for a member the caller may not see. */
export function criticalTeam(ctx: Context, memberId: string, args: PageArgs): Promise<Page<User>> {
  return ctx.loaders.criticalTeamOfMember(memberId, { first: args.first, after: args.after });
}

/** The token a roster change is about (batched). */
export function rosterChangeToken(ctx: Context, change: CriticalRosterChange): Promise<ApiToken | null> | null {
  return change.tokenId ? ctx.loaders.token.load(change.tokenId) : null;
}
