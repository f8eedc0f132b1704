import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { BusinessCalendar } from './calendar.types';

/** Which promise a clock measures. */
export enum SlaClockKind {
  RESPONSE = 'RESPONSE',
  UPDATE = 'UPDATE',
  RESOLUTION = 'RESOLUTION',
}
registerEnumType(SlaClockKind, {
  name: 'SlaClockKind',
  description: 'Which promise an SLA clock measures.',
  valuesConfig: {
    RESPONSE: { description: "From submission to the receiver's first response (accept, information request, reject, or a note to the requester)." },
    UPDATE: { description: 'While the request is ACCEPTED: from the last update by the receiver (a note to the requester or a status change) to the next one.' },
    RESOLUTION: {
      description:
        'From acceptance (or a reopen) to close, when the group sets a resolution target: paused while the request waits on the requester (INFORMATION_REQUESTED); the paused working time moves its due time.',
    },
  },
});

/** Where a clock stands. Only moves forward: ON_TRACK → AT_RISK → BREACHED, or to MET when stopped in time. */
export enum SlaState {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  BREACHED = 'BREACHED',
  MET = 'MET',
}
registerEnumType(SlaState, {
  name: 'SlaState',
  description: "Where an SLA clock stands. It only moves forward: ON_TRACK → AT_RISK → BREACHED, or to MET when stopped in time.",
  valuesConfig: {
    ON_TRACK: { description: "Running (or paused), with less than the group's at-risk share of the target used; also a clock stopped uncounted in time (the request was cancelled, closed automatically or closed as a duplicate)." },
    AT_RISK: { description: "Running, with at least the group's at-risk share (atRiskRatio) of the target used." },
    BREACHED: { description: 'The due time passed before the clock stopped; it stays BREACHED once stopped.' },
    MET: { description: 'Stopped at or before the due time.' },
  },
});

/** What a durable timer does to its clock when it fires. */
export enum SlaTimerKind {
  AT_RISK = 'AT_RISK',
  BREACH = 'BREACH',
}


/** How report rows are cut. */
export enum SlaReportGroupBy {
  GROUP = 'GROUP',
  MEMBER = 'MEMBER',
  DEPARTMENT = 'DEPARTMENT',
  PRIORITY = 'PRIORITY',
}
registerEnumType(SlaReportGroupBy, {
  name: 'SlaReportGroupBy',
  description: 'How the rows of an SLA report are cut.',
  valuesConfig: {
    GROUP: { description: 'One row per partner group.' },
    MEMBER: { description: 'One row per other party (the receiver of your outbound requests, the requester of your inbound ones).' },
    DEPARTMENT: { description: 'One row per receiving department.' },
    PRIORITY: { description: 'One row per priority, P1 to P4.' },
  },
});

/** Which of the caller's requests a report counts. */
export enum SlaReportDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
  BOTH = 'BOTH',
}
registerEnumType(SlaReportDirection, {
  name: 'SlaReportDirection',
  description: "Which of your member's requests a report counts.",
  valuesConfig: {
    INBOUND: { description: 'Requests your member received: how well you respond.' },
    OUTBOUND: { description: 'Requests your member submitted: how well your partners respond.' },
    BOTH: { description: 'Both.' },
  },
});

/**
 * The SLA terms a request runs under, fixed when it is submitted (a later change of the
 * group's policy or calendar applies to requests submitted from then on). Copied onto
 * every clock of the request, so each clock carries the calendar it counts in.
 */
export interface SlaTerms {
  calendar: BusinessCalendar;
  atRiskRatio: number;
  responseMinutes: number;
  updateEveryMinutes: number | null;
  /** Working minutes from acceptance to close; absent (terms written before automation) or null: no resolution clock. */
  resolutionMinutes?: number | null;
}

@ObjectType({ description: 'One row of an SLA report: the response clocks of the requests in one group, member, department or priority.' })
export class SlaReportRow {
  @Field({ description: 'Id of the group, member or department, or the priority.' })
  key: string;

  @Field({ description: 'Name of the group, member or department ("Department (Member)"), or the priority.' })
  label: string;

  @Field(() => Int, { description: 'Requests created in the period.' })
  requests: number;

  @Field(() => Int, { description: 'Requests whose response clock was MET.' })
  met: number;

  @Field(() => Int, { description: 'Requests whose response clock is BREACHED (responded late, or still waiting past the due time).' })
  breached: number;

  @Field(() => Int, { description: 'Requests still waiting for a first response and not yet past the due time.' })
  open: number;

  @Field(() => Float, { nullable: true, description: 'met / (met + breached); null when neither.' })
  attainment: number | null;

  @Field(() => Float, { nullable: true, description: 'Median time to the first response, in working minutes of the group calendar; null when none responded.' })
  medianResponseMinutes: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (continuous) of the time to the first response, in working minutes; null when none responded.' })
  p90ResponseMinutes: number | null;

  @Field(() => Int, { description: "Requests whose latest resolution clock was MET (closed with a resolution in time, paused time not counted)." })
  resolutionMet: number;

  @Field(() => Int, { description: 'Requests whose latest resolution clock is BREACHED (closed late, or still open past the due time).' })
  resolutionBreached: number;

  @Field(() => Float, { nullable: true, description: 'resolutionMet / (resolutionMet + resolutionBreached); null when neither (no resolution targets, or none decided yet).' })
  resolutionAttainment: number | null;

  @Field(() => Float, { nullable: true, description: 'Median working minutes from acceptance to close (paused time not counted) over the requests whose latest resolution clock stopped MET or BREACHED; null when none.' })
  medianResolutionMinutes: number | null;

  @Field(() => Int, { description: 'Requests the requester escalated to management.' })
  escalated: number;
}
