import { DateTime, Settings } from 'luxon';
import {
  ALWAYS_OPEN_UTC,
  addWorkingMinutes,
  validateCalendar,
  workingMinutesBetween,
  type CalendarSpec,
  type Weekday,
  type WorkingHoursSpec,
} from '../../src/modules/sla/business-calendar';

const MON_FRI: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

function calendar(timeZone: string, workingHours: WorkingHoursSpec[], holidays: string[] = []): CalendarSpec {
  return { timeZone, alwaysOpen: false, workingHours, holidays };
}
function monFri(timeZone: string, ranges: [string, string][], holidays: string[] = []): CalendarSpec {
  return calendar(
    timeZone,
    MON_FRI.flatMap((day) => ranges.map(([from, to]) => ({ day, from, to }))),
    holidays,
  );
}
function sundayOnly(timeZone: string, from: string, to: string): CalendarSpec {
  return calendar(timeZone, [{ day: 'SUNDAY', from, to }]);
}

const LONDON_8_16 = monFri('Europe/London', [['08:00', '16:00']]);
const LONDON_GOOD_FRIDAY = monFri('Europe/London', [['08:00', '16:00']], ['2026-04-03']);
const LONDON_EASTER = monFri('Europe/London', [['08:00', '16:00']], ['2026-04-03', '2026-04-06']);
const LONDON_SPLIT = monFri('Europe/London', [['08:00', '12:00'], ['13:00', '17:00']]);
const NEW_YORK_9_17 = monFri('America/New_York', [['09:00', '17:00']]);
const SYDNEY_9_17 = monFri('Australia/Sydney', [['09:00', '17:00']]);
const AUCKLAND_WAITANGI = monFri('Pacific/Auckland', [['09:00', '17:00']], ['2026-02-06']);
const TOKYO_SEIJIN = monFri('Asia/Tokyo', [['09:00', '18:00']], ['2026-01-12']);
const UTC_CHAIN = calendar('UTC', [
  { day: 'MONDAY', from: '22:00', to: '24:00' },
  { day: 'TUESDAY', from: '00:00', to: '02:00' },
]);
const LONDON_WEEKEND_NIGHT_CHAIN = calendar('Europe/London', [
  { day: 'SATURDAY', from: '22:00', to: '24:00' },
  { day: 'SUNDAY', from: '00:00', to: '02:00' },
]);
const ALWAYS_OPEN_LONDON: CalendarSpec = { timeZone: 'Europe/London', alwaysOpen: true, workingHours: [], holidays: ['2026-03-29'] };

interface AddCase {
  name: string;
  cal: CalendarSpec;
  start: string;
  minutes: number;
  due: string;
}

/** Worked cases; instants are ISO strings with the calendar's local offset. */
const ADD_CASES: AddCase[] = [
  // Plain weekday calendar, Europe/London 08:00–16:00.
  { name: 'Fri 15:00 + 4h → Mon 11:00 (winter)', cal: LONDON_8_16, start: '2026-01-09T15:00:00+00:00', minutes: 240, due: '2026-01-12T11:00:00+00:00' },
  { name: 'Fri 15:00 + 4h → Mon 11:00 (summer)', cal: LONDON_8_16, start: '2026-06-05T15:00:00+01:00', minutes: 240, due: '2026-06-08T11:00:00+01:00' },
  { name: 'Fri 15:00 GMT + 4h across spring-forward → Mon 11:00 BST', cal: LONDON_8_16, start: '2026-03-27T15:00:00+00:00', minutes: 240, due: '2026-03-30T11:00:00+01:00' },
  { name: 'Fri 15:00 BST + 4h across fall-back → Mon 11:00 GMT', cal: LONDON_8_16, start: '2026-10-23T15:00:00+01:00', minutes: 240, due: '2026-10-26T11:00:00+00:00' },
  { name: 'start 15:59, 1 minute left: due exactly at closing', cal: LONDON_8_16, start: '2026-01-14T15:59:00+00:00', minutes: 1, due: '2026-01-14T16:00:00+00:00' },
  { name: 'start 15:59, 2 minutes: 1 today, 1 tomorrow', cal: LONDON_8_16, start: '2026-01-14T15:59:00+00:00', minutes: 2, due: '2026-01-15T08:01:00+00:00' },
  { name: 'start exactly at closing counts from next opening', cal: LONDON_8_16, start: '2026-01-14T16:00:00+00:00', minutes: 30, due: '2026-01-15T08:30:00+00:00' },
  { name: 'target ending exactly at closing is due at closing, not next opening', cal: LONDON_8_16, start: '2026-01-14T08:00:00+00:00', minutes: 480, due: '2026-01-14T16:00:00+00:00' },
  { name: 'start before opening counts from opening', cal: LONDON_8_16, start: '2026-01-14T06:00:00+00:00', minutes: 60, due: '2026-01-14T09:00:00+00:00' },
  { name: 'start on Saturday counts from Monday opening', cal: LONDON_8_16, start: '2026-01-17T10:00:00+00:00', minutes: 60, due: '2026-01-19T09:00:00+00:00' },
  { name: 'zero minutes is the start itself', cal: LONDON_8_16, start: '2026-01-17T10:00:00+00:00', minutes: 0, due: '2026-01-17T10:00:00+00:00' },
  // Holidays.
  { name: 'holiday on the Friday before a weekend', cal: LONDON_GOOD_FRIDAY, start: '2026-04-02T15:00:00+01:00', minutes: 240, due: '2026-04-06T11:00:00+01:00' },
  { name: 'Good Friday and Easter Monday both skipped', cal: LONDON_EASTER, start: '2026-04-02T15:00:00+01:00', minutes: 240, due: '2026-04-07T11:00:00+01:00' },
  { name: 'start on a holiday counts from the next working day', cal: LONDON_GOOD_FRIDAY, start: '2026-04-03T10:00:00+01:00', minutes: 60, due: '2026-04-06T09:00:00+01:00' },
  { name: 'Auckland holiday is the local date (UTC date differs)', cal: AUCKLAND_WAITANGI, start: '2026-02-05T16:00:00+13:00', minutes: 120, due: '2026-02-09T10:00:00+13:00' },
  { name: 'Auckland: Thursday 17:00 local is Thursday 04:00Z; Friday is a local holiday', cal: AUCKLAND_WAITANGI, start: '2026-02-05T03:00:00Z', minutes: 60, due: '2026-02-05T17:00:00+13:00' },
  { name: 'Tokyo holiday Monday: Fri 17:00 + 2h → Tue 10:00', cal: TOKYO_SEIJIN, start: '2026-01-09T17:00:00+09:00', minutes: 120, due: '2026-01-13T10:00:00+09:00' },
  { name: 'Tokyo: start on the holiday (UTC date still Sunday)', cal: TOKYO_SEIJIN, start: '2026-01-11T16:00:00Z', minutes: 30, due: '2026-01-13T09:30:00+09:00' },
  // Several intervals per day.
  { name: 'split day: 11:30 + 1h skips lunch → 13:30', cal: LONDON_SPLIT, start: '2026-01-12T11:30:00+00:00', minutes: 60, due: '2026-01-12T13:30:00+00:00' },
  { name: 'split day: start during lunch counts from 13:00', cal: LONDON_SPLIT, start: '2026-01-12T12:15:00+00:00', minutes: 30, due: '2026-01-12T13:30:00+00:00' },
  { name: 'split day: target ending at 12:00 is due at 12:00', cal: LONDON_SPLIT, start: '2026-01-12T11:00:00+00:00', minutes: 60, due: '2026-01-12T12:00:00+00:00' },
  { name: 'split day: whole day + 1 minute → next morning 08:01', cal: LONDON_SPLIT, start: '2026-01-12T08:00:00+00:00', minutes: 481, due: '2026-01-13T08:01:00+00:00' },
  // 24:00 ends chain into 00:00 starts.
  { name: 'Mon 22:00–24:00 + Tue 00:00–02:00 is one 4h stretch', cal: UTC_CHAIN, start: '2026-01-12T22:00:00Z', minutes: 240, due: '2026-01-13T02:00:00Z' },
  { name: 'target running out at 24:00 is due at midnight', cal: UTC_CHAIN, start: '2026-01-12T23:00:00Z', minutes: 60, due: '2026-01-13T00:00:00Z' },
  { name: 'one minute past 24:00 continues without a gap', cal: UTC_CHAIN, start: '2026-01-12T23:00:00Z', minutes: 61, due: '2026-01-13T00:01:00Z' },
  { name: 'chain across London spring-forward: Sun 00:00–02:00 is 1 real hour', cal: LONDON_WEEKEND_NIGHT_CHAIN, start: '2026-03-28T22:00:00+00:00', minutes: 180, due: '2026-03-29T02:00:00+01:00' },
  { name: 'chain across London spring-forward: 181st minute is next Saturday', cal: LONDON_WEEKEND_NIGHT_CHAIN, start: '2026-03-28T22:00:00+00:00', minutes: 181, due: '2026-04-04T22:01:00+01:00' },
  // Targets spanning weeks.
  { name: '15 working days from Monday 08:00 → Friday of week 3 at closing', cal: LONDON_8_16, start: '2026-01-05T08:00:00+00:00', minutes: 15 * 480, due: '2026-01-23T16:00:00+00:00' },
  { name: '15 working days across spring-forward', cal: LONDON_8_16, start: '2026-03-16T08:00:00+00:00', minutes: 15 * 480, due: '2026-04-03T16:00:00+01:00' },
  { name: '12 weeks of working days', cal: LONDON_8_16, start: '2026-01-05T08:00:00+00:00', minutes: 60 * 480, due: '2026-03-27T16:00:00+00:00' },
  { name: '12 weeks minus Good Friday & Easter Monday, into summer time', cal: LONDON_EASTER, start: '2026-03-02T08:00:00+00:00', minutes: 60 * 480, due: '2026-05-26T16:00:00+01:00' },
  // alwaysOpen.
  { name: 'alwaysOpen across midnight', cal: ALWAYS_OPEN_UTC, start: '2026-01-14T23:30:00Z', minutes: 90, due: '2026-01-15T01:00:00Z' },
  { name: 'alwaysOpen across New Year, 3 days', cal: ALWAYS_OPEN_UTC, start: '2026-12-31T12:00:00Z', minutes: 3 * 1440, due: '2027-01-03T12:00:00Z' },
  { name: 'alwaysOpen ignores holidays and counts real time over spring-forward', cal: ALWAYS_OPEN_LONDON, start: '2026-03-28T23:00:00+00:00', minutes: 180, due: '2026-03-29T03:00:00+01:00' },
  // Europe/London, calendars open across the changeover.
  { name: 'London Sun 00:00–24:00 on spring-forward day is 23 real hours', cal: sundayOnly('Europe/London', '00:00', '24:00'), start: '2026-03-29T00:00:00+00:00', minutes: 1380, due: '2026-03-30T00:00:00+01:00' },
  { name: 'London Sun 00:00–24:00 on fall-back day is 25 real hours', cal: sundayOnly('Europe/London', '00:00', '24:00'), start: '2026-10-25T00:00:00+01:00', minutes: 1500, due: '2026-10-26T00:00:00+00:00' },
  { name: 'London Sun 01:00–03:00, spring: 01:00 does not exist → opens 02:00 BST', cal: sundayOnly('Europe/London', '01:00', '03:00'), start: '2026-03-28T12:00:00+00:00', minutes: 30, due: '2026-03-29T02:30:00+01:00' },
  { name: 'London Sun 01:00–03:00, spring: only 60 real minutes that day', cal: sundayOnly('Europe/London', '01:00', '03:00'), start: '2026-03-28T12:00:00+00:00', minutes: 61, due: '2026-04-05T01:01:00+01:00' },
  { name: 'London Sun 01:30–03:00, spring: 01:30 is 02:30 BST (gap length later)', cal: sundayOnly('Europe/London', '01:30', '03:00'), start: '2026-03-28T12:00:00+00:00', minutes: 30, due: '2026-03-29T03:00:00+01:00' },
  { name: 'London Sun 01:00–03:00, fall: opens at the first 01:00 (BST), 90 min is the second 01:30', cal: sundayOnly('Europe/London', '01:00', '03:00'), start: '2026-10-24T12:00:00+01:00', minutes: 90, due: '2026-10-25T01:30:00+00:00' },
  { name: 'London Sun 01:00–03:00, fall: 180 real minutes that day', cal: sundayOnly('Europe/London', '01:00', '03:00'), start: '2026-10-24T12:00:00+01:00', minutes: 180, due: '2026-10-25T03:00:00+00:00' },
  { name: 'London Sun 00:00–01:30, fall: closes at the FIRST 01:30', cal: sundayOnly('Europe/London', '00:00', '01:30'), start: '2026-10-24T12:00:00+01:00', minutes: 90, due: '2026-10-25T01:30:00+01:00' },
  { name: 'London Sun 01:30–01:59 + 02:00–02:30, spring: the gap reorders them; opens 01:00Z, 59 min → 01:59Z', cal: calendar('Europe/London', [{ day: 'SUNDAY', from: '01:30', to: '01:59' }, { day: 'SUNDAY', from: '02:00', to: '02:30' }]), start: '2026-03-28T12:00:00+00:00', minutes: 59, due: '2026-03-29T02:59:00+01:00' },
  // America/New_York.
  { name: 'New York Fri 16:00 EST + 2h across spring-forward → Mon 10:00 EDT', cal: NEW_YORK_9_17, start: '2026-03-06T16:00:00-05:00', minutes: 120, due: '2026-03-09T10:00:00-04:00' },
  { name: 'New York Fri 16:00 EDT + 2h across fall-back → Mon 10:00 EST', cal: NEW_YORK_9_17, start: '2026-10-30T16:00:00-04:00', minutes: 120, due: '2026-11-02T10:00:00-05:00' },
  { name: 'New York Sun 00:00–24:00 on spring-forward day is 23 real hours', cal: sundayOnly('America/New_York', '00:00', '24:00'), start: '2026-03-08T00:00:00-05:00', minutes: 1380, due: '2026-03-09T00:00:00-04:00' },
  { name: 'New York Sun 00:00–24:00 on fall-back day is 25 real hours', cal: sundayOnly('America/New_York', '00:00', '24:00'), start: '2026-11-01T00:00:00-04:00', minutes: 1500, due: '2026-11-02T00:00:00-05:00' },
  { name: 'New York Sun 02:00–04:00, spring: 02:00 does not exist → opens 03:00 EDT', cal: sundayOnly('America/New_York', '02:00', '04:00'), start: '2026-03-07T12:00:00-05:00', minutes: 60, due: '2026-03-08T04:00:00-04:00' },
  { name: 'New York Sun 01:00–03:00, fall: first 01:00 (EDT) + 2h is 02:00 EST', cal: sundayOnly('America/New_York', '01:00', '03:00'), start: '2026-11-01T00:00:00-04:00', minutes: 120, due: '2026-11-01T02:00:00-05:00' },
  // Australia/Sydney (southern hemisphere: DST ends first Sunday of April, starts first Sunday of October).
  { name: 'Sydney Fri 16:00 AEDT + 2h across DST end → Mon 10:00 AEST', cal: SYDNEY_9_17, start: '2026-04-03T16:00:00+11:00', minutes: 120, due: '2026-04-06T10:00:00+10:00' },
  { name: 'Sydney Fri 16:00 AEST + 2h across DST start → Mon 10:00 AEDT', cal: SYDNEY_9_17, start: '2026-10-02T16:00:00+10:00', minutes: 120, due: '2026-10-05T10:00:00+11:00' },
  { name: 'Sydney Sun 00:00–24:00 on DST-end day is 25 real hours', cal: sundayOnly('Australia/Sydney', '00:00', '24:00'), start: '2026-04-05T00:00:00+11:00', minutes: 1500, due: '2026-04-06T00:00:00+10:00' },
  { name: 'Sydney Sun 00:00–24:00 on DST-start day is 23 real hours', cal: sundayOnly('Australia/Sydney', '00:00', '24:00'), start: '2026-10-04T00:00:00+10:00', minutes: 1380, due: '2026-10-05T00:00:00+11:00' },
  { name: 'Sydney Sun 01:00–03:00, DST end: 150 min from 01:00 AEDT is the second 02:30', cal: sundayOnly('Australia/Sydney', '01:00', '03:00'), start: '2026-04-04T12:00:00+11:00', minutes: 150, due: '2026-04-05T02:30:00+10:00' },
  { name: 'Sydney Sun 02:30–03:00, DST end: opens at the FIRST 02:30 (AEDT), 90 real minutes', cal: sundayOnly('Australia/Sydney', '02:30', '03:00'), start: '2026-04-04T12:00:00+11:00', minutes: 90, due: '2026-04-05T03:00:00+10:00' },
  { name: 'Sydney Sun 02:30–04:00, DST start: 02:30 does not exist → opens 03:30 AEDT', cal: sundayOnly('Australia/Sydney', '02:30', '04:00'), start: '2026-10-03T12:00:00+10:00', minutes: 30, due: '2026-10-04T04:00:00+11:00' },
];

interface BetweenCase {
  name: string;
  cal: CalendarSpec;
  from: string;
  to: string;
  minutes: number;
}

const BETWEEN_CASES: BetweenCase[] = [
  { name: 'Fri 15:00 → Mon 11:00 is 4h', cal: LONDON_8_16, from: '2026-01-09T15:00:00+00:00', to: '2026-01-12T11:00:00+00:00', minutes: 240 },
  { name: 'to before from is 0', cal: LONDON_8_16, from: '2026-01-12T11:00:00+00:00', to: '2026-01-09T15:00:00+00:00', minutes: 0 },
  { name: 'to equal to from is 0', cal: LONDON_8_16, from: '2026-01-12T11:00:00+00:00', to: '2026-01-12T11:00:00+00:00', minutes: 0 },
  { name: 'fractional: 30 seconds', cal: LONDON_8_16, from: '2026-01-14T08:00:00+00:00', to: '2026-01-14T08:00:30+00:00', minutes: 0.5 },
  { name: 'a whole week is 5 × 8h', cal: LONDON_8_16, from: '2026-01-12T00:00:00+00:00', to: '2026-01-19T00:00:00+00:00', minutes: 2400 },
  { name: 'weekend only is 0', cal: LONDON_8_16, from: '2026-01-17T00:00:00+00:00', to: '2026-01-19T00:00:00+00:00', minutes: 0 },
  { name: 'week with Good Friday is 4 × 8h', cal: LONDON_GOOD_FRIDAY, from: '2026-03-30T00:00:00+01:00', to: '2026-04-06T00:00:00+01:00', minutes: 1920 },
  { name: 'split day lunch excluded', cal: LONDON_SPLIT, from: '2026-01-12T11:00:00+00:00', to: '2026-01-12T14:00:00+00:00', minutes: 120 },
  { name: '24:00 chain counts 4h', cal: UTC_CHAIN, from: '2026-01-12T00:00:00Z', to: '2026-01-14T00:00:00Z', minutes: 240 },
  { name: 'alwaysOpen across midnight', cal: ALWAYS_OPEN_UTC, from: '2026-01-14T23:30:00Z', to: '2026-01-15T01:00:00Z', minutes: 90 },
  { name: 'alwaysOpen over a London holiday and spring-forward: real minutes', cal: ALWAYS_OPEN_LONDON, from: '2026-03-29T00:00:00+00:00', to: '2026-03-30T00:00:00+01:00', minutes: 1380 },
  { name: 'London Sun 00:00–24:00 spring-forward day', cal: sundayOnly('Europe/London', '00:00', '24:00'), from: '2026-03-28T12:00:00Z', to: '2026-03-30T12:00:00+01:00', minutes: 1380 },
  { name: 'London Sun 00:00–24:00 fall-back day', cal: sundayOnly('Europe/London', '00:00', '24:00'), from: '2026-10-24T12:00:00+01:00', to: '2026-10-26T12:00:00Z', minutes: 1500 },
  { name: 'London Sun 01:30–02:30 fall: first 01:30 to 02:30 GMT is 2 real hours', cal: sundayOnly('Europe/London', '01:30', '02:30'), from: '2026-10-24T00:00:00Z', to: '2026-10-26T00:00:00Z', minutes: 120 },
  { name: 'London Sun 01:00–01:30 spring: both edges in the gap shift an hour → 02:00–02:30 BST', cal: sundayOnly('Europe/London', '01:00', '01:30'), from: '2026-03-28T00:00:00Z', to: '2026-03-30T00:00:00Z', minutes: 30 },
  { name: 'London Sun 01:30–02:00 spring: start shifts to 02:30 BST, past the 02:00 end → empty', cal: sundayOnly('Europe/London', '01:30', '02:00'), from: '2026-03-28T00:00:00Z', to: '2026-03-30T00:00:00Z', minutes: 0 },
  { name: 'London Sun 01:30–02:00 the week after: a normal 30 minutes', cal: sundayOnly('Europe/London', '01:30', '02:00'), from: '2026-03-28T00:00:00Z', to: '2026-04-06T00:00:00Z', minutes: 30 },
  {
    name: 'London Sun 01:30–01:59 + 02:00–02:30 spring: the gap reorders them (01:30Z–01:59Z, 01:00Z–01:30Z) → union 59',
    cal: calendar('Europe/London', [
      { day: 'SUNDAY', from: '01:30', to: '01:59' },
      { day: 'SUNDAY', from: '02:00', to: '02:30' },
    ]),
    from: '2026-03-28T00:00:00Z',
    to: '2026-03-30T00:00:00Z',
    minutes: 59,
  },
  {
    name: 'London Sun 00:00–01:30 + 02:00–24:00 spring: overlapping after the gap, counted once (23h)',
    cal: calendar('Europe/London', [
      { day: 'SUNDAY', from: '00:00', to: '01:30' },
      { day: 'SUNDAY', from: '02:00', to: '24:00' },
    ]),
    from: '2026-03-28T00:00:00Z',
    to: '2026-03-30T00:00:00Z',
    minutes: 1380,
  },
  { name: 'London Sat 22:00–24:00 + Sun 00:00–02:00 across spring-forward', cal: LONDON_WEEKEND_NIGHT_CHAIN, from: '2026-03-28T22:00:00+00:00', to: '2026-03-29T01:00:00Z', minutes: 180 },
  { name: 'New York Sun 01:00–03:00 spring: 1 real hour', cal: sundayOnly('America/New_York', '01:00', '03:00'), from: '2026-03-07T00:00:00Z', to: '2026-03-09T00:00:00Z', minutes: 60 },
  { name: 'New York Sun 01:00–03:00 fall: 3 real hours', cal: sundayOnly('America/New_York', '01:00', '03:00'), from: '2026-10-31T00:00:00Z', to: '2026-11-02T00:00:00Z', minutes: 180 },
  { name: 'Sydney Sun 01:00–03:00 DST end: 3 real hours', cal: sundayOnly('Australia/Sydney', '01:00', '03:00'), from: '2026-04-04T00:00:00Z', to: '2026-04-06T00:00:00Z', minutes: 180 },
  { name: 'Sydney Sun 01:00–03:00 DST start: 1 real hour', cal: sundayOnly('Australia/Sydney', '01:00', '03:00'), from: '2026-10-03T00:00:00Z', to: '2026-10-05T00:00:00Z', minutes: 60 },
  { name: 'Auckland: Thu 09:00 → Mon 09:00 over the Friday holiday is one day', cal: AUCKLAND_WAITANGI, from: '2026-02-05T09:00:00+13:00', to: '2026-02-09T09:00:00+13:00', minutes: 480 },
  { name: 'Tokyo: the local holiday Monday counts nothing', cal: TOKYO_SEIJIN, from: '2026-01-11T15:00:00Z', to: '2026-01-12T15:00:00Z', minutes: 0 },
  { name: 'New York week across spring-forward', cal: NEW_YORK_9_17, from: '2026-03-06T16:00:00-05:00', to: '2026-03-09T10:00:00-04:00', minutes: 120 },
];

describe('addWorkingMinutes: worked cases', () => {
  test.each(ADD_CASES)('$name', ({ cal, start, minutes, due }) => {
    const result = addWorkingMinutes(cal, new Date(start), minutes);
    expect(result.toISOString()).toBe(new Date(due).toISOString());
  });

  test.each(ADD_CASES)('round trip: workingMinutesBetween(start, due) === minutes — $name', ({ cal, start, minutes }) => {
    const from = new Date(start);
    expect(workingMinutesBetween(cal, from, addWorkingMinutes(cal, from, minutes))).toBe(minutes);
  });
});

describe('workingMinutesBetween: worked cases', () => {
  test.each(BETWEEN_CASES)('$name', ({ cal, from, to, minutes }) => {
    expect(workingMinutesBetween(cal, new Date(from), new Date(to))).toBe(minutes);
  });
});

describe('exact instants and fractions', () => {
  test('fractional minutes return exact millisecond instants', () => {
    const due = addWorkingMinutes(LONDON_8_16, new Date('2026-01-14T15:59:30Z'), 0.75);
    expect(due.toISOString()).toBe('2026-01-15T08:00:15.000Z');
    expect(workingMinutesBetween(LONDON_8_16, new Date('2026-01-14T15:59:30Z'), due)).toBe(0.75);
  });

  test('sub-minute start inside working time counts real milliseconds', () => {
    const start = new Date('2026-01-14T10:00:00.250Z');
    expect(addWorkingMinutes(LONDON_8_16, start, 1).toISOString()).toBe('2026-01-14T10:01:00.250Z');
  });

  test('a target spanning weeks is computed day by day, not minute by minute (fast)', () => {
    const started = process.hrtime.bigint();
    const due = addWorkingMinutes(LONDON_8_16, new Date('2026-01-05T08:00:00Z'), 52 * 5 * 480);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(due.toISOString()).toBe('2027-01-01T16:00:00.000Z');
    expect(elapsedMs).toBeLessThan(500);
  });
});

describe('errors', () => {
  test('negative minutes throw', () => {
    expect(() => addWorkingMinutes(LONDON_8_16, new Date('2026-01-14T10:00:00Z'), -1)).toThrow(Error);
  });

  test('non-finite minutes throw', () => {
    expect(() => addWorkingMinutes(LONDON_8_16, new Date('2026-01-14T10:00:00Z'), Number.NaN)).toThrow(Error);
    expect(() => addWorkingMinutes(LONDON_8_16, new Date('2026-01-14T10:00:00Z'), Infinity)).toThrow(Error);
  });

  test('invalid dates throw', () => {
    expect(() => addWorkingMinutes(LONDON_8_16, new Date('nope'), 1)).toThrow(Error);
    expect(() => workingMinutesBetween(LONDON_8_16, new Date('nope'), new Date())).toThrow(Error);
  });

  test('a calendar with no working time for more than a year throws instead of looping', () => {
    const mondays: string[] = [];
    for (let d = DateTime.fromISO('2026-01-05', { zone: 'UTC' }); d.year < 2028; d = d.plus({ weeks: 1 })) mondays.push(d.toISODate()!);
    const cal = calendar('Europe/London', [{ day: 'MONDAY', from: '09:00', to: '10:00' }], mondays);
    expect(() => addWorkingMinutes(cal, new Date('2026-01-01T00:00:00Z'), 1)).toThrow(/no working time/);
    // …but it is still well defined as a duration.
    expect(workingMinutesBetween(cal, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toBe(0);
  });

  test('an invalid calendar throws a plain Error naming the problem', () => {
    const cal = { ...LONDON_8_16, timeZone: 'Mars/Olympus_Mons' };
    expect(() => addWorkingMinutes(cal, new Date('2026-01-14T10:00:00Z'), 1)).toThrow(/timeZone/);
    const closed = calendar('UTC', []);
    expect(() => addWorkingMinutes(closed, new Date('2026-01-14T10:00:00Z'), 1)).toThrow(/workingHours/);
  });
});

describe('validateCalendar', () => {
  test('valid calendars have no problems', () => {
    expect(validateCalendar(LONDON_SPLIT)).toEqual([]);
    expect(validateCalendar(UTC_CHAIN)).toEqual([]);
    expect(validateCalendar(ALWAYS_OPEN_UTC)).toEqual([]);
    expect(validateCalendar(ALWAYS_OPEN_LONDON)).toEqual([]);
  });

  test('reports each problem with a path relative to the calendar', () => {
    const problems = validateCalendar({
      timeZone: 'Europe/Lodnon',
      alwaysOpen: false,
      workingHours: [
        { day: 'MONDAY', from: '08:00', to: '12:00' },
        { day: 'MONDAY', from: '11:00', to: '13:00' }, // overlaps 0
        { day: 'TUESDAY', from: '8:00', to: '12:00' }, // bad format
        { day: 'TUESDAY', from: '13:00', to: '24:01' }, // bad end
        { day: 'WEDNESDAY', from: '12:00', to: '12:00' }, // from >= to
        { day: 'FUNDAY' as Weekday, from: '09:00', to: '10:00' },
        { day: 'THURSDAY', from: '24:00', to: '24:00' }, // 24:00 only allowed as end
        { day: 'FRIDAY', from: '00:00', to: '24:00' }, // fine
      ],
      holidays: ['2026-02-30', '2026-12-25', '25/12/2026'],
    });
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        'timeZone',
        'workingHours.1',
        'workingHours.2.from',
        'workingHours.3.to',
        'workingHours.4.to',
        'workingHours.5.day',
        'workingHours.6.from',
        'holidays.0',
        'holidays.2',
      ].sort(),
    );
    for (const p of problems) expect(p.message).toEqual(expect.any(String));
  });

  test('alwaysOpen false requires at least one working interval', () => {
    expect(validateCalendar(calendar('UTC', []))).toEqual([{ path: 'workingHours', message: expect.any(String) }]);
    expect(validateCalendar({ ...ALWAYS_OPEN_UTC, alwaysOpen: true })).toEqual([]);
  });

  test('adjacent intervals and 24:00 → 00:00 across days do not overlap', () => {
    expect(
      validateCalendar(
        calendar('UTC', [
          { day: 'MONDAY', from: '08:00', to: '12:00' },
          { day: 'MONDAY', from: '12:00', to: '24:00' },
          { day: 'TUESDAY', from: '00:00', to: '01:00' },
        ]),
      ),
    ).toEqual([]);
  });

  test('rejects garbage shapes from API input', () => {
    expect(validateCalendar(null as unknown as CalendarSpec)).toEqual([{ path: '', message: expect.any(String) }]);
    const problems = validateCalendar({ timeZone: 3, alwaysOpen: 'no', workingHours: {}, holidays: null } as unknown as CalendarSpec);
    expect(problems.map((p) => p.path).sort()).toEqual(['alwaysOpen', 'holidays', 'timeZone', 'workingHours']);
  });
});

describe('ALWAYS_OPEN_UTC', () => {
  test('is the fixed 24x7 UTC calendar: due = start + minutes', () => {
    expect(ALWAYS_OPEN_UTC).toEqual({ timeZone: 'UTC', alwaysOpen: true, workingHours: [], holidays: [] });
    const start = new Date('2026-03-29T00:30:00Z');
    expect(addWorkingMinutes(ALWAYS_OPEN_UTC, start, 12345).getTime()).toBe(start.getTime() + 12345 * 60_000);
  });
});

describe("luxon's DST behaviour (what the module relies on or works around)", () => {
  const realNow = Settings.now;
  afterEach(() => {
    Settings.now = realNow;
  });
  const at = (iso: string) => () => new Date(iso).getTime();

  test('a nonexistent local time lands the gap length later, whatever "now" is', () => {
    for (const now of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
      Settings.now = at(now);
      const london = DateTime.fromObject({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, { zone: 'Europe/London' });
      expect(london.toISO()).toBe('2026-03-29T02:30:00.000+01:00');
      const sydney = DateTime.fromObject({ year: 2026, month: 10, day: 4, hour: 2, minute: 30 }, { zone: 'Australia/Sydney' });
      expect(sydney.toISO()).toBe('2026-10-04T03:30:00.000+11:00');
    }
  });

  test('an ambiguous local time resolves by the offset in force "now" — not deterministic, hence forced', () => {
    const ambiguous = { year: 2026, month: 10, day: 25, hour: 1, minute: 30 };
    Settings.now = at('2026-07-15T12:00:00Z'); // BST now → luxon picks the first (BST) occurrence
    expect(DateTime.fromObject(ambiguous, { zone: 'Europe/London' }).toISO()).toBe('2026-10-25T01:30:00.000+01:00');
    Settings.now = at('2026-01-15T12:00:00Z'); // GMT now → luxon picks the second (GMT) occurrence
    expect(DateTime.fromObject(ambiguous, { zone: 'Europe/London' }).toISO()).toBe('2026-10-25T01:30:00.000+00:00');
    // getPossibleOffsets() lists both, which is how the module takes the first.
    const both = DateTime.fromObject(ambiguous, { zone: 'Europe/London' }).getPossibleOffsets().map((d) => d.toISO());
    expect(both.sort()).toEqual(['2026-10-25T01:30:00.000+00:00', '2026-10-25T01:30:00.000+01:00']);
  });

  test('the module gives the same fold/gap results whatever "now" is', () => {
    const results = ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z'].map((now, i) => {
      Settings.now = at(now);
      // A distinct (irrelevant) holiday per run so no memoised day from another run is reused.
      const extra = [`1999-01-0${i + 1}`];
      const cases: [CalendarSpec, string, number][] = [
        [{ ...sundayOnly('Europe/London', '01:30', '02:30'), holidays: extra }, '2026-10-24T12:00:00Z', 60],
        [{ ...sundayOnly('Australia/Sydney', '02:30', '03:00'), holidays: extra }, '2026-04-04T00:00:00Z', 30],
        [{ ...sundayOnly('America/New_York', '01:30', '02:00'), holidays: extra }, '2026-10-31T00:00:00Z', 15],
        [{ ...sundayOnly('Europe/London', '01:30', '03:00'), holidays: extra }, '2026-03-28T00:00:00Z', 15],
      ];
      return cases.map(([cal, start, m]) => addWorkingMinutes(cal, new Date(start), m).toISOString());
    });
    expect(results[0]).toEqual(results[1]);
    expect(results[0]).toEqual([
      '2026-10-25T01:30:00.000Z', // first 01:30 is 00:30Z, + 60 min
      '2026-04-04T16:00:00.000Z', // first 02:30 AEDT is 15:30Z, + 30 min
      '2026-11-01T05:45:00.000Z', // first 01:30 EDT is 05:30Z, + 15 min
      '2026-03-29T01:45:00.000Z', // 01:30 does not exist → 02:30 BST = 01:30Z, + 15 min
    ]);
  });
});
