import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Member } from '../members/member.entity';
import { User } from '../members/user.entity';
import { PartnerGroup } from './partner-group.entity';

export enum MembershipStatus {
  INVITED = 'INVITED',
  REQUESTED = 'REQUESTED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  LEFT = 'LEFT',
  DECLINED = 'DECLINED',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: "Where a member's membership of a group stands.",
  valuesConfig: {
    INVITED: { description: "The operator invited the member; waits for the member admin's acceptance." },
    REQUESTED: { description: "The member asked to join; waits for the operator's approval." },
    ACTIVE: { description: 'In the group: sends and receives requests.' },
    SUSPENDED: { description: 'Suspended by the operator: routes nothing until approved again.' },
    LEFT: { description: 'The member left (or withdrew its request or invitation). Final; joining again starts a new membership.' },
    DECLINED: { description: 'The operator declined the request or withdrew the invitation. Final.' },
  },
});

/** Statuses of a membership that still holds the member's one place in the group. */
export const CURRENT_STATUSES = [MembershipStatus.INVITED, MembershipStatus.REQUESTED, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED];

/**
 * A member's membership of a group. A member has at most one current membership per group
 * (a partial unique index); leaving ends it, and joining again makes a new one, so history stays.
 */
@ObjectType({ description: "A member's membership of a partner group, with its lifecycle." })
@Entity('group_membership')
@Index('group_membership_current_key', { synchronize: false })
@Index('group_membership_group_idx', ['groupId', 'createdAt', 'id'])
@Index('group_membership_member_idx', ['memberId', 'createdAt', 'id'])
export class GroupMembership {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => PartnerGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  groupRef?: PartnerGroup;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  @Field(() => MembershipStatus, { description: 'Current status.' })
  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  status: MembershipStatus;

  @Field(() => String, { nullable: true, description: "The member's attestation (required to join the critical-escalation group)." })
  @Column({ type: 'text', nullable: true })
  attestation: string | null;

  @Field({ description: 'When the membership was invited or requested.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'When the status last changed.' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One step of a membership's lifecycle: who did what, when, and why. */
@ObjectType({ description: "One change of a membership's status: who, when and why." })
@Entity('membership_change')
@Index('membership_change_membership_idx', ['membershipId', 'at'])
export class MembershipChange {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => GroupMembership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membershipRef?: GroupMembership;

  @Field(() => MembershipStatus, { nullable: true, description: 'Status before the change (null when the membership began).' })
  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status', nullable: true })
  fromStatus: MembershipStatus | null;

  @Field(() => MembershipStatus, { description: 'Status after the change.' })
  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  toStatus: MembershipStatus;

  @Field({ description: 'True when the network operator made the change.' })
  @Column({ type: 'boolean' })
  byOperator: boolean;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id' })
  actorRef?: User;

  @Field(() => String, { nullable: true, description: 'The reason given, if any.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field({ description: 'When the change was made.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;
}
