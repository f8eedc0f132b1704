import { TimerOutcome } from '../../common/timer-outcome';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CollaborationRequest } from '../requests/request.entity';

/** What an automation timer does when it fires. */
export enum AutomationTimerKind {
  /** Reminds the requester (a FOLLOW_UP_SENT event): `step` 1 after 2 working days, 2 after 5. */
  FOLLOW_UP = 'FOLLOW_UP',
  /** Closes the request for no response from the requester, after 10 working days. */
  AUTO_CLOSE = 'AUTO_CLOSE',
}


/**
 * A durable timer of the follow-up automation: "at `fireAt`, if the request still waits on
 * the requester in information cycle `cycle`, send follow-up `step` (or close it)". Written
 * in the transaction that starts the wait; claimed with `FOR UPDATE SKIP LOCKED` and marked
 * fired in the transaction that writes the event, exactly like the SLA timers, so it acts
 * once across restarts and instances. One per request, cycle, kind and step (unique).
 */
@Entity('automation_timer')
@Index('automation_timer_request_cycle_key', ['requestId', 'cycle', 'kind', 'step'], { unique: true })
@Index('automation_timer_due_idx', { synchronize: false }) // (fire_at, id) WHERE fired_at IS NULL, see the migration
export class AutomationTimer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => CollaborationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  requestRef?: CollaborationRequest;

  @Column({ type: 'enum', enum: AutomationTimerKind, enumName: 'automation_timer_kind' })
  kind: AutomationTimerKind;

  /** 1 and 2 for the follow-ups, 3 for the close. */
  @Column({ type: 'int' })
  step: number;

  /** The request's `informationCycle` the timer belongs to: it acts only while they match. */
  @Column({ type: 'int' })
  cycle: number;

  @Column({ type: 'timestamptz', precision: 3 })
  fireAt: Date;

  /** When a worker handled it; null while pending. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  firedAt: Date | null;

  @Column({ type: 'enum', enum: TimerOutcome, enumName: 'automation_timer_outcome', nullable: true })
  outcome: TimerOutcome | null;
}
