import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { ConnectionArgs, ConnectionType, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { Department } from '../departments/department.entity';
import { RequestEvent } from '../events/request-event.entity';
import { eventCursor } from '../events/event-cursor';
import { RequestEventConnection } from '../events/event.types';
import { Member } from '../members/member.entity';
import { User } from '../members/user.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { ProcessFormVersion } from '../process-forms/process-form.entity';
import { CollaborationRequest, RequestNote } from './request.entity';
import {
  AcceptRequestInput,
  AddNoteInput,
  AssignRequestInput,
  CancelRequestInput,
  ChangePriorityInput,
  CloseAsDuplicateInput,
  CloseRequestInput,
  EngagePartyInput,
  EscalateRequestInput,
  ProvideInformationInput,
  RejectRequestInput,
  ReopenRequestInput,
  RequestFilter,
  RequestInformationInput,
  SubmitRequestInput,
} from './request.inputs';
import {
  acceptRequest,
  addNote,
  assignRequest,
  cancelRequest,
  changePriority,
  closeAsDuplicate,
  closeRequest,
  escalateRequest,
  provideInformation,
  rejectRequest,
  reopenRequest,
  requestInformation,
} from './request-lifecycle';
import { getRequest, listRequests, submitRequest } from './request.service';
import { engagedFromFor, engageParty } from './engagement.service';
import { nextActionOwnerId } from './next-action.access';
import { sideOf } from './request.access';
import { SIDES, type Side } from './request.types';

export const CollaborationRequestConnection = ConnectionType(CollaborationRequest, 'CollaborationRequest', 'collaboration request');
export const NoteConnection = ConnectionType(RequestNote, 'Note', 'note');

@ArgsType()
export class RequestListArgs extends ConnectionArgs {
  @Field(() => RequestFilter, { nullable: true, description: 'Narrows the list.' })
  @IsOptional()
  @ValidateNested()
  filter?: RequestFilter | null;
}

export function requestPayload(name: string, description: string) {
  @ObjectType(name, { description })
  class RequestPayload {
    @Field(() => CollaborationRequest, { description: 'The request as it now is.' })
    request: CollaborationRequest;
  }
  return RequestPayload;
}
export const SubmitRequestPayload = requestPayload('SubmitRequestPayload', 'The submitted request.');
export const AcceptRequestPayload = requestPayload('AcceptRequestPayload', 'The accepted request.');
export const RequestInformationPayload = requestPayload('RequestInformationPayload', 'The request, waiting on the requester.');
export const ProvideInformationPayload = requestPayload('ProvideInformationPayload', 'The request, back with the receiver.');
export const RejectRequestPayload = requestPayload('RejectRequestPayload', 'The rejected request.');
export const CloseRequestPayload = requestPayload('CloseRequestPayload', 'The closed request.');
export const ReopenRequestPayload = requestPayload('ReopenRequestPayload', 'The reopened request.');
export const CancelRequestPayload = requestPayload('CancelRequestPayload', 'The cancelled request.');
export const AssignRequestPayload = requestPayload('AssignRequestPayload', 'The request with its new assignee.');
export const ChangePriorityPayload = requestPayload('ChangePriorityPayload', 'The request with its new priority.');
export const EscalateRequestPayload = requestPayload('EscalateRequestPayload', 'The escalated request.');
export const CloseAsDuplicatePayload = requestPayload('CloseAsDuplicatePayload', 'The duplicate, closed.');

@ObjectType({ description: 'The engagement made.' })
export class EngagePartyPayload {
  @Field(() => CollaborationRequest, { description: 'The engagement: a request of its own from your member to the engaged member.' })
  engagement: CollaborationRequest;
}

@ObjectType({ description: 'The note added.' })
export class AddNotePayload {
  @Field(() => RequestNote, { description: 'The note.' })
  note: RequestNote;
}

@Resolver(() => CollaborationRequest)
export class RequestResolver {
  @Authorized('MEMBER')
  @Query(() => CollaborationRequest, { nullable: true, description: 'A request your member is party to.' })
  collaborationRequest(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Request id.' }) id: string): Promise<CollaborationRequest> {
    return getRequest(ctx, id);
  }

  @Authorized('MEMBER')
  @Query(() => CollaborationRequestConnection, { description: 'Requests your member received, newest first.' })
  async inboundRequests(@Ctx() ctx: Context, @Args() args: RequestListArgs) {
    return toConnection(CollaborationRequestConnection, await listRequests(ctx, 'inbound', args));
  }

  @Authorized('MEMBER')
  @Query(() => CollaborationRequestConnection, { description: 'Requests your member submitted, newest first.' })
  async outboundRequests(@Ctx() ctx: Context, @Args() args: RequestListArgs) {
    return toConnection(CollaborationRequestConnection, await listRequests(ctx, 'outbound', args));
  }

  @Authorized('MEMBER')
  @Mutation(() => SubmitRequestPayload, { description: "Engineer or service token: submit a request to a department in your directory." })
  async submitRequest(@Ctx() ctx: Context, @Arg('input', { description: 'The request.' }) input: SubmitRequestInput) {
    return { request: await submitRequest(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => AcceptRequestPayload, { description: 'Receiver: accept an OPEN request with your case number.' })
  async acceptRequest(@Ctx() ctx: Context, @Arg('input', { description: 'The request.' }) input: AcceptRequestInput) {
    return { request: await acceptRequest(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => RequestInformationPayload, { description: 'Receiver: ask the requester for more information (from OPEN or ACCEPTED).' })
  async requestInformation(@Ctx() ctx: Context, @Arg('input', { description: 'The question.' }) input: RequestInformationInput) {
    return { request: await requestInformation(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => ProvideInformationPayload, { description: 'Requester: answer; the request returns to the status it had.' })
  async provideInformation(@Ctx() ctx: Context, @Arg('input', { description: 'The answer.' }) input: ProvideInformationInput) {
    return { request: await provideInformation(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => RejectRequestPayload, { description: 'Receiver: reject an OPEN request, with a reason.' })
  async rejectRequest(@Ctx() ctx: Context, @Arg('input', { description: 'The reason.' }) input: RejectRequestInput) {
    return { request: await rejectRequest(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => CloseRequestPayload, { description: 'Either side: close an ACCEPTED request with its resolution.' })
  async closeRequest(@Ctx() ctx: Context, @Arg('input', { description: 'The resolution.' }) input: CloseRequestInput) {
    return { request: await closeRequest(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => ReopenRequestPayload, { description: 'Either side: reopen a request closed within the last 30 days.' })
  async reopenRequest(@Ctx() ctx: Context, @Arg('input', { description: 'The reason.' }) input: ReopenRequestInput) {
    return { request: await reopenRequest(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => CancelRequestPayload, { description: 'Requester: cancel an OPEN request before any response.' })
  async cancelRequest(@Ctx() ctx: Context, @Arg('input', { description: 'The request.' }) input: CancelRequestInput) {
    return { request: await cancelRequest(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => AssignRequestPayload, { description: "Either side: assign one of your users as your side's engineer." })
  async assignRequest(@Ctx() ctx: Context, @Arg('input', { description: 'The assignee.' }) input: AssignRequestInput) {
    return { request: await assignRequest(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => AddNotePayload, { description: 'Either side: add a note (internal notes stay within your member).' })
  async addNote(@Ctx() ctx: Context, @Arg('input', { description: 'The note.' }) input: AddNoteInput): Promise<AddNotePayload> {
    return { note: await addNote(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => ChangePriorityPayload, { description: "Either side: change the priority of an OPEN, ACCEPTED or INFORMATION_REQUESTED request, with the reason; running SLA clocks take the new priority's targets, keeping the time already counted." })
  async changePriority(@Ctx() ctx: Context, @Arg('input', { description: 'The new priority and why.' }) input: ChangePriorityInput) {
    return { request: await changePriority(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => EscalateRequestPayload, { description: "Requester: escalate an OPEN or ACCEPTED request to the receiver's management: P1 any time, P2 after 24 hours without an update from the receiver, P3 after 3 working days, P4 never." })
  async escalateRequest(@Ctx() ctx: Context, @Arg('input', { description: 'The request and the reason.' }) input: EscalateRequestInput) {
    return { request: await escalateRequest(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => CloseAsDuplicatePayload, { description: 'Receiver: close a request as a duplicate of another request received from the same requester member.' })
  async closeAsDuplicate(@Ctx() ctx: Context, @Arg('input', { description: 'The duplicate and its original.' }) input: CloseAsDuplicateInput) {
    return { request: await closeAsDuplicate(ctx, input) };
  }

  @Authorized('MEMBER')
  @Mutation(() => EngagePartyPayload, {
    description:
      "Receiver: engage a further member for a request you received, through one of its departments in a group you are both active in. The engagement is a request of its own from you to that member, under that group's terms; the request's requester observes it only when you share it.",
  })
  async engageParty(@Ctx() ctx: Context, @Arg('input', { description: 'The request, the department engaged and what crosses to it.' }) input: EngagePartyInput) {
    return { engagement: await engageParty(ctx, input) };
  }

  @FieldResolver(() => CollaborationRequestConnection, { description: 'The engagements made from this request that you may see (all of them for the engaging member; the shared ones for its requester), oldest first.' })
  async engagements(@Ctx() ctx: Context, @Root() r: CollaborationRequest, @Args() args: ConnectionArgs) {
    return toConnection(CollaborationRequestConnection, await ctx.loaders.engagementsOfRequest(r.id, { ...args }));
  }

  @FieldResolver(() => CollaborationRequest, { nullable: true, description: 'The request this engagement was made from, when you may see it (the engaging member, and the requester when shared); null otherwise, and for a request submitted directly.' })
  engagedFrom(@Ctx() ctx: Context, @Root() r: CollaborationRequest) {
    return engagedFromFor(ctx, r);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'Who holds the ball: the member that must act next (the receiver while OPEN or ACCEPTED, the requester while INFORMATION_REQUESTED, the engaged member while an open engagement you see waits on it); null once it is no longer worked.' })
  async nextActionOwner(@Ctx() ctx: Context, @Root() r: CollaborationRequest) {
    const id = await nextActionOwnerId(ctx, r);
    return id ? ctx.loaders.member.load(id) : null;
  }

  @FieldResolver(() => SIDES, { description: 'How your member stands to this request: REQUESTER, RECEIVER, or OBSERVER (a shared engagement: read only).' })
  viewerSide(@Ctx() ctx: Context, @Root() r: CollaborationRequest): Side {
    return sideOf(ctx.caller, r)!;
  }

  @FieldResolver(() => CollaborationRequest, { nullable: true, description: 'The request this one was closed as a duplicate of; null if not a duplicate.' })
  duplicateOf(@Ctx() ctx: Context, @Root() r: CollaborationRequest) {
    // an observer of an engagement may not see the request it duplicates (between the two parties)
    return r.duplicateOfId ? ctx.loaders.request.load(r.duplicateOfId).then((d) => (d && sideOf(ctx.caller, d) ? d : null)) : null;
  }

  @FieldResolver(() => CollaborationRequestConnection, { description: 'The requests closed as duplicates of this one, oldest first: their requester case numbers and submitters watch this request.' })
  async duplicates(@Ctx() ctx: Context, @Root() r: CollaborationRequest, @Args() args: ConnectionArgs) {
    return toConnection(CollaborationRequestConnection, await ctx.loaders.duplicatesOfRequest(r.id, { ...args }));
  }

  @FieldResolver(() => PartnerGroup, { description: 'The group the request runs under.' })
  async group(@Ctx() ctx: Context, @Root() r: CollaborationRequest): Promise<PartnerGroup> {
    return (await ctx.loaders.group.load(r.groupId))!;
  }

  @FieldResolver(() => Member, { description: 'The requesting member.' })
  async fromMember(@Ctx() ctx: Context, @Root() r: CollaborationRequest): Promise<Member> {
    return (await ctx.loaders.member.load(r.fromMemberId))!;
  }

  @FieldResolver(() => Member, { description: 'The receiving member.' })
  async toMember(@Ctx() ctx: Context, @Root() r: CollaborationRequest): Promise<Member> {
    return (await ctx.loaders.member.load(r.toMemberId))!;
  }

  @FieldResolver(() => Department, { description: "The receiver's department it was submitted to." })
  async department(@Ctx() ctx: Context, @Root() r: CollaborationRequest): Promise<Department> {
    return (await ctx.loaders.department.load(r.departmentId))!;
  }

  @FieldResolver(() => ProcessFormVersion, { description: 'The form version it was submitted on, for ever.' })
  async form(@Ctx() ctx: Context, @Root() r: CollaborationRequest): Promise<ProcessFormVersion> {
    return (await ctx.loaders.formVersion.load(r.formVersionId))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who submitted it (null for a service token).' })
  submittedBy(@Ctx() ctx: Context, @Root() r: CollaborationRequest) {
    return r.submittedById ? ctx.loaders.user.load(r.submittedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "The requester's engineer on it." })
  requesterAssignee(@Ctx() ctx: Context, @Root() r: CollaborationRequest) {
    return r.requesterAssigneeId ? ctx.loaders.user.load(r.requesterAssigneeId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "The receiver's engineer on it." })
  receiverAssignee(@Ctx() ctx: Context, @Root() r: CollaborationRequest) {
    return r.receiverAssigneeId ? ctx.loaders.user.load(r.receiverAssigneeId) : null;
  }

  @FieldResolver(() => NoteConnection, { description: 'The thread between the two companies, oldest first (internal notes only to their own member).' })
  async notes(@Ctx() ctx: Context, @Root() r: CollaborationRequest, @Args() args: ConnectionArgs) {
    return toConnection(NoteConnection, await ctx.loaders.notesOfRequest(r.id, { ...args }));
  }

  @FieldResolver(() => RequestEventConnection, { description: 'Every event of the request you may see, oldest first.' })
  async timeline(@Ctx() ctx: Context, @Root() r: CollaborationRequest, @Args() args: ConnectionArgs) {
    return toConnection(RequestEventConnection, await ctx.loaders.timelineOfRequest(r.id, { ...args }));
  }
}

@Resolver(() => RequestNote)
export class NoteResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The author (null for a service token).' })
  author(@Ctx() ctx: Context, @Root() n: RequestNote) {
    return n.authorId ? ctx.loaders.user.load(n.authorId) : null;
  }

  @FieldResolver(() => Member, { description: "The author's member." })
  async member(@Ctx() ctx: Context, @Root() n: RequestNote): Promise<Member> {
    return (await ctx.loaders.member.load(n.memberId))!;
  }
}

@Resolver(() => RequestEvent)
export class RequestEventResolver {
  @FieldResolver(() => String, { description: 'Position in the event log: pass it as `after` to resume a stream or page.' })
  cursor(@Root() e: RequestEvent): string {
    return eventCursor(e.seq);
  }

  @FieldResolver(() => CollaborationRequest, { description: 'The request it happened to.' })
  async request(@Ctx() ctx: Context, @Root() e: RequestEvent): Promise<CollaborationRequest> {
    return (await ctx.loaders.request.load(e.requestId))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it (null for the system or a service token).' })
  actor(@Ctx() ctx: Context, @Root() e: RequestEvent) {
    return e.actorUserId ? ctx.loaders.user.load(e.actorUserId) : null;
  }
}
