import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination';
import { RequestEventType } from '../events/request-event.entity';
import { DeliveryStatus } from './webhook.types';

/** Hosts that may be reached over plain http (tests and on-premises receivers on the same machine). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Whether a webhook may POST to this URL: https anywhere, http only to localhost / 127.0.0.1, no credentials in it. */
export function isAllowedWebhookUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return url.hostname.length > 0;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

function IsWebhookUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isWebhookUrl', validator: { validate: isAllowedWebhookUrl, defaultMessage: () => 'must be an https URL without credentials (http only for localhost or 127.0.0.1)' } },
    options,
  );
}

@InputType({ description: 'A new webhook endpoint of your member.' })
export class CreateWebhookInput {
  @Field({ description: 'Where to POST events: https, or http://localhost / http://127.0.0.1 for tests and on-premises receivers.' })
  @IsString()
  @MaxLength(2048)
  @IsWebhookUrl()
  url: string;

  @Field(() => [RequestEventType], { nullable: true, defaultValue: [], description: 'The event types to send; empty or left out: every type, including types added later.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsEnum(RequestEventType, { each: true })
  eventTypes?: RequestEventType[] | null;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

@InputType({ description: 'Change a webhook; fields left out stay as they are.' })
export class UpdateWebhookInput {
  @Field(() => ID, { description: 'The webhook.' })
  @IsUUID('all', { message: 'must be a webhook id' })
  id: string;

  @Field(() => String, { nullable: true, description: 'The new URL (same rules as on creation).' })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  @IsWebhookUrl()
  url?: string | null;

  @Field(() => [RequestEventType], { nullable: true, description: 'The event types to send; an empty list: every type.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsEnum(RequestEventType, { each: true })
  eventTypes?: RequestEventType[] | null;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for; an empty string clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False stops deliveries (pending ones are dropped); true re-enables an endpoint, also one disabled for failing.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;
}

@InputType({ description: 'Replace the signing secret; the previous one keeps signing for 24 hours.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The webhook.' })
  @IsUUID('all', { message: 'must be a webhook id' })
  id: string;
}

@InputType({ description: 'Delete a webhook and its delivery log.' })
export class DeleteWebhookInput {
  @Field(() => ID, { description: 'The webhook.' })
  @IsUUID('all', { message: 'must be a webhook id' })
  id: string;
}

@InputType({ description: 'Send one event to a webhook again.' })
export class RedeliverWebhookEventInput {
  @Field(() => ID, { description: 'The webhook.' })
  @IsUUID('all', { message: 'must be a webhook id' })
  webhookId: string;

  @Field(() => ID, { description: "The event: any event your member may see (as in the `events` query)." })
  @IsUUID('all', { message: 'must be an event id' })
  eventId: string;
}

@InputType({ description: 'Re-enable an endpoint and replay, in order, every event it should have received after a cursor.' })
export class ResumeWebhookInput {
  @Field(() => ID, { description: 'The webhook.' })
  @IsUUID('all', { message: 'must be a webhook id' })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the last event the endpoint has (an event's `cursor`, as in `events(after:)`); absent: its `lastDeliveredCursor`. Events of the last 7 days are replayed.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string | null;
}

@ArgsType()
export class DeliveriesArgs extends ConnectionArgs {
  @Field(() => DeliveryStatus, { nullable: true, description: 'Only attempts in this status.' })
  @IsOptional()
  @IsEnum(DeliveryStatus)
  status?: DeliveryStatus | null;
}
