import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, LocalTimeScalar } from '../../common/scalars';
import { Priority } from '../sla/priority';

/** The kinds of collaboration a group can stand for (see PRODUCT.md). */
export enum GroupKind {
  COLLABORATIVE = 'COLLABORATIVE',
  SOLUTION = 'SOLUTION',
  OEM = 'OEM',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
  CRITICAL_ESCALATION = 'CRITICAL_ESCALATION',
}
registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'What kind of collaboration a partner group stands for.',
  valuesConfig: {
    COLLABORATIVE: { description: 'Both vendors support the customer (dual entitlement): customer details required.' },
    SOLUTION: { description: 'Warm transfer and joint troubleshooting of a joint solution: customer details required.' },
    OEM: { description: "A vendor's support escalates to the OEM's 3rd level or engineering; no customer entitlement needed." },
    SERVICE_PROVIDER: { description: 'A service provider escalates to the vendor; no customer entitlement needed.' },
    CRITICAL_ESCALATION: { description: 'The restricted 24x7 channel for business-critical situations: 2-hour response, roster only.' },
  },
});

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week.',
  valuesConfig: Object.fromEntries(Object.keys(Weekday).map((d) => [d, { description: d.charAt(0) + d.slice(1).toLowerCase() + '.' }])),
});

@ObjectType({ description: 'The response target (and optional update cadence and resolution target) for one priority.' })
export class SlaTarget {
  @Field(() => Priority, { description: 'The priority this target applies to.' })
  priority: Priority;

  @Field(() => Int, { description: "Working minutes (in the group's calendar) within which the receiver must first respond." })
  responseMinutes: number;

  @Field(() => Int, { nullable: true, description: 'While accepted, the receiver must post an update at least this often (working minutes).' })
  updateEveryMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: "Working minutes from acceptance to close (the RESOLUTION clock; time waiting on the requester does not count); null for none." })
  resolutionMinutes?: number | null;
}

@ObjectType({ description: "A group's SLA policy: one target per priority and when a clock counts as at risk." })
export class SlaPolicy {
  @Field(() => [SlaTarget], { description: 'One target for each of P1–P4.' })
  targets: SlaTarget[];

  @Field(() => Float, { description: 'Share of the target used after which a clock is AT_RISK (default 0.75).' })
  atRiskRatio: number;
}

@ObjectType({ description: 'One working interval on a weekday, in local wall-clock time; half-open [from, to).' })
export class WorkingHours {
  @Field(() => Weekday, { description: 'The weekday.' })
  day: Weekday;

  @Field(() => LocalTimeScalar, { description: 'Opening time, HH:mm.' })
  from: string;

  @Field(() => LocalTimeScalar, { description: 'Closing time, HH:mm; 24:00 runs into the next day with no gap.' })
  to: string;
}

@ObjectType({ description: 'The business calendar SLA targets are counted in.' })
export class BusinessCalendar {
  @Field({ description: 'IANA time zone of the working hours and holidays (e.g. Europe/London).' })
  timeZone: string;

  @Field({ description: 'True for 24x7x365: every instant counts, holidays included.' })
  alwaysOpen: boolean;

  @Field(() => [WorkingHours], { description: 'Working intervals per weekday (several per day allowed).' })
  workingHours: WorkingHours[];

  @Field(() => [LocalDateScalar], { description: "Local dates (in the calendar's zone) with no working time." })
  holidays: string[];
}
