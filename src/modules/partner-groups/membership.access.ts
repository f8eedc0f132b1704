import type { SelectQueryBuilder } from 'typeorm';
import { requireMemberId } from '../../common/access';
import { NO_ID } from '../../common/ids';
import type { Context } from '../../context';
import { GroupMembership, MembershipStatus } from './membership.entity';

const S = MembershipStatus;

/**
 * The membership visibility rule. Whether the caller may see a membership: the operator; the member itself; and the
 * members active in the same group, who see its ACTIVE memberships (who is in the group).
 */
export async function visibleMembershipFilter(ctx: Context): Promise<{ all: true } | { memberId: string; activeGroupIds: string[] }> {
  if (ctx.caller.kind === 'operator') return { all: true };
  const memberId = requireMemberId(ctx.caller);
  const active = await ctx.manager.find(GroupMembership, { select: { groupId: true }, where: { memberId, status: S.ACTIVE } });
  return { memberId, activeGroupIds: active.map((m) => m.groupId) };
}

export function applyVisibility(qb: SelectQueryBuilder<GroupMembership>, alias: string, vis: Awaited<ReturnType<typeof visibleMembershipFilter>>) {
  if ('all' in vis) return;
  qb.andWhere(`(${alias}.member_id = :visMember OR (${alias}.status = :visActive AND ${alias}.group_id IN (:...visGroups)))`, {
    visMember: vis.memberId,
    visActive: S.ACTIVE,
    visGroups: vis.activeGroupIds.length ? vis.activeGroupIds : [NO_ID],
  });
}
