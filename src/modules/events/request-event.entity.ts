import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSONObject } from 'graphql-scalars';
import { CollaborationRequest } from '../requests/request.entity';

export enum RequestEventType {
  REQUEST_SUBMITTED = 'REQUEST_SUBMITTED',
  REQUEST_ACCEPTED = 'REQUEST_ACCEPTED',
  INFORMATION_REQUESTED = 'INFORMATION_REQUESTED',
  INFORMATION_PROVIDED = 'INFORMATION_PROVIDED',
  REQUEST_REJECTED = 'REQUEST_REJECTED',
  NOTE_ADDED = 'NOTE_ADDED',
  REQUEST_ASSIGNED = 'REQUEST_ASSIGNED',
  REQUEST_CLOSED = 'REQUEST_CLOSED',
  REQUEST_REOPENED = 'REQUEST_REOPENED',
  REQUEST_CANCELLED = 'REQUEST_CANCELLED',
  SLA_AT_RISK = 'SLA_AT_RISK',
  SLA_BREACHED = 'SLA_BREACHED',
  FOLLOW_UP_SENT = 'FOLLOW_UP_SENT',
  REQUEST_ESCALATED = 'REQUEST_ESCALATED',
  REQUEST_PRIORITY_CHANGED = 'REQUEST_PRIORITY_CHANGED',
  PARTY_ENGAGED = 'PARTY_ENGAGED',
  ENGAGEMENT_ENDED = 'ENGAGEMENT_ENDED',
}
registerEnumType(RequestEventType, {
  name: 'RequestEventType',
  description: 'What happened to a request.',
  valuesConfig: {
    REQUEST_SUBMITTED: { description: 'The requester submitted it.' },
    REQUEST_ACCEPTED: { description: 'The receiver accepted it.' },
    INFORMATION_REQUESTED: { description: 'The receiver asked for more information.' },
    INFORMATION_PROVIDED: { description: 'The requester provided it.' },
    REQUEST_REJECTED: { description: 'The receiver rejected it.' },
    NOTE_ADDED: { description: 'A note was added (internal notes only reach their own member).' },
    REQUEST_ASSIGNED: { description: 'A side assigned one of its engineers.' },
    REQUEST_CLOSED: { description: 'Either side closed it, with a resolution.' },
    REQUEST_REOPENED: { description: 'Either side reopened it.' },
    REQUEST_CANCELLED: { description: 'The requester cancelled it.' },
    SLA_AT_RISK: { description: 'An SLA clock used its at-risk share of the target.' },
    SLA_BREACHED: { description: 'An SLA clock passed its due time.' },
    FOLLOW_UP_SENT: { description: 'An automatic reminder to the requester: the request has waited on them for 2 (step 1) or 5 (step 2) working days.' },
    REQUEST_ESCALATED: { description: 'The requester escalated it to management (allowed by the escalation rules for its priority).' },
    REQUEST_PRIORITY_CHANGED: { description: 'Either side changed its priority (detail: from, to, reason); running SLA clocks took the new targets, keeping the time already counted.' },
    PARTY_ENGAGED: { description: 'The receiver engaged a further party through an engagement (detail: engagementId, toMemberId, shareWithRequester); the requester sees it only when the engagement is shared with it.' },
    ENGAGEMENT_ENDED: { description: 'An engagement of this request was closed, rejected or cancelled (detail: engagementId, status); seen by whoever sees its PARTY_ENGAGED.' },
  },
});

/**
 * The append-only event log: every change of a request, written in the same transaction
 * as the change. `seq` increases in commit order over the whole network (appends take a
 * transaction-scoped lock), so "every event after seq N" misses nothing.
 */
@ObjectType({ description: 'Something that happened to a collaboration request.' })
@Entity('request_event')
@Index('request_event_request_idx', ['requestId', 'seq'])
@Index('request_event_from_idx', ['fromMemberId', 'seq'])
@Index('request_event_to_idx', ['toMemberId', 'seq'])
@Index('request_event_observer_idx', ['observerMemberId', 'seq'])
export class RequestEvent {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  seq: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => CollaborationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  requestRef?: CollaborationRequest;

  @Field(() => RequestEventType, { description: 'What happened.' })
  @Column({ type: 'enum', enum: RequestEventType, enumName: 'request_event_type' })
  type: RequestEventType;

  @Field({ description: 'True for a critical escalation: route it to the critical team at once.' })
  @Column({ type: 'boolean' })
  critical: boolean;

  @Column({ type: 'uuid' })
  fromMemberId: string;

  @Column({ type: 'uuid' })
  toMemberId: string;

  /** The request's observer (a shared engagement's observing member), who sees the event like the parties. */
  @Column({ type: 'uuid', nullable: true })
  observerMemberId: string | null;

  /** When set, only this member sees the event (an internal note). */
  @Column({ type: 'uuid', nullable: true })
  onlyMemberId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorMemberId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details of the event (reason, case number, assignee, status before and after, …).' })
  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;

  @Field({ description: 'When it happened.' })
  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;
}
