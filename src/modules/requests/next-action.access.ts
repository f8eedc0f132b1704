import type { Context } from '../../context';
import type { CollaborationRequest } from './request.entity';
import { OPEN_STATUSES, RequestStatus } from './request.types';

/**
 * Who holds the ball on a request (`nextActionOwner`), as a check and as SQL side by side:
 * nobody once it is no longer worked; the requester while INFORMATION_REQUESTED; otherwise
 * the receiver, unless one of its open engagements (that the caller sees) waits on another
 * member, who then holds it (down the chain, link by link).
 */

/** The member holding the ball, as the caller may know it: one batched query per link depth, whatever the list. */
export async function nextActionOwnerId(ctx: Context, request: CollaborationRequest): Promise<string | null> {
  if (!OPEN_STATUSES.includes(request.status)) return null;
  if (request.status === RequestStatus.INFORMATION_REQUESTED) return request.fromMemberId;
  const engagements = await ctx.loaders.openEngagements.load(request.id);
  const owners = await Promise.all(engagements.map((e) => nextActionOwnerId(ctx, e)));
  return owners.find((owner) => owner && owner !== request.toMemberId) ?? request.toMemberId;
}

/**
 * SQL form of "the ball is with `memberSql`" for a request the member is party to (`alias`
 * a collaboration_request row): the requester while INFORMATION_REQUESTED; the receiver
 * while OPEN or ACCEPTED with no engagement of its own OPEN or ACCEPTED (an engagement waits
 * on its receiver, or further down, never back on the engaging member: cycles are refused;
 * and an engagement INFORMATION_REQUESTED hands the ball back to the engaging member). An
 * observer never holds the ball.
 */
export function waitingOnCondition(alias: string, memberSql: string): string {
  return `((${alias}.status = 'INFORMATION_REQUESTED' AND ${alias}.from_member_id = ${memberSql})
    OR (${alias}.status IN ('OPEN', 'ACCEPTED') AND ${alias}.to_member_id = ${memberSql}
        AND NOT EXISTS (SELECT 1 FROM collaboration_request waiting_e WHERE waiting_e.engaged_from_id = ${alias}.id AND waiting_e.status IN ('OPEN', 'ACCEPTED'))))`;
}
