import { BadUserInputError, ForbiddenError, InvalidTransitionError, NotFoundError, type FieldProblem } from '../../common/errors';
import type { ChildListSpec } from '../../db/batched-pages';
import { callerMemberId, requireMemberId } from '../../common/caller';
import { paginate, type Page } from '../../common/pagination';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { Department } from '../departments/department.entity';
import { onCriticalRoster } from '../departments/directory.service';
import { appendEvents, type NewEvent } from '../events/event-log.service';
import { RequestEventType } from '../events/request-event.entity';
import { User } from '../members/user.entity';
import { GroupMembership, MembershipStatus } from '../partner-groups/membership.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { GroupKind } from '../partner-groups/partner-group.types';
import { normaliseValidFormData, validateFormData } from '../process-forms/form-fields';
import { ProcessForm, ProcessFormVersion } from '../process-forms/process-form.entity';
import { isReceiverUpdate, onRequestChanged, slaStateCondition, startResponseClock } from '../sla/sla-clock.service';
import { startWaitingOnRequester } from '../automation/follow-up.service';
import { requestForCaller } from './request-access';
import { CollaborationRequest, RequestNote } from './request.entity';
import type {
  AcceptRequestInput,
  AddNoteInput,
  AssignRequestInput,
  CancelRequestInput,
  CloseRequestInput,
  ProvideInformationInput,
  RejectRequestInput,
  ReopenRequestInput,
  RequestFilter,
  RequestInformationInput,
  SubmitRequestInput,
} from './request.inputs';
import { RequestStatus, type Side } from './request.types';

const S = RequestStatus;
const DAY_MS = 86_400_000;
/** A closed request may be reopened within this many days of closing. */
export const REOPEN_WINDOW_DAYS = 30;
/** Groups whose requests need the customer's details (dual entitlement). */
const ENTITLEMENT_KINDS = new Set([GroupKind.COLLABORATIVE, GroupKind.SOLUTION]);

function userOf(ctx: Context): string | null {
  return ctx.caller.kind === 'user' ? ctx.caller.userId : null;
}

function trimOrNull(s: string | null | undefined): string | null {
  return s?.trim() || null;
}

/**
 * Submits a request to a department in the caller's directory. The department's current
 * form version is checked and kept for ever; the group decides whether the customer's
 * details are needed; the critical channel is for the caller's critical roster only.
 */
export async function submitRequest(ctx: Context, input: SubmitRequestInput): Promise<CollaborationRequest> {
  const fromMemberId = requireMemberId(ctx.caller);
  return withTransaction(ctx, async (tx) => {
    // In one query: the department with its group and its form's current version, found only
    // while both members are active in the group; their memberships are held (FOR SHARE) so
    // neither can be suspended before this request commits.
    const department = (await tx.manager
      .createQueryBuilder(Department, 'd')
      .innerJoinAndSelect('d.groupRef', 'g')
      .innerJoin(ProcessForm, 'f', 'f.id = d.form_id')
      .innerJoinAndMapOne('d.currentFormVersion', ProcessFormVersion, 'v', 'v.form_id = f.id AND v.version = f.version')
      .innerJoin(GroupMembership, 'mf', 'mf.group_id = d.group_id AND mf.member_id = :from AND mf.status = :active', { from: fromMemberId })
      .innerJoin(GroupMembership, 'mt', 'mt.group_id = d.group_id AND mt.member_id = d.member_id AND mt.status = :active', { active: MembershipStatus.ACTIVE })
      .where('d.id = :id AND d.archived_at IS NULL', { id: input.departmentId })
      .setLock('pessimistic_read', undefined, ['mf', 'mt'])
      .getOne()) as (Department & { groupRef: PartnerGroup; currentFormVersion: ProcessFormVersion }) | null;
    if (!department) throw new NotFoundError('Department', input.departmentId);
    if (department.memberId === fromMemberId) {
      throw new BadUserInputError([{ path: 'departmentId', message: 'is one of your own departments: requests go to another member' }]);
    }
    const group = department.groupRef;
    const critical = group.kind === GroupKind.CRITICAL_ESCALATION;
    if (critical && !(await onCriticalRoster(tx))) {
      throw new ForbiddenError("Only your member's critical-escalation team (or a service token granted by your admin) may submit critical escalations.");
    }
    // the department's form as it is now: the request keeps this version for ever
    const version = department.currentFormVersion;

    const problems: FieldProblem[] = validateFormData(version.fields, input.data);
    if (ENTITLEMENT_KINDS.has(group.kind) && !input.customer) {
      problems.push({ path: 'customer', message: `is required in ${group.kind} groups (dual entitlement): give at least the customer's name` });
    }
    if (critical) {
      if (!trimOrNull(input.businessImpact)) problems.push({ path: 'businessImpact', message: 'is required for a critical escalation' });
      if (!trimOrNull(input.receiverCaseNumber)) {
        problems.push({ path: 'receiverCaseNumber', message: 'is required for a critical escalation: the case the customer already has open with the receiving vendor' });
      }
    }
    if (problems.length) throw new BadUserInputError(problems);

    const now = tx.clock.now();
    const request = await tx.manager.save(
      tx.manager.create(CollaborationRequest, {
        groupId: group.id,
        fromMemberId,
        toMemberId: department.memberId,
        departmentId: department.id,
        formVersionId: version.id,
        priority: input.priority,
        critical,
        summary: input.summary.trim(),
        data: normaliseValidFormData(version.fields, input.data),
        customer: input.customer
          ? { name: input.customer.name.trim(), contactEmail: trimOrNull(input.customer.contactEmail), entitlementId: trimOrNull(input.customer.entitlementId) }
          : null,
        businessImpact: trimOrNull(input.businessImpact),
        requesterCaseNumber: input.requesterCaseNumber.trim(),
        receiverCaseNumber: trimOrNull(input.receiverCaseNumber),
        status: S.OPEN,
        statusBeforeInformation: null,
        firstRespondedAt: null,
        submittedById: userOf(tx),
        requesterAssigneeId: userOf(tx),
        receiverAssigneeId: null,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      }),
    );
    await startResponseClock(tx, request, group);
    await appendEvents(tx, request, [{ type: RequestEventType.REQUEST_SUBMITTED, detail: { priority: request.priority, formVersion: version.version } }]);
    return request;
  });
}

/** One lifecycle step: which side may take it, from which statuses. */
interface StepRule {
  side: Side | 'EITHER';
  from: RequestStatus[];
}

const STEPS = {
  acceptRequest: { side: 'RECEIVER', from: [S.OPEN] },
  requestInformation: { side: 'RECEIVER', from: [S.OPEN, S.ACCEPTED] },
  provideInformation: { side: 'REQUESTER', from: [S.INFORMATION_REQUESTED] },
  rejectRequest: { side: 'RECEIVER', from: [S.OPEN] },
  closeRequest: { side: 'EITHER', from: [S.ACCEPTED] },
  reopenRequest: { side: 'EITHER', from: [S.CLOSED] },
  cancelRequest: { side: 'REQUESTER', from: [S.OPEN] },
  escalateRequest: { side: 'REQUESTER', from: [S.OPEN, S.ACCEPTED] },
  closeAsDuplicate: { side: 'RECEIVER', from: [S.OPEN, S.ACCEPTED, S.INFORMATION_REQUESTED] },
} satisfies Record<string, StepRule>;

/**
 * Runs one lifecycle step: locks the request row (so of two people acting at once exactly
 * one wins; the other then sees the new status), checks party, side and status, lets
 * `apply` change the request and name its events, then saves and appends the events.
 */
export async function step(
  ctx: Context,
  name: keyof typeof STEPS,
  id: string,
  apply: (tx: Context, request: CollaborationRequest, side: Side) => Promise<NewEvent[]> | NewEvent[],
): Promise<CollaborationRequest> {
  return withTransaction(ctx, async (tx) => {
    const rule: StepRule = STEPS[name];
    const { request, side } = await requestForCaller(tx, id, { lock: true, side: rule.side === 'EITHER' ? undefined : rule.side });
    if (!rule.from.includes(request.status)) {
      throw new InvalidTransitionError(`${name} is not allowed while the request is ${request.status}; it needs ${rule.from.join(' or ')}.`, request.status);
    }
    const before = request.status;
    const events = await apply(tx, request, side);
    await commitChange(tx, request, side, before, events);
    return request;
  });
}

/**
 * How every change of a request ends, inside its transaction with the request row locked:
 * the receiver's first response noted, the row saved, the SLA clocks moved, and the events
 * appended (with `from` and `to` when the status changed).
 */
export async function commitChange(tx: Context, request: CollaborationRequest, side: Side, before: RequestStatus, events: NewEvent[]): Promise<void> {
  const now = tx.clock.now();
  if (!request.firstRespondedAt && isReceiverUpdate(side, events)) request.firstRespondedAt = now;
  request.updatedAt = now;
  await tx.manager.save(request);
  await onRequestChanged(tx, request, { side, events });
  await appendEvents(
    tx,
    request,
    events.map((e) => ({ ...e, detail: { ...(e.detail ?? {}), ...(before !== request.status ? { from: before, to: request.status } : {}) } })),
  );
}

async function assertUserOf(tx: Context, userId: string, memberId: string, path: string): Promise<void> {
  if (!(await tx.manager.existsBy(User, { id: userId, memberId }))) {
    throw new BadUserInputError([{ path, message: "is not one of your member's users" }]);
  }
}

/** Receiver: takes the request on with its own case number (and optionally an assignee). */
export function acceptRequest(ctx: Context, input: AcceptRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'acceptRequest', input.id, async (tx, request) => {
    const caseNumber = trimOrNull(input.receiverCaseNumber) ?? request.receiverCaseNumber;
    if (!caseNumber) throw new BadUserInputError([{ path: 'receiverCaseNumber', message: 'is required: your case number for this request' }]);
    if (input.assigneeId) {
      await assertUserOf(tx, input.assigneeId, request.toMemberId, 'assigneeId');
      request.receiverAssigneeId = input.assigneeId;
    }
    request.receiverCaseNumber = caseNumber;
    request.status = S.ACCEPTED;
    const events: NewEvent[] = [{ type: RequestEventType.REQUEST_ACCEPTED, detail: { receiverCaseNumber: caseNumber } }];
    if (input.assigneeId) events.push({ type: RequestEventType.REQUEST_ASSIGNED, detail: { side: 'RECEIVER', userId: input.assigneeId } });
    return events;
  });
}

/** Receiver: asks the requester for more; the request waits on the requester. */
export function requestInformation(ctx: Context, input: RequestInformationInput): Promise<CollaborationRequest> {
  return step(ctx, 'requestInformation', input.id, async (tx, request) => {
    request.statusBeforeInformation = request.status;
    request.status = S.INFORMATION_REQUESTED;
    await startWaitingOnRequester(tx, request);
    return [{ type: RequestEventType.INFORMATION_REQUESTED, detail: { question: input.question.trim() } }];
  });
}

/** Requester: answers (and may add or correct form data); back to OPEN or ACCEPTED, as before. */
export function provideInformation(ctx: Context, input: ProvideInformationInput): Promise<CollaborationRequest> {
  return step(ctx, 'provideInformation', input.id, async (tx, request) => {
    const detail: Record<string, unknown> = { answer: input.answer.trim() };
    if (input.data && Object.keys(input.data).length) {
      const version = await tx.manager.findOneByOrFail(ProcessFormVersion, { id: request.formVersionId });
      const merged = { ...request.data, ...input.data };
      const problems = validateFormData(version.fields, merged);
      if (problems.length) throw new BadUserInputError(problems);
      request.data = normaliseValidFormData(version.fields, merged);
      detail.changedFields = Object.keys(input.data);
    }
    request.status = request.statusBeforeInformation ?? S.OPEN;
    request.statusBeforeInformation = null;
    return [{ type: RequestEventType.INFORMATION_PROVIDED, detail }];
  });
}

/** Receiver: declines the request, with a reason. */
export function rejectRequest(ctx: Context, input: RejectRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'rejectRequest', input.id, (_tx, request) => {
    request.status = S.REJECTED;
    return [{ type: RequestEventType.REQUEST_REJECTED, detail: { reason: input.reason.trim() } }];
  });
}

/** Either side: closes an accepted request with its resolution. */
export function closeRequest(ctx: Context, input: CloseRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'closeRequest', input.id, (tx, request, side) => {
    request.status = S.CLOSED;
    request.closedAt = tx.clock.now();
    return [{ type: RequestEventType.REQUEST_CLOSED, detail: { resolution: input.resolution.trim(), by: side } }];
  });
}

/** Either side: reopens a request closed less than 30 days ago (back to ACCEPTED). */
export function reopenRequest(ctx: Context, input: ReopenRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'reopenRequest', input.id, (tx, request, side) => {
    const closedAt = request.closedAt ?? request.updatedAt;
    const deadline = new Date(closedAt.getTime() + REOPEN_WINDOW_DAYS * DAY_MS);
    if (tx.clock.now() > deadline) {
      throw new InvalidTransitionError(
        `The request was closed on ${closedAt.toISOString()}: it could be reopened until ${deadline.toISOString()} (${REOPEN_WINDOW_DAYS} days); submit a new request instead.`,
        request.status,
      );
    }
    request.status = S.ACCEPTED;
    request.closedAt = null;
    // a duplicate reopened is worked on its own again: the link goes (the event keeps it)
    const duplicateOf = request.duplicateOfId;
    request.duplicateOfId = null;
    return [{ type: RequestEventType.REQUEST_REOPENED, detail: { reason: input.reason.trim(), by: side, ...(duplicateOf ? { wasDuplicateOf: duplicateOf } : {}) } }];
  });
}

/** Requester: withdraws the request while it is OPEN and the receiver has not responded. */
export function cancelRequest(ctx: Context, input: CancelRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'cancelRequest', input.id, (_tx, request) => {
    if (request.firstRespondedAt) {
      throw new InvalidTransitionError('The receiver has already responded, so the request can no longer be cancelled; close it once accepted, or add a note.', request.status);
    }
    request.status = S.CANCELLED;
    return [{ type: RequestEventType.REQUEST_CANCELLED, detail: { reason: trimOrNull(input.reason) } }];
  });
}

/** Either side: assigns one of its own users as its side's engineer. */
export async function assignRequest(ctx: Context, input: AssignRequestInput): Promise<CollaborationRequest> {
  return withTransaction(ctx, async (tx) => {
    const { request, side } = await requestForCaller(tx, input.id, { lock: true });
    const memberId = side === 'REQUESTER' ? request.fromMemberId : request.toMemberId;
    await assertUserOf(tx, input.userId, memberId, 'userId');
    if (side === 'REQUESTER') request.requesterAssigneeId = input.userId;
    else request.receiverAssigneeId = input.userId;
    request.updatedAt = tx.clock.now();
    await tx.manager.save(request);
    await appendEvents(tx, request, [{ type: RequestEventType.REQUEST_ASSIGNED, detail: { side, userId: input.userId } }]);
    return request;
  });
}

/**
 * Either side: adds a note. A receiver's first non-internal note is its response (it stops
 * the response clock and ends the requester's right to cancel); an internal note reaches
 * only the author's member, in the thread, the timeline and every stream.
 */
export async function addNote(ctx: Context, input: AddNoteInput): Promise<RequestNote> {
  return withTransaction(ctx, async (tx) => {
    const { request, side } = await requestForCaller(tx, input.requestId, { lock: true });
    const memberId = requireMemberId(tx.caller);
    const internal = input.internal ?? false;
    const now = tx.clock.now();
    const note = await tx.manager.save(
      tx.manager.create(RequestNote, { requestId: request.id, memberId, authorId: userOf(tx), body: input.body.trim(), internal, createdAt: now }),
    );
    if (side === 'RECEIVER' && !internal && !request.firstRespondedAt) request.firstRespondedAt = now;
    // the requester wrote while asked for information: the follow-up schedule counts from now
    if (side === 'REQUESTER' && !internal && request.status === S.INFORMATION_REQUESTED) await startWaitingOnRequester(tx, request);
    request.updatedAt = now;
    await tx.manager.save(request);
    const events: NewEvent[] = [{ type: RequestEventType.NOTE_ADDED, detail: { noteId: note.id, internal, side }, onlyMemberId: internal ? memberId : null }];
    await onRequestChanged(tx, request, { side, events });
    await appendEvents(tx, request, events);
    return note;
  });
}

/** A request the caller is party to; NOT_FOUND otherwise. */
export async function getRequest(ctx: Context, id: string): Promise<CollaborationRequest> {
  return (await requestForCaller(ctx, id)).request;
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
  return paginate(qb, args, 'DESC');
}

/** A request's notes as the caller may see them (internal ones only to their member), batched over a list. */
export const notesOfRequest: ChildListSpec<RequestNote> = {
  entity: RequestNote,
  parentProperty: 'requestId',
  scope: (qb, ctx) => {
    qb.andWhere('(t.internal = false OR t.member_id = :noteViewer)', { noteViewer: callerMemberId(ctx.caller) ?? '00000000-0000-0000-0000-000000000000' });
  },
};
