import type { SelectQueryBuilder } from 'typeorm';
import { isMemberCaller } from '../../common/caller';
import type { Context } from '../../context';
import { ApiToken } from '../auth/api-token.entity';
import { User } from '../members/user.entity';
import { GroupMembership, MembershipStatus } from '../partner-groups/membership.entity';
import { GroupKind } from '../partner-groups/partner-group.types';
import { Department } from './department.entity';

/**
 * The directory rule, in one place: a member reaches a department of another member when it
 * is not archived and both members are ACTIVE in its group; critical-escalation departments
 * only for the caller's critical roster. Everything that shows another member's department
 * or form, and every submission, goes through these queries.
 */

/**
 * Whether the caller may use the critical-escalation channel: a user on its member's
 * critical team, or a service token the admin granted. Read fresh through `ctx.manager`,
 * not from the caller resolved when a WebSocket opened: a withdrawn grant counts at once.
 */
export async function onCriticalRoster(ctx: Context): Promise<boolean> {
  const c = ctx.caller;
  if (c.kind === 'service') return ctx.manager.existsBy(ApiToken, { id: c.tokenId, canSubmitCritical: true });
  if (c.kind !== 'user') return false;
  return ctx.manager.existsBy(User, { id: c.userId, onCriticalTeam: true });
}

/**
 * The core of the rule on a department query: not archived, and the member `:dirMe` and
 * the owner both ACTIVE in its group. With `lock`, the two memberships are joined and held
 * FOR SHARE to the end of the transaction, so neither can be suspended before a
 * submission commits; without, they are `EXISTS` conditions.
 */
export function reachableBy<T extends SelectQueryBuilder<Department>>(qb: T, alias: string, memberId: string, options: { lock?: boolean } = {}): T {
  qb.andWhere(`${alias}.archivedAt IS NULL`).setParameters({ dirMe: memberId, dirActive: MembershipStatus.ACTIVE });
  const mine = `mine.group_id = ${alias}.group_id AND mine.member_id = :dirMe AND mine.status = :dirActive`;
  const theirs = `theirs.group_id = ${alias}.group_id AND theirs.member_id = ${alias}.member_id AND theirs.status = :dirActive`;
  if (options.lock) {
    qb.innerJoin(GroupMembership, 'mine', mine).innerJoin(GroupMembership, 'theirs', theirs).setLock('pessimistic_read', undefined, ['mine', 'theirs']);
  } else {
    qb.andWhere(`EXISTS (SELECT 1 FROM group_membership mine WHERE ${mine})`).andWhere(`EXISTS (SELECT 1 FROM group_membership theirs WHERE ${theirs})`);
  }
  return qb;
}

/** The caller's directory as a query: departments of OTHER members it reaches, critical ones only for its roster. */
export async function directoryQuery(ctx: Context, alias = 'd'): Promise<SelectQueryBuilder<Department>> {
  const qb = ctx.manager.createQueryBuilder(Department, alias);
  const c = ctx.caller;
  if (!isMemberCaller(c)) return qb.where('false');
  qb.where(`${alias}.memberId <> :dirMe`, { dirMe: c.memberId });
  reachableBy(qb, alias, c.memberId);
  if (!(await ctx.loaders.criticalRoster())) {
    qb.andWhere(`NOT EXISTS (SELECT 1 FROM partner_group cg WHERE cg.id = ${alias}.group_id AND cg.kind = :dirCritical)`, {
      dirCritical: GroupKind.CRITICAL_ESCALATION,
    });
  }
  return qb;
}

/** Whether a department of another member is in the caller's directory. */
export async function inDirectory(ctx: Context, departmentId: string): Promise<boolean> {
  return (await directoryQuery(ctx)).andWhere('d.id = :departmentId', { departmentId }).getExists();
}

/** Whether a form of another member is behind a department in the caller's directory. */
export async function canSeeOtherMembersForm(ctx: Context, formId: string): Promise<boolean> {
  return (await directoryQuery(ctx)).andWhere('d.formId = :formId', { formId }).getExists();
}
