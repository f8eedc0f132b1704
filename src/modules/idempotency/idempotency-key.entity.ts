import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Member } from '../members/member.entity';

/**
 * One idempotency key of a member (Stripe's and the IETF `Idempotency-Key` draft's
 * semantics): written in the transaction of the mutation it guards, so it exists exactly
 * when that mutation committed; `resultId` names the object the first call answered
 * (a request or a note). Kept `IDEMPOTENCY_KEY_HOURS`; expired rows are deleted by the
 * timer worker and are treated as absent until then.
 */
@Entity('idempotency_key')
@Index('idempotency_key_expires_idx', ['expiresAt'])
export class IdempotencyKey {
  @PrimaryColumn({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  memberRef?: Member;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** The mutation the key was first used with. */
  @Column({ type: 'text' })
  operation: string;

  /** SHA-256 of the operation and its input (key left out), canonical JSON. */
  @Column({ type: 'text' })
  inputHash: string;

  /** The id of what the first call answered; null only inside its own transaction. */
  @Column({ type: 'uuid', nullable: true })
  resultId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;
}
