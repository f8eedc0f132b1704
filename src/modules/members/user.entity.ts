import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserRole } from '../../common/roles';
import { Member } from './member.entity';

/** A person at a member company. */
@ObjectType({ description: 'A person at a member company.' })
@Entity('user_account')
@Index('user_account_member_idx', ['memberId', 'createdAt', 'id'])
export class User {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  /** Foreign key only; GraphQL's `member` goes through the loader. */
  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  @Field({ description: 'E-mail address, unique on the whole network; stored lower-case.' })
  @Column({ type: 'text', unique: true })
  email: string;

  @Field({ description: 'Display name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => UserRole, { description: 'Role inside the member.' })
  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role' })
  role: UserRole;

  @Field({ description: "Whether the user is on the member's critical-escalation team (may submit critical escalations)." })
  @Column({ type: 'boolean', default: false })
  onCriticalTeam: boolean;

  @Field({ description: 'When the user was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
