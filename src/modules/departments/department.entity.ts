import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Member } from '../members/member.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { ProcessForm } from '../process-forms/process-form.entity';

/**
 * A member's inbound process for one partner group: what other members of the group find
 * in the directory and submit requests to, with the form it takes them on.
 */
@ObjectType({ description: "A member's inbound process for one partner group, with the form it takes requests on." })
@Entity('department')
@Index('department_member_idx', ['memberId', 'createdAt', 'id'])
@Index('department_group_idx', ['groupId', 'createdAt', 'id'])
@Index('department_active_name_key', { synchronize: false })
export class Department {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => PartnerGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  groupRef?: PartnerGroup;

  @Column({ type: 'uuid' })
  formId: string;

  @ManyToOne(() => ProcessForm, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'form_id' })
  formRef?: ProcessForm;

  @Field({ description: 'Name, e.g. "Storage" or "Networking"; unique among the member\'s active departments in the group.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the department handles.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Date, { nullable: true, description: 'When the department was archived: hidden from the directory, kept for history.' })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field({ description: 'When the department was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field({ description: 'When the department was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
