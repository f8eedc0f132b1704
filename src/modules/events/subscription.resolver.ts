import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../context';
import { callerMemberId } from '../../common/caller';
import { requestForCaller } from '../requests/request.access';
import { seqFromCursor } from './event-cursor';
import { eventStream } from './event-stream';
import { sharedLoadersOfEvent } from './event-feed';
import { RequestEvent, RequestEventType } from './request-event.entity';

@ArgsType()
export class InboundRequestsArgs {
  @Field(() => String, { nullable: true, description: 'Cursor of the last event you saw: every later one is sent first, then live ones. Omit to start live.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;
}

@ArgsType()
export class RequestEventsArgs extends InboundRequestsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this request (one your member is party to).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a request id' })
  requestId?: string;
}

/**
 * Each pushed event is resolved with fresh loaders, so it shows the request as it is now;
 * the by-id ones are shared by every subscriber of the same batch of events.
 */
function fresh(ctx: Context, event: RequestEvent): RequestEvent {
  ctx.loaders = ctx.services.createLoaders(ctx, sharedLoadersOfEvent.get(event));
  return event;
}

@Resolver()
export class EventSubscriptionResolver {
  @Authorized('MEMBER')
  @Subscription(() => RequestEvent, {
    description: "Every REQUEST_SUBMITTED event of requests your member receives, as they arrive (critical ones flagged).",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const a = args as InboundRequestsArgs;
      if (a.after) seqFromCursor(a.after);
      const memberId = callerMemberId(ctx.caller) ?? '';
      return eventStream(ctx, {
        after: a.after,
        accept: (e) => e.type === RequestEventType.REQUEST_SUBMITTED && e.toMemberId === memberId,
        replayWhere: { sql: 'e.type = :inboundType AND e.to_member_id = :inboundMember', params: { inboundType: RequestEventType.REQUEST_SUBMITTED, inboundMember: memberId } },
      });
    },
  })
  inboundRequests(@Root() event: RequestEvent, @Ctx() ctx: Context, @Args() _args: InboundRequestsArgs): RequestEvent {
    return fresh(ctx, event);
  }

  @Authorized('MEMBER')
  @Subscription(() => RequestEvent, {
    description: 'Every event of requests your member is party to (its own internal notes included), or of one request.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const a = args as RequestEventsArgs;
      if (a.after) seqFromCursor(a.after);
      if (a.requestId) await requestForCaller(ctx, a.requestId, { read: true });
      return eventStream(ctx, {
        after: a.after,
        accept: (e) => !a.requestId || e.requestId === a.requestId,
        replayWhere: a.requestId ? { sql: 'e.request_id = :streamRequest', params: { streamRequest: a.requestId } } : undefined,
      });
    },
  })
  requestEvents(@Root() event: RequestEvent, @Ctx() ctx: Context, @Args() _args: RequestEventsArgs): RequestEvent {
    return fresh(ctx, event);
  }
}
