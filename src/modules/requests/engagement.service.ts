import DataLoader from 'dataloader';
import { requireMemberId } from '../../common/access';
import { callerMemberId } from '../../common/caller';
import { BadUserInputError, ForbiddenError } from '../../common/errors';
import { isUuid, NO_ID } from '../../common/ids';
import type { Context } from '../../context';
import type { ChildListSpec } from '../../db/batched-pages';
import { withTransaction } from '../../db/transaction';
import { onCriticalRoster } from '../departments/department.access';
import { RequestEventType } from '../events/request-event.entity';
import { idempotent } from '../idempotency/idempotency.service';
import { GroupKind } from '../partner-groups/partner-group.types';
import { startResponseClock } from '../sla/sla-clock.service';
import { appendEvents } from '../events/event-log.service';
import { partyConditionFor, requestForCaller, sideOf } from './request.access';
import { CollaborationRequest } from './request.entity';
import type { EngagePartyInput } from './request.inputs';
import { assertFrom, commitChange, replayRequest } from './request-lifecycle';
import { newRequest, submissionProblems, submissionTarget } from './request.service';
import { OPEN_STATUSES } from './request.types';

/**
 * Multi-party cases: the receiver B of a request R engages a further member C through one
 * of C's departments in a group B and C are both active in. The engagement R' is a request
 * of its own from B to C (C's form, the B–C group's clocks and calendar, its own case
 * numbers, notes, timeline and pushes), linked to R by `engagedFromId`. C never sees R;
 * A (R's requester) observes R' only when B shares it.
 */

/** The members already on the chain of requests that ends at `requestId` (each link's two parties), in one recursive query. */
async function chainMembers(tx: Context, requestId: string): Promise<Set<string>> {
  const rows: Array<{ from_member_id: string; to_member_id: string }> = await tx.manager.query(
    `WITH RECURSIVE chain AS (
       SELECT id, engaged_from_id, from_member_id, to_member_id, 1 AS depth FROM collaboration_request WHERE id = $1
       UNION ALL
       SELECT r.id, r.engaged_from_id, r.from_member_id, r.to_member_id, c.depth + 1
         FROM collaboration_request r JOIN chain c ON r.id = c.engaged_from_id
        WHERE c.depth < 100
     )
     SELECT from_member_id, to_member_id FROM chain`,
    [requestId],
  );
  return new Set(rows.flatMap((r) => [r.from_member_id, r.to_member_id]));
}

/**
 * Receiver of a request: engages a further party. The engagement is validated like a
 * submission (the directory rule with its lock, the target's form, the group's kind, the
 * critical roster) and starts its own response clock under its group's terms; the request
 * it was engaged from gets a PARTY_ENGAGED event (only the engaging member sees it unless
 * shared). A member already on the chain cannot be engaged again (no cycles). Idempotent.
 */
export async function engageParty(ctx: Context, input: EngagePartyInput): Promise<CollaborationRequest> {
  const memberId = requireMemberId(ctx.caller);
  return idempotent(ctx, 'engageParty', input, replayRequest, (outer) =>
    withTransaction(outer, async (tx) => {
      const { request: origin } = await requestForCaller(tx, input.requestId, { lock: true, side: 'RECEIVER' });
      assertFrom('engageParty', origin);
      const target = await submissionTarget(tx, input.departmentId, memberId);
      if (target.memberId === memberId) throw new BadUserInputError([{ path: 'departmentId', message: 'is one of your own departments: engage another member' }]);
      if ((await chainMembers(tx, origin.id)).has(target.memberId)) {
        throw new BadUserInputError([{ path: 'departmentId', message: "belongs to a member already on this request's chain: engaging it again would make a cycle" }]);
      }
      const group = target.groupRef;
      if (group.kind === GroupKind.CRITICAL_ESCALATION && !(await onCriticalRoster(tx))) {
        throw new ForbiddenError("Only your member's critical-escalation team (or a service token granted by your admin) may engage through the critical channel.");
      }
      const problems = submissionProblems(input, group.kind, target.currentFormVersion.fields);
      if (problems.length) throw new BadUserInputError(problems);
      const share = input.shareWithRequester ?? false;
      const engagement = await tx.manager.save(
        tx.manager.create(CollaborationRequest, {
          ...newRequest(tx, input, target, memberId),
          engagedFromId: origin.id,
          shareWithRequester: share,
          observerMemberId: share ? origin.fromMemberId : null,
        }),
      );
      await startResponseClock(tx, engagement, group);
      await appendEvents(tx, engagement, [
        { type: RequestEventType.REQUEST_SUBMITTED, detail: { priority: engagement.priority, formVersion: target.currentFormVersion.version, engagement: true } },
      ]);
      await commitChange(tx, origin, 'RECEIVER', origin.status, [
        {
          type: RequestEventType.PARTY_ENGAGED,
          detail: { engagementId: engagement.id, toMemberId: engagement.toMemberId, departmentId: engagement.departmentId, shareWithRequester: share },
          onlyMemberId: share ? null : origin.toMemberId,
        },
      ]);
      return engagement;
    }),
  );
}

/** A request's engagements the caller may see (all for the engaging member, the shared ones for an observer), oldest first, batched over a list. */
export const engagementsOfRequest: ChildListSpec<CollaborationRequest> = {
  entity: CollaborationRequest,
  parentProperty: 'engagedFromId',
  scope: (qb, ctx) => {
    qb.andWhere(partyConditionFor('t', ':engagementViewer'), { engagementViewer: callerMemberId(ctx.caller) ?? NO_ID });
  },
};

/** The request an engagement was made from, when the caller may see it (B, and A when shared); null otherwise (C). */
export async function engagedFromFor(ctx: Context, request: CollaborationRequest): Promise<CollaborationRequest | null> {
  if (!request.engagedFromId) return null;
  const origin = await ctx.loaders.request.load(request.engagedFromId);
  return origin && sideOf(ctx.caller, origin) ? origin : null;
}

/** Per request: its open engagements the caller may see, oldest first: one query per batch. */
export function openEngagementsLoader(ctx: Context): DataLoader<string, CollaborationRequest[]> {
  return new DataLoader<string, CollaborationRequest[]>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await ctx.dataSource.manager
          .createQueryBuilder(CollaborationRequest, 'r')
          .where('r.engaged_from_id IN (:...ids)', { ids: valid })
          .andWhere('r.status IN (:...open)', { open: [...OPEN_STATUSES] })
          .andWhere(partyConditionFor('r', ':viewer'), { viewer: callerMemberId(ctx.caller) ?? NO_ID })
          .orderBy('r.created_at', 'ASC')
          .addOrderBy('r.id', 'ASC')
          .getMany()
      : [];
    const out = new Map<string, CollaborationRequest[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(r.engagedFromId!)?.push(r);
    return ids.map((id) => out.get(id)!);
  });
}
