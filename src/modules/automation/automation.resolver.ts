import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { CollaborationRequest } from '../requests/request.entity';
import { CollaborationRequestConnection, requestPayload } from '../requests/request.resolver';
import { CloseAsDuplicateInput, EscalateRequestInput } from './automation.inputs';
import { closeAsDuplicate, escalateRequest } from './automation.service';

export const EscalateRequestPayload = requestPayload('EscalateRequestPayload', 'The escalated request.');
export const CloseAsDuplicatePayload = requestPayload('CloseAsDuplicatePayload', 'The duplicate, closed.');

@Resolver(() => CollaborationRequest)
export class AutomationResolver {
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

  @FieldResolver(() => CollaborationRequest, { nullable: true, description: 'The request this one was closed as a duplicate of; null if not a duplicate.' })
  duplicateOf(@Ctx() ctx: Context, @Root() r: CollaborationRequest) {
    return r.duplicateOfId ? ctx.loaders.request.load(r.duplicateOfId) : null;
  }

  @FieldResolver(() => CollaborationRequestConnection, { description: 'The requests closed as duplicates of this one, oldest first: their requester case numbers and submitters watch this request.' })
  async duplicates(@Ctx() ctx: Context, @Root() r: CollaborationRequest, @Args() args: ConnectionArgs) {
    return toConnection(CollaborationRequestConnection, await ctx.loaders.duplicatesOfRequest(r.id, { ...args }));
  }
}
