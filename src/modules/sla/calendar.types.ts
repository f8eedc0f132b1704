import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, LocalTimeScalar } from '../../common/scalars';

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
