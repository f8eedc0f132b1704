import type { ChildListSpec } from '../../db/batched-pages';
import { BadUserInputError, InvalidTransitionError } from '../../common/errors';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { RequestEventType } from '../events/request-event.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { requestForCaller } from '../requests/request-access';
import { CollaborationRequest } from '../requests/request.entity';
import { step } from '../requests/request.service';
import { RequestStatus } from '../requests/request.types';
import type { CloseAsDuplicateInput, EscalateRequestInput } from './automation.inputs';
import { ESCALATION_RULES, escalationEligibleAt } from './escalation';

/**
 * When the receiver last updated a request, for the escalation rules: its last event that
 * is the receiver's (not internal, not an assignment), or that handed the request back to
 * it (submission, the requester's answer, a reopen).
 */
async function receiverUpdatedAt(tx: Context, request: CollaborationRequest): Promise<Date> {
  const [row] = await tx.manager.query(
    `SELECT max(e.at) AS at FROM request_event e
     WHERE e.request_id = $1 AND e.only_member_id IS NULL
       AND ((e.actor_member_id = $2 AND e.type <> 'REQUEST_ASSIGNED') OR e.type IN ('REQUEST_SUBMITTED', 'INFORMATION_PROVIDED', 'REQUEST_REOPENED'))`,
    [request.id, request.toMemberId],
  );
  return row?.at ? new Date(row.at) : request.createdAt;
}

/**
 * Requester: escalates an OPEN or ACCEPTED request to the receiver's management, when the
 * partner handbook's rule for its priority allows it now (`ESCALATION_RULES`, in the
 * group's calendar); INVALID_TRANSITION otherwise, saying when it becomes eligible. Once.
 */
export function escalateRequest(ctx: Context, input: EscalateRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'escalateRequest', input.id, async (tx, request) => {
    if (request.escalatedAt) {
      throw new InvalidTransitionError(`The request was already escalated at ${request.escalatedAt.toISOString()}.`, request.status, { escalatedAt: request.escalatedAt.toISOString() });
    }
    const now = tx.clock.now();
    const group = await tx.manager.findOneByOrFail(PartnerGroup, { id: request.groupId });
    const since = await receiverUpdatedAt(tx, request);
    const eligibleAt = escalationEligibleAt(request.priority, group.calendar, since);
    const rule = ESCALATION_RULES[request.priority].rule;
    if (!eligibleAt) throw new InvalidTransitionError(`${rule}.`, request.status, { eligibleAt: null });
    if (now.getTime() < eligibleAt.getTime()) {
      throw new InvalidTransitionError(
        `${rule}: the receiver last updated this one at ${since.toISOString()}, so it becomes eligible at ${eligibleAt.toISOString()}.`,
        request.status,
        { eligibleAt: eligibleAt.toISOString() },
      );
    }
    request.escalatedAt = now;
    return [{ type: RequestEventType.REQUEST_ESCALATED, detail: { reason: input.reason.trim(), priority: request.priority, receiverUpdatedAt: since.toISOString(), eligibleAt: eligibleAt.toISOString() } }];
  });
}

/** Statuses an original may have: anything but a request that was never worked. */
const NOT_AN_ORIGINAL = new Set([RequestStatus.REJECTED, RequestStatus.CANCELLED]);

/**
 * Receiver: closes a request as a duplicate of another request it received from the same
 * requester member. The duplicate is CLOSED with `duplicateOf`; the original lists it in
 * `duplicates` (its requester case number and submitter watch the original). Both rows are
 * locked in id order first, so two crossing calls cannot deadlock (the second sees the
 * first's close and is refused).
 */
export function closeAsDuplicate(ctx: Context, input: CloseAsDuplicateInput): Promise<CollaborationRequest> {
  return withTransaction(ctx, async (tx) => {
    if (input.id === input.originalId) throw new BadUserInputError([{ path: 'originalId', message: 'is the request itself: name the request it duplicates' }]);
    await tx.manager.query('SELECT id FROM collaboration_request WHERE id IN ($1, $2) ORDER BY id FOR UPDATE', [input.id, input.originalId]);
    return step(tx, 'closeAsDuplicate', input.id, async (inner, request) => {
      const { request: original, side } = await requestForCaller(inner, input.originalId, { lock: true });
      const problems = [];
      if (side !== 'RECEIVER') problems.push('is a request your member submitted: the original must be one your member received');
      else if (original.fromMemberId !== request.fromMemberId) problems.push('was submitted by another member: a duplicate is closed only into a request from the same requester');
      else if (original.duplicateOfId) problems.push(`is itself closed as a duplicate of ${original.duplicateOfId}: name that request`);
      else if (NOT_AN_ORIGINAL.has(original.status)) problems.push(`is ${original.status}: the original must be a request that is (or was) worked`);
      if (problems.length) throw new BadUserInputError(problems.map((message) => ({ path: 'originalId', message })));
      const now = inner.clock.now();
      request.status = RequestStatus.CLOSED;
      request.statusBeforeInformation = null;
      request.closedAt = now;
      request.duplicateOfId = original.id;
      return [
        {
          type: RequestEventType.REQUEST_CLOSED,
          detail: { resolution: `duplicate of ${original.requesterCaseNumber}`, duplicateOf: original.id, originalRequesterCaseNumber: original.requesterCaseNumber, by: 'RECEIVER' },
        },
      ];
    });
  });
}

/** The requests closed as duplicates of each request of a list, oldest first, batched. */
export const duplicatesOfRequest: ChildListSpec<CollaborationRequest> = {
  entity: CollaborationRequest,
  parentProperty: 'duplicateOfId',
};
