import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RequestEvent, RequestEventType } from '../events/request-event.entity';
import { Member } from '../members/member.entity';
import { DeliveryStatus } from './webhook.types';

/**
 * A member's HTTP endpoint that receives the events the member may see. The signing secret
 * is stored as is (it must sign every delivery, unlike a token, which is only compared), has
 * no `@Field`, and is shown once: on creation and on rotation.
 */
@ObjectType({ description: "An HTTPS endpoint of your member's that receives request events as signed JSON POSTs." })
@Entity('webhook')
@Index('webhook_member_idx', ['memberId', 'createdAt', 'id'])
export class Webhook {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  @Field({ description: 'Where events are POSTed: https, or http only for localhost / 127.0.0.1.' })
  @Column({ type: 'text' })
  url: string;

  /** Plain text, not a database enum: RequestEventType grows, and an enum type in the database would drift. */
  @Field(() => [RequestEventType], { description: 'The event types sent; an empty list means every type, including types added later.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eventTypes: RequestEventType[];

  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field({ description: 'Whether events are sent. Disabled endpoints get nothing, and nothing is queued for them.' })
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'Why the endpoint was disabled (e.g. after failing for 24 hours); null while enabled.' })
  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;

  /** The signing secret; never exposed after creation, never logged. */
  @Column({ type: 'text' })
  secret: string;

  /** The secret before the last rotation, still signing until `previousSecretExpiresAt`. */
  @Column({ type: 'text', nullable: true })
  previousSecret: string | null;

  @Field(() => Date, { nullable: true, description: 'Until when deliveries also carry a signature with the secret before the last rotation.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  previousSecretExpiresAt: Date | null;

  /** Since when every attempt failed (null after a success): 24 hours of it disables the endpoint. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  failingSince: Date | null;

  @Field({ description: 'When the endpoint was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * One delivery attempt of one event to one endpoint; the delivery log and the job queue at
 * once. A PENDING row is a job: written in the event's own transaction (or by a
 * redelivery), claimed with a lease, then marked SUCCEEDED or FAILED; a failure within
 * the retry window adds the next attempt as a new PENDING row. Per endpoint only the
 * earliest pending row (by event order) is ever sent, so events arrive in order.
 */
@ObjectType({ description: 'One attempt to deliver one event to a webhook.' })
@Entity('webhook_delivery')
@Index('webhook_delivery_log_idx', ['webhookId', 'createdAt', 'id'])
@Index('webhook_delivery_event_idx', ['eventId'])
@Index('webhook_delivery_pending_idx', { synchronize: false }) // (webhook_id, event_seq, created_at, id) WHERE status = 'PENDING', see the migration
@Index('webhook_delivery_due_idx', { synchronize: false }) // (next_attempt_at) WHERE status = 'PENDING', see the migration
export class WebhookDelivery {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  webhookId: string;

  @ManyToOne(() => Webhook, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhookRef?: Webhook;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => RequestEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  eventRef?: RequestEvent;

  /** The event's position in the log: the order deliveries of one endpoint go out in. */
  @Column({ type: 'bigint' })
  eventSeq: string;

  @Field(() => Int, { description: 'Which attempt this is for the event (1 for the first; a redelivery starts again at 1).' })
  @Column({ type: 'int' })
  attempt: number;

  @Field(() => DeliveryStatus, { description: 'Where the attempt stands.' })
  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status' })
  status: DeliveryStatus;

  @Field({ description: 'True when an admin asked for this delivery with redeliverWebhookEvent.' })
  @Column({ type: 'boolean', default: false })
  redelivery: boolean;

  /** When a PENDING attempt is due. */
  @Column({ type: 'timestamptz', precision: 3 })
  nextAttemptAt: Date;

  /** Until when a worker holds the attempt (it is being sent); a crashed worker's lease runs out. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'uuid', nullable: true })
  leaseToken: string | null;

  /** After this, a failed attempt gets no successor: 24 hours after the event's first failed attempt. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  retryUntil: Date | null;

  /** When the attempt was made (null while pending). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  attemptedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The endpoint's HTTP status (null for a network error or a timeout, or while pending)." })
  @Column({ type: 'int', nullable: true })
  httpStatus: number | null;

  @Field(() => Int, { nullable: true, description: 'How long the attempt took, in milliseconds.' })
  @Column({ type: 'int', nullable: true })
  durationMs: number | null;

  @Field(() => String, { nullable: true, description: 'Why the attempt failed (network error, timeout, redirect, HTTP status).' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => String, { nullable: true, description: 'The first kilobyte of the response body, if any.' })
  @Column({ type: 'text', nullable: true })
  responseBody: string | null;

  @Field(() => Date, { description: 'When the attempt was made; for a PENDING one, when it is due.' })
  at(): Date {
    return this.attemptedAt ?? this.nextAttemptAt;
  }

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
