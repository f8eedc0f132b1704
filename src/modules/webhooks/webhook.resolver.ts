import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, ConnectionType, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { RequestEvent } from '../events/request-event.entity';
import { Webhook, WebhookDelivery } from './webhook.entity';
import { CreateWebhookInput, DeleteWebhookInput, DeliveriesArgs, RedeliverWebhookEventInput, ResumeWebhookInput, RotateWebhookSecretInput, UpdateWebhookInput } from './webhook.inputs';
import { createWebhook, deleteWebhook, listWebhooks, redeliverWebhookEvent, resumeWebhook, rotateWebhookSecret, updateWebhook } from './webhook.service';
import { eventCursor } from '../events/event-cursor';

export const WebhookConnection = ConnectionType(Webhook, 'Webhook', 'webhook');
export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery', 'webhook delivery attempt');

@ObjectType({ description: 'The new webhook and its signing secret.' })
export class CreateWebhookPayload {
  @Field(() => Webhook, { description: 'The webhook.' })
  webhook: Webhook;

  @Field({ description: 'The signing secret: shown once, store it now (see "Webhooks" in the README to verify signatures).' })
  secret: string;
}

@ObjectType({ description: 'The changed webhook.' })
export class UpdateWebhookPayload {
  @Field(() => Webhook, { description: 'The webhook as it now is.' })
  webhook: Webhook;
}

@ObjectType({ description: 'The webhook and its new signing secret.' })
export class RotateWebhookSecretPayload {
  @Field(() => Webhook, { description: 'The webhook.' })
  webhook: Webhook;

  @Field({ description: 'The new signing secret: shown once. The previous one keeps signing for 24 hours.' })
  secret: string;
}

@ObjectType({ description: 'The deleted webhook.' })
export class DeleteWebhookPayload {
  @Field(() => Webhook, { description: 'The webhook as it was.' })
  webhook: Webhook;
}

@ObjectType({ description: 'The queued delivery.' })
export class RedeliverWebhookEventPayload {
  @Field(() => WebhookDelivery, { description: 'The new attempt, PENDING until it is sent.' })
  delivery: WebhookDelivery;
}

@ObjectType({ description: 'The endpoint, enabled, with its missed events queued.' })
export class ResumeWebhookPayload {
  @Field(() => Webhook, { description: 'The endpoint, enabled again.' })
  webhook: Webhook;

  @Field(() => Int, { description: 'How many events were queued to be sent again, in order, before any new one.' })
  queued: number;
}

@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized('ADMIN')
  @Query(() => WebhookConnection, { description: "Member admin: your member's webhook endpoints, oldest first." })
  async webhooks(@Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return toConnection(WebhookConnection, await listWebhooks(ctx, args));
  }

  @Authorized('ADMIN')
  @Mutation(() => CreateWebhookPayload, { description: 'Member admin: add an endpoint that receives the events your member may see, as signed JSON POSTs.' })
  createWebhook(@Ctx() ctx: Context, @Arg('input', { description: 'The endpoint.' }) input: CreateWebhookInput): Promise<CreateWebhookPayload> {
    return createWebhook(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => UpdateWebhookPayload, { description: "Member admin: change one of your member's endpoints, or disable / re-enable it." })
  async updateWebhook(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: UpdateWebhookInput): Promise<UpdateWebhookPayload> {
    return { webhook: await updateWebhook(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => RotateWebhookSecretPayload, { description: 'Member admin: replace an endpoint\'s signing secret; both sign for 24 hours.' })
  rotateWebhookSecret(@Ctx() ctx: Context, @Arg('input', { description: 'The webhook.' }) input: RotateWebhookSecretInput): Promise<RotateWebhookSecretPayload> {
    return rotateWebhookSecret(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => DeleteWebhookPayload, { description: "Member admin: delete one of your member's endpoints and its delivery log." })
  async deleteWebhook(@Ctx() ctx: Context, @Arg('input', { description: 'The webhook.' }) input: DeleteWebhookInput): Promise<DeleteWebhookPayload> {
    return { webhook: await deleteWebhook(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => RedeliverWebhookEventPayload, { description: 'Member admin: send one event (one your member may see) to an endpoint again.' })
  async redeliverWebhookEvent(@Ctx() ctx: Context, @Arg('input', { description: 'The webhook and the event.' }) input: RedeliverWebhookEventInput): Promise<RedeliverWebhookEventPayload> {
    return { delivery: await redeliverWebhookEvent(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => ResumeWebhookPayload, {
    description: 'Member admin: re-enable an endpoint (one disabled after failing, say) and replay, in order, every event it should have received after a cursor (default: its lastDeliveredCursor), from the last 7 days.',
  })
  resumeWebhook(@Ctx() ctx: Context, @Arg('input', { description: 'The webhook and where its endpoint stands.' }) input: ResumeWebhookInput): Promise<ResumeWebhookPayload> {
    return resumeWebhook(ctx, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The cursor of the last event the endpoint accepted (a 2xx answer); null before the first. Pass it to resumeWebhook, or to events(after:) to reconcile.' })
  async lastDeliveredCursor(@Ctx() ctx: Context, @Root() w: Webhook): Promise<string | null> {
    const seq = await ctx.loaders.lastDeliveredSeq.load(w.id);
    return seq ? eventCursor(seq) : null;
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Every delivery attempt to this endpoint, newest first.' })
  async deliveries(@Ctx() ctx: Context, @Root() w: Webhook, @Args() args: DeliveriesArgs) {
    return toConnection(WebhookDeliveryConnection, await ctx.loaders.deliveriesOfWebhook(w.id, { ...args }));
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => RequestEvent, { description: 'The event delivered.' })
  async event(@Ctx() ctx: Context, @Root() d: WebhookDelivery): Promise<RequestEvent> {
    return (await ctx.loaders.event.load(d.eventId))!;
  }
}
