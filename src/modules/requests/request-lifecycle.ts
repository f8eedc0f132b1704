import { BadUserInputError, InvalidTransitionError } from '../../common/errors';
import { requireMemberId } from '../../common/access';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { idempotent } from '../idempotency/idempotency.service';
import { appendEvents, type NewEvent } from '../events/event-log.service';
import { RequestEventType } from '../events/request-event.entity';
import { User } from '../members/user.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { normaliseValidFormData, validateFormData } from '../process-forms/form-fields';
import { ProcessFormVersion } from '../process-forms/process-form.entity';
import { currentTerms, isReceiverUpdate, onRequestChanged, retargetClocks, termsFor } from '../sla/sla-clock.service';
import { ANONYMOUS } from '../../common/caller';
import { ESCALATION_RULES, escalationEligibleAt } from './escalation';
import { startWaitingOnRequester } from './follow-up-schedule';
import { requestForCaller } from './request.access';
import { CollaborationRequest, RequestNote } from './request.entity';
import type {
  AcceptRequestInput,
  AddNoteInput,
  AssignRequestInput,
  CancelRequestInput,
  ChangePriorityInput,
  CloseAsDuplicateInput,
  CloseRequestInput,
  EscalateRequestInput,
  ProvideInformationInput,
  RejectRequestInput,
  ReopenRequestInput,
  RequestInformationInput,
  RequestStepInput,
} from './request.inputs';
import { OPEN_STATUSES, RequestStatus, type Actor, type Side } from './request.types';
import { In } from 'typeorm';

/**
 * The request lifecycle, in one place: which side may take each step from which statuses
 * (`STEPS`), how a step runs (`step`), and how every change of a request ends
 * (`commitChange`: first response, save, SLA clocks, events). Every status change is a
 * step here, the automation's close included; notes and assignments end the same way.
 */

const S = RequestStatus;
const DAY_MS = 86_400_000;
/** A closed request may be reopened within this many days of closing. */
export const REOPEN_WINDOW_DAYS = 30;
/** The resolution an automatic close records. */
export const AUTO_CLOSE_RESOLUTION = 'no response from requester';

/** One lifecycle step: who may take it, from which statuses. */
interface StepRule {
  side: Side | 'EITHER' | 'AUTOMATION';
  from: RequestStatus[];
}

export const STEPS = {
  acceptRequest: { side: 'RECEIVER', from: [S.OPEN] },
  requestInformation: { side: 'RECEIVER', from: [S.OPEN, S.ACCEPTED] },
  provideInformation: { side: 'REQUESTER', from: [S.INFORMATION_REQUESTED] },
  rejectRequest: { side: 'RECEIVER', from: [S.OPEN] },
  closeRequest: { side: 'EITHER', from: [S.ACCEPTED] },
  reopenRequest: { side: 'EITHER', from: [S.CLOSED] },
  cancelRequest: { side: 'REQUESTER', from: [S.OPEN] },
  escalateRequest: { side: 'REQUESTER', from: [S.OPEN, S.ACCEPTED] },
  closeAsDuplicate: { side: 'RECEIVER', from: [S.OPEN, S.ACCEPTED, S.INFORMATION_REQUESTED] },
  changePriority: { side: 'EITHER', from: [S.OPEN, S.ACCEPTED, S.INFORMATION_REQUESTED] },
  engageParty: { side: 'RECEIVER', from: [S.OPEN, S.ACCEPTED, S.INFORMATION_REQUESTED] },
  autoClose: { side: 'AUTOMATION', from: [S.INFORMATION_REQUESTED] },
} satisfies Record<string, StepRule>;

type StepName = keyof typeof STEPS;

function userOf(ctx: Context): string | null {
  return ctx.caller.kind === 'user' ? ctx.caller.userId : null;
}

function trimOrNull(s: string | null | undefined): string | null {
  return s?.trim() || null;
}

export function assertFrom(name: StepName, request: CollaborationRequest): void {
  const rule: StepRule = STEPS[name];
  if (!rule.from.includes(request.status)) {
    throw new InvalidTransitionError(`${name} is not allowed while the request is ${request.status}; it needs ${rule.from.join(' or ')}.`, request.status);
  }
}

/**
 * Runs one step of a party: locks the request row (so of two people acting at once exactly
 * one wins; the other then sees the new status), checks party, side and status, lets
 * `apply` change the request and name its events, then ends with `commitChange`.
 */
export async function step(
  ctx: Context,
  name: Exclude<StepName, 'autoClose' | 'engageParty'>,
  input: RequestStepInput,
  apply: (tx: Context, request: CollaborationRequest, side: Side) => Promise<NewEvent[]> | NewEvent[],
): Promise<CollaborationRequest> {
  return idempotent(ctx, name, input, replayRequest, (outer) =>
    withTransaction(outer, async (tx) => {
      const rule = STEPS[name] as StepRule;
      const { request, side } = await requestForCaller(tx, input.id, { lock: true, side: rule.side === 'EITHER' ? undefined : (rule.side as Side) });
      assertFrom(name, request);
      const before = request.status;
      const events = await apply(tx, request, side);
      await commitChange(tx, request, side, before, events);
      return request;
    }),
  );
}

/** A repeated call with an idempotency key answers the request as it now is. */
export async function replayRequest(tx: Context, id: string): Promise<CollaborationRequest> {
  return (await requestForCaller(tx, id, { read: true })).request;
}

/**
 * Refuses to close a request while one of its engagements is still being worked
 * (INVALID_TRANSITION naming it; the requester hears of an engagement only when it was
 * shared with it).
 */
async function assertNoOpenEngagement(tx: Context, request: CollaborationRequest, side: Side): Promise<void> {
  const [open] = await tx.manager.find(CollaborationRequest, {
    where: { engagedFromId: request.id, status: In([...OPEN_STATUSES]) },
    order: { createdAt: 'ASC', id: 'ASC' },
    take: 1,
  });
  if (!open) return;
  if (side === 'REQUESTER' && !open.shareWithRequester) {
    throw new InvalidTransitionError('The receiver is still working this request with a further party: it can be closed once that work ends.', request.status);
  }
  throw new InvalidTransitionError(
    `Engagement ${open.id} (case ${open.requesterCaseNumber}) is still ${open.status}: close or cancel it before closing this request.`,
    request.status,
    { engagementId: open.id, engagementStatus: open.status },
  );
}

/**
 * When an engagement stops being worked (closed, rejected, cancelled), the request it was
 * engaged from hears of it: an ENGAGEMENT_ENDED event there, seen by whoever sees that
 * request's PARTY_ENGAGED, written as the system (the engaged member's users stay its own).
 */
async function noteEngagementEnded(tx: Context, engagement: CollaborationRequest, before: RequestStatus): Promise<void> {
  if (!engagement.engagedFromId || !OPEN_STATUSES.includes(before) || OPEN_STATUSES.includes(engagement.status)) return;
  const origin = await tx.manager.findOneByOrFail(CollaborationRequest, { id: engagement.engagedFromId });
  await appendEvents({ ...tx, caller: ANONYMOUS }, origin, [
    {
      type: RequestEventType.ENGAGEMENT_ENDED,
      detail: { engagementId: engagement.id, status: engagement.status },
      onlyMemberId: engagement.shareWithRequester ? null : origin.toMemberId,
    },
  ]);
}

/**
 * How every change of a request ends, inside its transaction with the request row locked:
 * the receiver's first response noted, the row saved, the SLA clocks moved, and the events
 * appended (with `from` and `to` when the status changed).
 */
export async function commitChange(tx: Context, request: CollaborationRequest, actor: Actor, before: RequestStatus, events: NewEvent[]): Promise<void> {
  const now = tx.clock.now();
  if (!request.firstRespondedAt && isReceiverUpdate(actor, events)) request.firstRespondedAt = now;
  request.updatedAt = now;
  await tx.manager.save(request);
  await onRequestChanged(tx, request, { side: actor, events });
  await appendEvents(
    tx,
    request,
    events.map((e) => ({ ...e, detail: { ...(e.detail ?? {}), ...(before !== request.status ? { from: before, to: request.status } : {}) } })),
  );
  await noteEngagementEnded(tx, request, before);
}

async function assertUserOf(tx: Context, userId: string, memberId: string, path: string): Promise<void> {
  if (!(await tx.manager.existsBy(User, { id: userId, memberId }))) {
    throw new BadUserInputError([{ path, message: "is not one of your member's users" }]);
  }
}

/** Receiver: takes the request on with its own case number (and optionally an assignee). */
export function acceptRequest(ctx: Context, input: AcceptRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'acceptRequest', input, async (tx, request) => {
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
  return step(ctx, 'requestInformation', input, async (tx, request) => {
    request.statusBeforeInformation = request.status;
    request.status = S.INFORMATION_REQUESTED;
    await startWaitingOnRequester(tx, request);
    return [{ type: RequestEventType.INFORMATION_REQUESTED, detail: { question: input.question.trim() } }];
  });
}

/** Requester: answers (and may add or correct form data); back to OPEN or ACCEPTED, as before. */
export function provideInformation(ctx: Context, input: ProvideInformationInput): Promise<CollaborationRequest> {
  return step(ctx, 'provideInformation', input, async (tx, request) => {
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
  return step(ctx, 'rejectRequest', input, (_tx, request) => {
    request.status = S.REJECTED;
    return [{ type: RequestEventType.REQUEST_REJECTED, detail: { reason: input.reason.trim() } }];
  });
}

/** Either side: closes an accepted request with its resolution. */
export function closeRequest(ctx: Context, input: CloseRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'closeRequest', input, async (tx, request, side) => {
    await assertNoOpenEngagement(tx, request, side);
    request.status = S.CLOSED;
    request.closedAt = tx.clock.now();
    return [{ type: RequestEventType.REQUEST_CLOSED, detail: { resolution: input.resolution.trim(), by: side } }];
  });
}

/** Either side: reopens a request closed less than 30 days ago (back to ACCEPTED). */
export function reopenRequest(ctx: Context, input: ReopenRequestInput): Promise<CollaborationRequest> {
  return step(ctx, 'reopenRequest', input, (tx, request, side) => {
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
  return step(ctx, 'cancelRequest', input, (_tx, request) => {
    if (request.firstRespondedAt) {
      throw new InvalidTransitionError('The receiver has already responded, so the request can no longer be cancelled; close it once accepted, or add a note.', request.status);
    }
    request.status = S.CANCELLED;
    return [{ type: RequestEventType.REQUEST_CANCELLED, detail: { reason: trimOrNull(input.reason) } }];
  });
}

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
  return step(ctx, 'escalateRequest', input, async (tx, request) => {
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
  return idempotent(ctx, 'closeAsDuplicate', input, replayRequest, (outer) => withTransaction(outer, async (tx) => {
    if (input.id === input.originalId) throw new BadUserInputError([{ path: 'originalId', message: 'is the request itself: name the request it duplicates' }]);
    await tx.manager.query('SELECT id FROM collaboration_request WHERE id IN ($1, $2) ORDER BY id FOR UPDATE', [input.id, input.originalId]);
    return step(tx, 'closeAsDuplicate', input, async (inner, request) => {
      const { request: original, side } = await requestForCaller(inner, input.originalId, { lock: true });
      const problems = [];
      if (side !== 'RECEIVER') problems.push('is a request your member submitted: the original must be one your member received');
      else if (original.fromMemberId !== request.fromMemberId) problems.push('was submitted by another member: a duplicate is closed only into a request from the same requester');
      else if (original.duplicateOfId) problems.push(`is itself closed as a duplicate of ${original.duplicateOfId}: name that request`);
      else if (NOT_AN_ORIGINAL.has(original.status)) problems.push(`is ${original.status}: the original must be a request that is (or was) worked`);
      if (problems.length) throw new BadUserInputError(problems.map((message) => ({ path: 'originalId', message })));
      await assertNoOpenEngagement(inner, request, 'RECEIVER');
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
  }));
}

/**
 * Either side: changes the priority, with a reason (the receiver re-grades the severity, or
 * the customer asks). Running clocks take the new priority's targets from the group's
 * policy, keeping the calendar and at-risk share fixed at submission and the working time
 * already counted (`retargetClocks`); a clock already past its new due time breaches at
 * once. Critical escalations keep their fixed 2-hour clock. Escalation eligibility and
 * the update cadence follow the new priority from now on.
 */
export function changePriority(ctx: Context, input: ChangePriorityInput): Promise<CollaborationRequest> {
  return idempotent(ctx, 'changePriority', input, replayRequest, (outer) =>
    withTransaction(outer, async (tx) => {
      const { request, side } = await requestForCaller(tx, input.id, { lock: true });
      assertFrom('changePriority', request);
      const from = request.priority;
      if (from === input.priority) throw new BadUserInputError([{ path: 'priority', message: `is the request's priority already (${from})` }]);
      request.priority = input.priority;
      let late: NewEvent[] = [];
      if (!request.critical) {
        const group = await tx.manager.findOneByOrFail(PartnerGroup, { id: request.groupId });
        const target = termsFor(group, input.priority);
        const terms = { ...(await currentTerms(tx, request)), responseMinutes: target.responseMinutes, updateEveryMinutes: target.updateEveryMinutes, resolutionMinutes: target.resolutionMinutes };
        request.slaTerms = terms;
        late = await retargetClocks(tx, request, terms);
      }
      await commitChange(tx, request, side, request.status, [{ type: RequestEventType.REQUEST_PRIORITY_CHANGED, detail: { from, to: input.priority, reason: input.reason.trim(), by: side } }]);
      if (late.length) await appendEvents({ ...tx, caller: ANONYMOUS }, request, late);
      return request;
    }),
  );
}

/**
 * The automation: closes a request that waited on the requester for `workingDays` working
 * days without an answer (the follow-ups' last timer). The caller holds the request row
 * lock inside its transaction and has checked the wait is still this one.
 */
export async function autoClose(tx: Context, request: CollaborationRequest, workingDays: number): Promise<void> {
  assertFrom('autoClose', request);
  const before = request.status;
  request.status = S.CLOSED;
  request.statusBeforeInformation = null;
  request.closedAt = tx.clock.now();
  await commitChange(tx, request, 'AUTOMATION', before, [
    { type: RequestEventType.REQUEST_CLOSED, detail: { resolution: AUTO_CLOSE_RESOLUTION, auto: true, by: 'AUTOMATION', workingDays } },
  ]);
}

/** Either side: assigns one of its own users as its side's engineer. */
export async function assignRequest(ctx: Context, input: AssignRequestInput): Promise<CollaborationRequest> {
  return idempotent(ctx, 'assignRequest', input, replayRequest, (outer) => withTransaction(outer, async (tx) => {
    const { request, side } = await requestForCaller(tx, input.id, { lock: true });
    const memberId = side === 'REQUESTER' ? request.fromMemberId : request.toMemberId;
    await assertUserOf(tx, input.userId, memberId, 'userId');
    if (side === 'REQUESTER') request.requesterAssigneeId = input.userId;
    else request.receiverAssigneeId = input.userId;
    await commitChange(tx, request, side, request.status, [{ type: RequestEventType.REQUEST_ASSIGNED, detail: { side, userId: input.userId } }]);
    return request;
  }));
}

/** A repeated addNote with its idempotency key answers the note the first call added. */
async function replayNote(tx: Context, id: string): Promise<RequestNote> {
  return tx.manager.findOneByOrFail(RequestNote, { id });
}

/**
 * Either side: adds a note. A receiver's first non-internal note is its response (it stops
 * the response clock and ends the requester's right to cancel); an internal note reaches
 * only the author's member, in the thread, the timeline and every stream.
 */
export async function addNote(ctx: Context, input: AddNoteInput): Promise<RequestNote> {
  return idempotent(ctx, 'addNote', input, replayNote, (outer) => withTransaction(outer, async (tx) => {
    const { request, side } = await requestForCaller(tx, input.requestId, { lock: true });
    const memberId = requireMemberId(tx.caller);
    const internal = input.internal ?? false;
    const note = await tx.manager.save(
      tx.manager.create(RequestNote, { requestId: request.id, memberId, authorId: userOf(tx), body: input.body.trim(), internal, createdAt: tx.clock.now() }),
    );
    // the requester wrote while asked for information: the follow-up schedule counts from now
    if (side === 'REQUESTER' && !internal && request.status === S.INFORMATION_REQUESTED) await startWaitingOnRequester(tx, request);
    await commitChange(tx, request, side, request.status, [
      { type: RequestEventType.NOTE_ADDED, detail: { noteId: note.id, internal, side }, onlyMemberId: internal ? memberId : null },
    ]);
    return note;
  }));
}
