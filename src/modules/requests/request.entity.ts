import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Department } from '../departments/department.entity';
import { Member } from '../members/member.entity';
import { User } from '../members/user.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { ProcessFormVersion } from '../process-forms/process-form.entity';
import { Priority } from '../sla/priority.types';
import type { SlaTerms } from '../sla/sla.types';
import { Customer, RequestStatus } from './request.types';

/**
 * A collaboration request from member A (requester) to a department of member B
 * (receiver), over a group both are active in. It keeps the form version it was submitted
 * on for ever. Status changes lock the row, so of two people acting at once one wins.
 */
@ObjectType({ description: "A request from one member to another member's department, and its whole lifecycle." })
@Entity('collaboration_request')
@Index('collaboration_request_to_idx', ['toMemberId', 'createdAt', 'id'])
@Index('collaboration_request_from_idx', ['fromMemberId', 'createdAt', 'id'])
// a partner system finds its requests again by case number, and reconciles by `updatedSince`
@Index('collaboration_request_requester_case_idx', ['requesterCaseNumber'])
@Index('collaboration_request_receiver_case_idx', ['receiverCaseNumber'])
@Index('collaboration_request_to_updated_idx', ['toMemberId', 'updatedAt'])
@Index('collaboration_request_from_updated_idx', ['fromMemberId', 'updatedAt'])
@Index('collaboration_request_engaged_from_idx', ['engagedFromId', 'createdAt', 'id'])
export class CollaborationRequest {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => PartnerGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  groupRef?: PartnerGroup;

  @Column({ type: 'uuid' })
  fromMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_member_id' })
  fromMemberRef?: Member;

  @Column({ type: 'uuid' })
  toMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_member_id' })
  toMemberRef?: Member;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  departmentRef?: Department;

  @Column({ type: 'uuid' })
  formVersionId: string;

  @ManyToOne(() => ProcessFormVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'form_version_id' })
  formVersionRef?: ProcessFormVersion;

  @Field(() => Priority, { description: 'P1 (system down) … P4 (low).' })
  @Column({ type: 'enum', enum: Priority, enumName: 'priority' })
  priority: Priority;

  @Field({ description: 'True for a critical escalation (the restricted 24x7 channel).' })
  @Column({ type: 'boolean', default: false })
  critical: boolean;

  @Field({ description: 'One-line summary of the problem.' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => GraphQLJSONObject, { description: "The form data, as validated against the request's form version." })
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Field(() => Customer, { nullable: true, description: "The end customer's details (required where the group needs entitlement)." })
  @Column({ type: 'jsonb', nullable: true })
  customer: Customer | null;

  @Field(() => String, { nullable: true, description: 'The business impact (required for critical escalations).' })
  @Column({ type: 'text', nullable: true })
  businessImpact: string | null;

  @Field({ description: "The requester's own case number." })
  @Column({ type: 'text' })
  requesterCaseNumber: string;

  @Field(() => String, { nullable: true, description: "The receiver's case number: given on acceptance, or at submission for a critical escalation (the case the customer already has open with the receiver)." })
  @Column({ type: 'text', nullable: true })
  receiverCaseNumber: string | null;

  @Field(() => RequestStatus, { description: 'Current status.' })
  @Column({ type: 'enum', enum: RequestStatus, enumName: 'request_status' })
  status: RequestStatus;

  /** The status to return to when the requester provides the information asked for. */
  @Column({ type: 'enum', enum: RequestStatus, enumName: 'request_status', nullable: true })
  statusBeforeInformation: RequestStatus | null;

  @Field(() => Date, { nullable: true, description: "When the receiver first responded (accept, information request, reject or a note to the requester); it ends the requester's right to cancel." })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firstRespondedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedByRef?: User;

  @Column({ type: 'uuid', nullable: true })
  requesterAssigneeId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_assignee_id' })
  requesterAssigneeRef?: User;

  @Column({ type: 'uuid', nullable: true })
  receiverAssigneeId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiver_assignee_id' })
  receiverAssigneeRef?: User;

  @Field({ description: 'When it was submitted.' })
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  @Column({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last closed (null while not closed).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the requester escalated it to management (escalateRequest); null if never.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  escalatedAt: Date | null;

  /** The request this one was closed as a duplicate of (same requester and receiver). */
  @Column({ type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => CollaborationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'duplicate_of_id' })
  duplicateOfRef?: CollaborationRequest;

  /**
   * How many times the receiver has asked for information (or the requester wrote while
   * asked): the follow-up timers of one wait carry its number and act only while it holds.
   */
  @Column({ type: 'int', default: 0 })
  informationCycle: number;

  /**
   * The SLA terms in force since the last priority change (the new priority's targets, with
   * the calendar and at-risk share fixed at submission); null while the priority is the
   * submitted one, whose terms every clock copies. New clocks (update cycles, resolution
   * clocks, reopens) start from these.
   */
  @Column({ type: 'jsonb', nullable: true })
  slaTerms: SlaTerms | null;

  /**
   * The request this one engages a further party for (engageParty): its receiver is this
   * one's requester. Null for a request submitted directly.
   */
  @Column({ type: 'uuid', nullable: true })
  engagedFromId: string | null;

  @ManyToOne(() => CollaborationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engaged_from_id' })
  engagedFromRef?: CollaborationRequest;

  /** Whether the engaging member shared this engagement with the requester of the request it was engaged from. */
  @Field({ description: 'Whether the member that engaged this party shared it with the requester of the request it was engaged from (who then observes it).' })
  @Column({ type: 'boolean', default: false })
  shareWithRequester: boolean;

  /**
   * The member that observes this request (reads it, acts on nothing): the requester of the
   * request it was engaged from, when shared. Part of the visibility rule
   * (`request.access.ts`), and copied onto every event like the two parties.
   */
  @Column({ type: 'uuid', nullable: true })
  observerMemberId: string | null;
}

/** A note in a request's thread; an internal note is seen only by its own member. */
@ObjectType({ description: "A note in a request's thread between the two companies." })
@Entity('request_note')
@Index('request_note_request_idx', ['requestId', 'createdAt', 'id'])
export class RequestNote {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => CollaborationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  requestRef?: CollaborationRequest;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  authorRef?: User;

  @Field({ description: 'The text.' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'True when only the author\'s member sees it.' })
  @Column({ type: 'boolean' })
  internal: boolean;

  @Field({ description: 'When it was written.' })
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
