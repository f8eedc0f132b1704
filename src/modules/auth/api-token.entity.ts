import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Member } from '../members/member.entity';
import { User } from '../members/user.entity';

/** Which kind of caller a token authenticates. */
export type TokenKind = 'OPERATOR' | 'PERSONAL' | 'SERVICE';

/**
 * A bearer token. Only the SHA-256 of the secret is stored (the secret has 256 random
 * bits, so a slow hash adds nothing); the secret itself is shown once, when issued.
 */
@ObjectType({ description: 'A bearer token: a personal token acts as its user, a service token as its member.' })
@Entity('api_token')
@Index('api_token_member_idx', ['memberId', 'createdAt', 'id'])
export class ApiToken {
  @Field(() => ID, { description: 'Opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: TokenKind;

  /** SHA-256 (hex) of the secret; never exposed. */
  @Column({ type: 'text', unique: true })
  secretHash: string;

  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  userRef?: User;

  @Field({ description: 'A name that says what the token is for.' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'True for a service token (a partner system acting as the member, role ENGINEER).' })
  service(): boolean {
    return this.kind === 'SERVICE';
  }

  @Field({ description: 'Whether a service token may submit critical escalations (granted by a member admin).' })
  @Column({ type: 'boolean', default: false })
  canSubmitCritical: boolean;

  @Field({ description: 'The first characters of the secret, to recognise it in lists.' })
  @Column({ type: 'text' })
  secretPrefix: string;

  @Field({ description: 'When the token was issued.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the token last authenticated a call (updated at most once a minute).' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked; a revoked token is refused at once.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
