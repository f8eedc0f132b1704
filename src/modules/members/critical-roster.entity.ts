import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ApiToken } from '../auth/api-token.entity';
import { Member } from './member.entity';
import { User } from './user.entity';

/**
 * One change of a member's critical-escalation roster: a user added to or removed from the
 * critical team, or a service token granted or denied critical access; who did it and when.
 * Exactly one of `userId` and `tokenId` is set. Rows are only ever inserted.
 */
@ObjectType({ description: "One change of a member's critical-escalation roster: who was added or removed, by whom, and when." })
@Entity('critical_roster_change')
@Index('critical_roster_change_member_idx', ['memberId', 'createdAt', 'id'])
@Check('critical_roster_change_one_subject_check', '("user_id" IS NULL) <> ("token_id" IS NULL)')
export class CriticalRosterChange {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  /** The user added to or removed from the critical team (null for a token change). */
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  userRef?: User;

  /** The service token granted or denied critical access (null for a user change). */
  @Column({ type: 'uuid', nullable: true })
  tokenId: string | null;

  @ManyToOne(() => ApiToken, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'token_id' })
  tokenRef?: ApiToken;

  @Field({ description: 'True when the user or token was put on the roster, false when taken off it.' })
  @Column({ type: 'boolean' })
  added: boolean;

  /** The member admin who made the change. */
  @Column({ type: 'uuid' })
  actorUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id' })
  actorRef?: User;

  /** When the change was made (the request's clock); named `createdAt` for keyset pagination. */
  @Field({ name: 'at', description: 'When the change was made.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
