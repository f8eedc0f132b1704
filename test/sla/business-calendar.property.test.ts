import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  addWorkingMinutes,
  validateCalendar,
  workingMinutesBetween,
  type CalendarSpec,
  type Weekday,
  type WorkingHoursSpec,
} from '../../src/modules/sla/business-calendar';
import { referenceAddWorkingMinutes, referenceWorkingMinutesBetween } from '../../bench/sla-reference';

const MINUTE_MS = 60_000;
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'] as const;
const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** The 2025–2027 DST changes of the zones above (UTC dates, close enough to land starts around them). */
const DST_DAYS = [
  '2025-03-09', '2025-03-30', '2025-04-06', '2025-10-05', '2025-10-26', '2025-11-02',
  '2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01',
  '2027-03-14', '2027-03-28', '2027-04-04', '2027-10-03', '2027-10-31', '2027-11-07',
];

const clock = (minuteOfDay: number): string =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

/** 1–3 non-overlapping [from, to) minute ranges, sorted. */
function dayRangesArb(edgeArb: fc.Arbitrary<number>): fc.Arbitrary<[number, number][]> {
  return fc.uniqueArray(edgeArb, { minLength: 2, maxLength: 6 }).map((edges) => {
    const sorted = [...edges].sort((a, b) => a - b);
    const ranges: [number, number][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push([sorted[i], sorted[i + 1]]);
    return ranges;
  });
}

/** Any minute, biased to the DST change hours (01:00–03:00), 00:00 and 24:00. */
const anyEdgeArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 1440 }), weight: 3 },
  { arbitrary: fc.constantFrom(0, 60, 90, 120, 150, 180, 1440), weight: 2 },
);
/** Edges that land in or next to the DST gap/fold of the zones tested. */
const dstEdgeArb = fc.oneof(
  fc.constantFrom(0, 15, 30, 45, 60, 75, 90, 105, 119, 120, 135, 150, 165, 179, 180, 195, 210, 1440),
  fc.integer({ min: 0, max: 240 }),
);

function weekArb(edgeArb: fc.Arbitrary<number>, days: fc.Arbitrary<Weekday[]>): fc.Arbitrary<WorkingHoursSpec[]> {
  return fc
    .tuple(days, fc.array(dayRangesArb(edgeArb), { minLength: 7, maxLength: 7 }))
    .map(([chosen, ranges]) =>
      chosen.flatMap((day, i): WorkingHoursSpec[] =>
        ranges[i].map(([from, to]) => ({ day, from: clock(from), to: to === 1440 ? '24:00' : clock(to) })),
      ),
    );
}

const toMinute = (d: Date): Date => new Date(Math.floor(d.getTime() / MINUTE_MS) * MINUTE_MS);
const nearDstChangeArb = fc
  .tuple(fc.constantFrom(...DST_DAYS), fc.integer({ min: -3 * 1440, max: 2 * 1440 }))
  .map(([day, offsetMinutes]) => new Date(Date.parse(`${day}T00:00:00Z`) + offsetMinutes * MINUTE_MS));
const anyStartArb = fc
  .oneof(fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T23:59:00Z'), noInvalidDate: true }), nearDstChangeArb)
  .map(toMinute);

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

interface Case {
  cal: CalendarSpec;
  start: Date;
  target: number;
  spanMinutes: number;
}

interface Setup {
  timeZone: string;
  start: Date;
  workingHours: WorkingHoursSpec[];
}

/** Adds alwaysOpen (sometimes), holidays near the start, a target and a span to a zone/start/hours setup. */
function caseArb(setup: fc.Arbitrary<Setup>): fc.Arbitrary<Case> {
  return fc
    .record({
      setup,
      alwaysOpen: fc.oneof({ arbitrary: fc.constant(true), weight: 1 }, { arbitrary: fc.constant(false), weight: 7 }),
      holidayOffsets: fc.array(fc.integer({ min: -2, max: 20 }), { maxLength: 5 }),
      target: fc.integer({ min: 0, max: 3000 }),
      spanMinutes: fc.integer({ min: 0, max: 3 * 7 * 1440 }),
    })
    .map(({ setup: { timeZone, start, workingHours }, alwaysOpen, holidayOffsets, target, spanMinutes }) => {
      // Holidays near the start (as local dates of the calendar's zone), so they actually matter.
      const localStart = DateTime.fromJSDate(start, { zone: timeZone }).startOf('day');
      const holidays = holidayOffsets.map((k) => localStart.plus({ days: k }).toISODate()!);
      // Keep the reference's minute stepping bounded: at most ~4 weeks of nominal working time.
      const weekly = workingHours.reduce((sum, w) => sum + minutes(w.to) - minutes(w.from), 0);
      const bounded = alwaysOpen ? target : target % (4 * weekly + 1);
      return { cal: { timeZone, alwaysOpen, workingHours, holidays }, start, target: bounded, spanMinutes };
    });
}

/** Random calendars: any of the zones, 1–3 intervals on random weekdays, random starts in 2025–2027. */
const randomCaseArb = caseArb(
  fc.record({
    timeZone: fc.constantFrom<string>(...ZONES),
    start: anyStartArb,
    workingHours: weekArb(anyEdgeArb, fc.subarray(WEEKDAYS, { minLength: 1 })),
  }),
);

/** DST-focused: DST zones, Sunday always open with edges around 00:00–04:00, starts within days of a change. */
const dstCaseArb = caseArb(
  fc.record({
    timeZone: fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney'),
    start: nearDstChangeArb.map(toMinute),
    workingHours: weekArb(dstEdgeArb, fc.subarray(WEEKDAYS.slice(0, 6)).map((days): Weekday[] => [...days, 'SUNDAY'])),
  }),
);

/** Each change: zone, the local Sunday it happens, and the local minute the gap/fold starts. */
const CHANGES: { zone: string; day: string; at: number }[] = [
  ...['2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'].map((day) => ({ zone: 'Europe/London', day, at: 60 })),
  ...['2025-03-09', '2026-03-08', '2027-03-14'].map((day) => ({ zone: 'America/New_York', day, at: 120 })),
  ...['2025-11-02', '2026-11-01', '2027-11-07'].map((day) => ({ zone: 'America/New_York', day, at: 60 })),
  ...['2025-04-06', '2025-10-05', '2026-04-05', '2026-10-04', '2027-04-04', '2027-10-03'].map((day) => ({ zone: 'Australia/Sydney', day, at: 120 })),
];

/** Changeover-focused: Sunday-only calendars whose edges sit in and around the gap/fold hour of that Sunday. */
const changeoverCaseArb = caseArb(
  fc.constantFrom(...CHANGES).chain(({ zone, day, at }) =>
    fc.record({
      timeZone: fc.constant(zone),
      start: fc
        .integer({ min: -36 * 60, max: 4 * 60 })
        .map((m) => new Date(Date.parse(`${day}T00:00:00Z`) + m * MINUTE_MS)),
      workingHours: weekArb(
        fc.oneof(
          fc.constantFrom(at - 60, at - 1, at, at + 1, at + 30, at + 59, at + 60, at + 61, at + 120, 0, 1440),
          fc.integer({ min: at - 60, max: at + 120 }),
        ),
        fc.constant<Weekday[]>(['SUNDAY']),
      ),
    }),
  ),
);

const SUITES: [string, fc.Arbitrary<Case>][] = [
  ['random calendars', randomCaseArb],
  ['around DST changes', dstCaseArb],
  ['edges in the gap/fold hour', changeoverCaseArb],
];

describe.each(SUITES)('business calendar vs the minute-stepping reference (fast-check): %s', (_name, cases) => {
  test('generated calendars are valid', () => {
    fc.assert(
      fc.property(cases, ({ cal }) => {
        expect(validateCalendar(cal)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test('addWorkingMinutes equals the reference', () => {
    fc.assert(
      fc.property(cases, ({ cal, start, target }) => {
        const expected = referenceAddWorkingMinutes(cal, start, target);
        expect(addWorkingMinutes(cal, start, target).toISOString()).toBe(expected.toISOString());
      }),
      { numRuns: 300 },
    );
  });

  test('workingMinutesBetween equals the reference', () => {
    fc.assert(
      fc.property(cases, ({ cal, start, spanMinutes }) => {
        const end = new Date(start.getTime() + spanMinutes * MINUTE_MS);
        expect(workingMinutesBetween(cal, start, end)).toBe(referenceWorkingMinutesBetween(cal, start, end));
        expect(workingMinutesBetween(cal, end, start)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  test('round trip: workingMinutesBetween(start, addWorkingMinutes(start, m)) === m', () => {
    fc.assert(
      fc.property(cases, ({ cal, start, target }) => {
        expect(workingMinutesBetween(cal, start, addWorkingMinutes(cal, start, target))).toBe(target);
      }),
      { numRuns: 300 },
    );
  });

  test('due times are monotonic in the target', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 600 }), ({ cal, start, target }, extra) => {
        const a = addWorkingMinutes(cal, start, target).getTime();
        const b = addWorkingMinutes(cal, start, target + extra).getTime();
        expect(b - a).toBeGreaterThanOrEqual(extra * MINUTE_MS);
      }),
      { numRuns: 300 },
    );
  });
});
