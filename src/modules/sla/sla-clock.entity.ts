import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CollaborationRequest } from '../requests/request.entity';
import { SlaClockKind, SlaState, type SlaTerms } from './sla.types';

/**
 * One run of an SLA clock of a request: the response clock, or one cycle of the update
 * clock (each restart is a new row, so the history stays). Due and at-risk instants are
 * computed once, at start, in the request's calendar; `state` is what has been recorded
 * (by the timers or by a stop), and `elapsedMinutes` the working minutes used, set at stop.
 */
@ObjectType({ description: "An SLA clock of a request: the response clock, or the current cycle of the update or resolution clock." })
@Entity('sla_clock')
@Index('sla_clock_request_kind_cycle_key', ['requestId', 'kind', 'cycle'], { unique: true })
@Index('sla_clock_running_key', { synchronize: false }) // at most one running clock per request and kind (partial unique index, see the migration)
export class SlaClock {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => CollaborationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  requestRef?: CollaborationRequest;

  @Field(() => SlaClockKind, { description: 'Which promise the clock measures.' })
  @Column({ type: 'enum', enum: SlaClockKind, enumName: 'sla_clock_kind' })
  kind: SlaClockKind;

  @Field(() => Int, { description: 'Which run of this kind of clock: always 1 for RESPONSE; 1, 2, … for each restart of the UPDATE clock, and for each reopen for RESOLUTION.' })
  @Column({ type: 'int' })
  cycle: number;

  /** The recorded state; what clients see is `effectiveState` (a running clock past its instants reads as AT_RISK or BREACHED at once). */
  @Column({ type: 'enum', enum: SlaState, enumName: 'sla_state' })
  state: SlaState;

  @Field(() => Int, { description: "The target, in working minutes of the group's calendar." })
  @Column({ type: 'int' })
  targetMinutes: number;

  /** The request's SLA terms as of its submission (calendar, at-risk ratio, cadences). */
  @Column({ type: 'jsonb' })
  terms: SlaTerms;

  @Field({ description: 'When the clock started.' })
  @Column({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Field({ description: "When the clock becomes AT_RISK: the group's at-risk share of the target, in working time, after the start." })
  @Column({ type: 'timestamptz', precision: 3 })
  atRiskAt: Date;

  @Field({ description: "When the target runs out, counting only working time of the group's calendar. Stopped at or before it is MET; after it, BREACHED." })
  @Column({ type: 'timestamptz', precision: 3 })
  dueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the clock stopped; null while it runs.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  stoppedAt: Date | null;

  /**
   * While a resolution clock is paused (the request waits on the requester): since when.
   * Due and at-risk instants stay as they were until the pause ends, then move by its working time.
   */
  @Field(() => Date, { nullable: true, description: 'While paused (a resolution clock while the request waits on the requester): since when; null while counting.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pausedAt: Date | null;

  /** Working minutes of the pauses that ended (what clients see adds the current one). */
  @Column({ type: 'double precision', default: 0 })
  pausedMinutes: number;

  /** The generation of the clock's timers: one more at each end of a pause and each priority change, which write new ones (the older are skipped). */
  @Column({ type: 'int', default: 0 })
  pauses: number;

  /** Working minutes from start to stop without the paused time (null while running): reports take percentiles of it in SQL. */
  @Column({ type: 'double precision', nullable: true })
  elapsedMinutes: number | null;
}
