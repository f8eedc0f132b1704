import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { paginate, type Page } from '../../common/pagination';
import type { Context } from '../../context';
import { likePattern } from '../members/member.service';
import { ApiToken } from '../auth/api-token.entity';
import { User } from '../members/user.entity';
import { MembershipStatus } from '../partner-groups/membership.entity';
import { GroupKind } from '../partner-groups/partner-group.types';
import { Department } from './department.entity';

/**
 * Whether the caller may use the critical-escalation channel: a user on its member's
 * critical team, or a service token the admin granted. Asked once per request.
 */
export async function onCriticalRoster(ctx: Context): Promise<boolean> {
  const c = ctx.caller;
  // read fresh, not from the caller resolved when a WebSocket opened: a withdrawn grant counts at once
  if (c.kind === 'service') return ctx.manager.existsBy(ApiToken, { id: c.tokenId, canSubmitCritical: true });
  if (c.kind !== 'user') return false;
  return ctx.manager.existsBy(User, { id: c.userId, onCriticalTeam: true });
}

/**
 * The directory rule, in one place: departments of OTHER members, not archived, in groups
 * where both the caller's member and the owner are ACTIVE; critical-escalation departments
 * only for the caller's critical roster. Everything that shows another member's department
 * or form goes through this query.
 */
export async function directoryQuery(ctx: Context, alias = 'd'): Promise<SelectQueryBuilder<Department>> {
  const qb = ctx.manager.createQueryBuilder(Department, alias);
  const c = ctx.caller;
  if (c.kind !== 'user' && c.kind !== 'service') return qb.where('false');
  qb.where(`${alias}.archivedAt IS NULL`)
    .andWhere(`${alias}.memberId <> :dirMe`, { dirMe: c.memberId })
    .andWhere(
      `EXISTS (SELECT 1 FROM group_membership mine WHERE mine.group_id = ${alias}.group_id AND mine.member_id = :dirMe AND mine.status = :dirActive)`,
      { dirActive: MembershipStatus.ACTIVE },
    )
    .andWhere(`EXISTS (SELECT 1 FROM group_membership theirs WHERE theirs.group_id = ${alias}.group_id AND theirs.member_id = ${alias}.member_id AND theirs.status = :dirActive)`);
  if (!(await ctx.loaders.criticalRoster())) {
    qb.andWhere(`NOT EXISTS (SELECT 1 FROM partner_group cg WHERE cg.id = ${alias}.group_id AND cg.kind = :dirCritical)`, {
      dirCritical: GroupKind.CRITICAL_ESCALATION,
    });
  }
  return qb;
}

/** The caller's directory: searchable by member name, department name and description. */
export async function listDirectory(ctx: Context, args: { search?: string; groupId?: string; first?: number; after?: string }): Promise<Page<Department>> {
  const qb = await directoryQuery(ctx);
  if (args.groupId) qb.andWhere('d.groupId = :groupId', { groupId: args.groupId });
  if (args.search?.trim()) {
    const q = likePattern(args.search);
    qb.innerJoin('member', 'owner', 'owner.id = d.member_id').andWhere(
      new Brackets((w) => w.where('owner.name ILIKE :q', { q }).orWhere('d.name ILIKE :q', { q }).orWhere('d.description ILIKE :q', { q })),
    );
  }
  return paginate(qb, args);
}

/** Whether a department of another member is in the caller's directory. */
export async function inDirectory(ctx: Context, departmentId: string): Promise<boolean> {
  return (await directoryQuery(ctx)).andWhere('d.id = :departmentId', { departmentId }).getExists();
}

/** Whether a form of another member is behind a department in the caller's directory. */
export async function canSeeOtherMembersForm(ctx: Context, formId: string): Promise<boolean> {
  return (await directoryQuery(ctx)).andWhere('d.formId = :formId', { formId }).getExists();
}
