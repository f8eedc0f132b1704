import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { BusinessCalendar } from '../sla/calendar.types';
import { SlaPolicy } from '../sla/sla-policy.types';
import { GroupKind } from './partner-group.types';

/**
 * Two or more members that agreed to collaborate: the high-level process (SLA targets per
 * priority, the calendar they count in, join requirements). Policy and calendar are stored
 * as data (jsonb) so the SLA engine reads them, never code.
 */
@ObjectType({ description: 'Members that agreed to collaborate, with the SLA policy and calendar their requests run under.' })
@Entity('partner_group')
@Index('partner_group_name_lower_key', { synchronize: false })
@Index('partner_group_single_critical_key', { synchronize: false })
export class PartnerGroup {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Group name, unique on the network (case-insensitive).' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => GroupKind, { description: 'What kind of collaboration the group stands for.' })
  @Column({ type: 'enum', enum: GroupKind, enumName: 'group_kind' })
  kind: GroupKind;

  @Field(() => String, { nullable: true, description: 'What the group is for.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'What a member must have or attest to join.' })
  @Column({ type: 'text', nullable: true })
  joinRequirements: string | null;

  @Field(() => SlaPolicy, { description: 'Response targets per priority.' })
  @Column({ type: 'jsonb' })
  slaPolicy: SlaPolicy;

  @Field(() => BusinessCalendar, { description: 'The calendar the targets are counted in.' })
  @Column({ type: 'jsonb' })
  calendar: BusinessCalendar;

  @Field({ description: 'Whether requests waiting on the requester get automatic follow-ups (after 2 and 5 working days) and are closed after 10; always false for CRITICAL_ESCALATION.' })
  @Column({ type: 'boolean', default: true })
  autoFollowUp: boolean;

  @Field({ description: 'When the group was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'When the group was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
