import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SlaClock } from './sla-clock.entity';
import { TimerOutcome } from '../../common/timer-outcome';
import { SlaTimerKind } from './sla.types';

/**
 * A durable timer: "at `fireAt`, move this clock to AT_RISK (or BREACHED) and say so in the
 * request's event log". Written in the transaction that starts the clock; claimed with
 * `FOR UPDATE SKIP LOCKED` and marked fired in the transaction that writes the event, so it
 * fires once across restarts and instances. One timer per clock, kind and generation
 * (unique): when a paused clock resumes its due time moves, and it gets timers of a new
 * generation; those of older generations are skipped when they come due.
 */
@Entity('sla_timer')
@Index('sla_timer_clock_kind_generation_key', ['clockId', 'kind', 'generation'], { unique: true })
@Index('sla_timer_due_idx', { synchronize: false }) // (fire_at, id) WHERE fired_at IS NULL, see the migration
export class SlaTimer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  clockId: string;

  @ManyToOne(() => SlaClock, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clock_id' })
  clockRef?: SlaClock;

  @Column({ type: 'enum', enum: SlaTimerKind, enumName: 'sla_timer_kind' })
  kind: SlaTimerKind;

  /** The clock's `pauses` when the timer was written: it fires only while they still match. */
  @Column({ type: 'int', default: 0 })
  generation: number;

  @Column({ type: 'timestamptz', precision: 3 })
  fireAt: Date;

  /** When a worker handled it; null while pending. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firedAt: Date | null;

  @Column({ type: 'enum', enum: TimerOutcome, enumName: 'sla_timer_outcome', nullable: true })
  outcome: TimerOutcome | null;
}
