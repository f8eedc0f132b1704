import { requireMemberId } from '../../common/access';
import { callerMemberId } from '../../common/caller';
import { BadUserInputError, ForbiddenError, NotFoundError, type FieldProblem } from '../../common/errors';
import { NO_ID } from '../../common/ids';
import { likePattern, paginate, type Page } from '../../common/pagination';
import type { Context } from '../../context';
import type { ChildListSpec } from '../../db/batched-pages';
import { withTransaction } from '../../db/transaction';
import { idempotent } from '../idempotency/idempotency.service';
import { onCriticalRoster, reachableBy } from '../departments/department.access';
import { Department } from '../departments/department.entity';
import { appendEvents } from '../events/event-log.service';
import { RequestEventType } from '../events/request-event.entity';
import type { PartnerGroup } from '../partner-groups/partner-group.entity';
import { GroupKind } from '../partner-groups/partner-group.types';
import { normaliseValidFormData, validateFormData, type FormFieldSpec } from '../process-forms/form-fields';
import { ProcessForm, ProcessFormVersion } from '../process-forms/process-form.entity';
import { slaStateCondition, startResponseClock } from '../sla/sla-clock.service';
import { partyConditionFor, requestForCaller } from './request.access';
import { waitingOnCondition } from './next-action.access';
import { replayRequest } from './request-lifecycle';
import { CollaborationRequest, RequestNote } from './request.entity';
import type { RequestFilter, SubmitRequestInput } from './request.inputs';
import { RequestStatus } from './request.types';

/** Groups whose requests need the customer's details (dual entitlement). */
const ENTITLEMENT_KINDS = new Set([GroupKind.COLLABORATIVE, GroupKind.SOLUTION]);

function trimOrNull(s: string | null | undefined): string | null {
  return s?.trim() || null;
}

/** What a submission goes to: a department the caller reaches, with its group and its form's current version. */
export type Target = Department & { groupRef: PartnerGroup; currentFormVersion: ProcessFormVersion };

/**
 * The department of a submission, in one query through the directory rule with its lock:
 * with its group and its form's current version, found only while both members are active
 * in the group, their memberships held FOR SHARE until commit. NOT_FOUND otherwise.
 */
export async function submissionTarget(tx: Context, departmentId: string, fromMemberId: string): Promise<Target> {
  const qb = tx.manager
    .createQueryBuilder(Department, 'd')
    .innerJoinAndSelect('d.groupRef', 'g')
    .innerJoin(ProcessForm, 'f', 'f.id = d.form_id')
    .innerJoinAndMapOne('d.currentFormVersion', ProcessFormVersion, 'v', 'v.form_id = f.id AND v.version = f.version')
    .where('d.id = :id', { id: departmentId });
  const target = (await reachableBy(qb, 'd', fromMemberId, { lock: true }).getOne()) as Target | null;
  if (!target) throw new NotFoundError('Department', departmentId);
  return target;
}

/**
 * Everything wrong with a submission's input for its group and form, field by field: the
 * form's rules, the customer where the group needs entitlement, and for a critical
 * escalation its business impact and the receiver's existing case number.
 */
export function submissionProblems(input: SubmitRequestInput, groupKind: GroupKind, fields: FormFieldSpec[]): FieldProblem[] {
  const problems = validateFormData(fields, input.data);
  if (ENTITLEMENT_KINDS.has(groupKind) && !input.customer) {
    problems.push({ path: 'customer', message: `is required in ${groupKind} groups (dual entitlement): give at least the customer's name` });
  }
  if (groupKind === GroupKind.CRITICAL_ESCALATION) {
    if (!trimOrNull(input.businessImpact)) problems.push({ path: 'businessImpact', message: 'is required for a critical escalation' });
    if (!trimOrNull(input.receiverCaseNumber)) {
      problems.push({ path: 'receiverCaseNumber', message: 'is required for a critical escalation: the case the customer already has open with the receiving vendor' });
    }
  }
  return problems;
}

/** The new request's row, as submitted: the form data normalised, the texts trimmed, OPEN. */
export function newRequest(tx: Context, input: SubmitRequestInput, target: Target, fromMemberId: string): Partial<CollaborationRequest> {
  const now = tx.clock.now();
  const submitter = tx.caller.kind === 'user' ? tx.caller.userId : null;
  return {
    groupId: target.groupRef.id,
    fromMemberId,
    toMemberId: target.memberId,
    departmentId: target.id,
    formVersionId: target.currentFormVersion.id,
    priority: input.priority,
    critical: target.groupRef.kind === GroupKind.CRITICAL_ESCALATION,
    summary: input.summary.trim(),
    data: normaliseValidFormData(target.currentFormVersion.fields, input.data),
    customer: input.customer
      ? { name: input.customer.name.trim(), contactEmail: trimOrNull(input.customer.contactEmail), entitlementId: trimOrNull(input.customer.entitlementId) }
      : null,
    businessImpact: trimOrNull(input.businessImpact),
    requesterCaseNumber: input.requesterCaseNumber.trim(),
    receiverCaseNumber: trimOrNull(input.receiverCaseNumber),
    status: RequestStatus.OPEN,
    statusBeforeInformation: null,
    firstRespondedAt: null,
    submittedById: submitter,
    requesterAssigneeId: submitter,
    receiverAssigneeId: null,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    engagedFromId: null,
    shareWithRequester: false,
    observerMemberId: null,
  };
}

/**
 * Submits a request to a department in the caller's directory. The department's current
 * form version is checked and kept for ever; the group decides whether the customer's
 * details are needed; the critical channel is for the caller's critical roster only.
 */
export async function submitRequest(ctx: Context, input: SubmitRequestInput): Promise<CollaborationRequest> {
  const fromMemberId = requireMemberId(ctx.caller);
  return idempotent(ctx, 'submitRequest', input, replayRequest, (outer) => withTransaction(outer, async (tx) => {
    const target = await submissionTarget(tx, input.departmentId, fromMemberId);
    if (target.memberId === fromMemberId) throw new BadUserInputError([{ path: 'departmentId', message: 'is one of your own departments: requests go to another member' }]);
    const group = target.groupRef;
    if (group.kind === GroupKind.CRITICAL_ESCALATION && !(await onCriticalRoster(tx))) {
      throw new ForbiddenError("Only your member's critical-escalation team (or a service token granted by your admin) may submit critical escalations.");
    }
    const problems = submissionProblems(input, group.kind, target.currentFormVersion.fields);
    if (problems.length) throw new BadUserInputError(problems);
    const request = await tx.manager.save(tx.manager.create(CollaborationRequest, newRequest(tx, input, target, fromMemberId)));
    await startResponseClock(tx, request, group);
    await appendEvents(tx, request, [{ type: RequestEventType.REQUEST_SUBMITTED, detail: { priority: request.priority, formVersion: target.currentFormVersion.version } }]);
    return request;
  }));
}

/** A request the caller is party to; NOT_FOUND otherwise. */
export async function getRequest(ctx: Context, id: string): Promise<CollaborationRequest> {
  return (await requestForCaller(ctx, id, { read: true })).request;
}

/** The caller's inbound (received) or outbound (submitted) requests, newest first. */
export async function listRequests(
  ctx: Context,
  direction: 'inbound' | 'outbound',
  args: { filter?: RequestFilter | null; first?: number; after?: string },
): Promise<Page<CollaborationRequest>> {
  const memberId = requireMemberId(ctx.caller);
  const qb = ctx.manager.createQueryBuilder(CollaborationRequest, 'r');
  qb.where(direction === 'inbound' ? 'r.toMemberId = :memberId' : 'r.fromMemberId = :memberId', { memberId });
  const f = args.filter;
  if (f?.status?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: f.status });
  if (f?.priority?.length) qb.andWhere('r.priority IN (:...priorities)', { priorities: f.priority });
  if (f?.groupId) qb.andWhere('r.groupId = :groupId', { groupId: f.groupId });
  if (f?.critical != null) qb.andWhere('r.critical = :critical', { critical: f.critical });
  if (f?.escalated != null) qb.andWhere(f.escalated ? 'r.escalatedAt IS NOT NULL' : 'r.escalatedAt IS NULL');
  if (f?.slaState) {
    const sla = slaStateCondition('r', f.slaState, ctx.clock.now());
    qb.andWhere(sla.sql, sla.params);
  }
  if (f?.caseNumber) qb.andWhere('(r.requesterCaseNumber = :caseNumber OR r.receiverCaseNumber = :caseNumber)', { caseNumber: f.caseNumber.trim() });
  if (f?.search?.trim()) {
    qb.andWhere(
      `(r.summary ILIKE :search OR r.requesterCaseNumber ILIKE :search OR r.receiverCaseNumber ILIKE :search OR r.customer->>'name' ILIKE :search)`,
      { search: likePattern(f.search) },
    );
  }
  if (f?.departmentId) qb.andWhere('r.departmentId = :departmentId', { departmentId: f.departmentId });
  if (f?.assignedToMe != null) {
    if (ctx.caller.kind !== 'user') throw new BadUserInputError([{ path: 'filter.assignedToMe', message: 'is for users: a service token has no assignments' }]);
    const column = direction === 'inbound' ? 'r.receiverAssigneeId' : 'r.requesterAssigneeId';
    qb.andWhere(f.assignedToMe ? `${column} = :me` : `(${column} IS NULL OR ${column} <> :me)`, { me: ctx.caller.userId });
  }
  if (f?.waitingOnMe != null) qb.andWhere(f.waitingOnMe ? waitingOnCondition('r', ':me') : `NOT ${waitingOnCondition('r', ':me')}`, { me: memberId });
  if (f?.updatedSince) qb.andWhere('r.updatedAt >= :updatedSince', { updatedSince: f.updatedSince });
  return paginate(qb, args, 'DESC');
}

/** A request's notes as the caller may see them (internal ones only to their member), batched over a list. */
export const notesOfRequest: ChildListSpec<RequestNote> = {
  entity: RequestNote,
  parentProperty: 'requestId',
  scope: (qb, ctx) => {
    qb.andWhere('(t.internal = false OR t.member_id = :noteViewer)', { noteViewer: callerMemberId(ctx.caller) ?? NO_ID });
  },
};

/** The requests closed as duplicates of each request of a list, oldest first, batched. */
export const duplicatesOfRequest: ChildListSpec<CollaborationRequest> = {
  entity: CollaborationRequest,
  parentProperty: 'duplicateOfId',
  // only those the caller sees (an observer of the original does not see its duplicates)
  scope: (qb, ctx) => {
    qb.andWhere(partyConditionFor('t', ':duplicateViewer'), { duplicateViewer: callerMemberId(ctx.caller) ?? NO_ID });
  },
};
