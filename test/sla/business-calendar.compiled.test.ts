/**
 * The compiled business calendar (issue 23) against the module it replaced (bench/sla-legacy-calendar.ts,
 * the day walk over luxon) and the minute-stepping reference (bench/sla-reference.ts), on seeded random
 * calendars: DST zones with 1-hour, 30-minute (Lord Howe), 2-hour (Troll) and 45-minute-offset (Chatham)
 * changes, zones changing at midnight (Santiago, Havana, Cairo), Ramadan breaks (Casablanca), no DST
 * (Kolkata, Kathmandu), holidays, '24:00' chains, several intervals a day, starts around changes, inside
 * gaps, at year boundaries, at any millisecond, fractional targets, ranges over many years, long runs of
 * holidays (the "never open" errors), and more calendars than the caches hold.
 *
 * Where the previous module and the reference disagree (America/Nuuk, whose spring gap is the last hour of
 * Saturday, and Pacific/Apia before its 2011 date-line move), the compiled module must equal the reference.
 */
import { DateTime, IANAZone } from 'luxon';
import {
  legacyAddWorkingDays,
  legacyAddWorkingMinutes,
  legacyNextWorkingInstant,
  legacyWorkingMinutesBetween,
} from '../../bench/sla-legacy-calendar';
import { referenceAddWorkingMinutes, referenceWorkingMinutesBetween } from '../../bench/sla-reference';
import {
  addWorkingDays,
  addWorkingMinutes,
  nextWorkingInstant,
  validateCalendar,
  workingMinutesBetween,
  type CalendarSpec,
  type Weekday,
  type WorkingHoursSpec,
} from '../../src/modules/sla/business-calendar';
import { zoneChanges, zoneOffsets } from '../../src/modules/sla/compiled-calendar';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
  'America/Santiago',
  'America/Havana',
  'Africa/Cairo',
  'Africa/Casablanca',
  'Asia/Tehran',
  'Europe/Dublin',
  'Antarctica/Troll',
  'America/Sao_Paulo',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Kiritimati',
  'Pacific/Marquesas',
];

/** mulberry32, as in the benchmark. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clock = (m: number): string => (m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The offset changes of a zone in a year, to the second: `at` is the first second of the new offset (luxon; test setup only). */
const changesMemo = new Map<string, { at: number; before: number }[]>();
function changes(zone: string, year: number): { at: number; before: number }[] {
  const key = `${zone} ${year}`;
  let found = changesMemo.get(key);
  if (!found) {
    found = [];
    const z = IANAZone.create(zone);
    let previous = z.offset(Date.UTC(year, 0, 1));
    for (let t = Date.UTC(year, 0, 1) + DAY_MS; t < Date.UTC(year + 1, 0, 1) + DAY_MS; t += DAY_MS) {
      const offset = z.offset(t);
      if (offset === previous) continue;
      let [lo, hi] = [(t - DAY_MS) / 1000, t / 1000];
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (z.offset(mid * 1000) === previous) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi * 1000, before: previous });
      previous = offset;
    }
    changesMemo.set(key, found);
  }
  return found;
}

interface Case {
  cal: CalendarSpec;
  start: Date;
  minutes: number;
  end: Date;
  days: number;
}

/** Random cases; a third focused on an offset change of the zone (edges around its local hour, start within days). */
function generator(seed: number, zones: readonly string[], years: [number, number]) {
  const random = prng(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)];

  function ranges(day: Weekday, edge: () => number): WorkingHoursSpec[] {
    const edges = new Set<number>();
    const count = 2 * int(1, 3);
    while (edges.size < count) edges.add(Math.max(0, Math.min(1440, edge())));
    const sorted = [...edges].sort((a, b) => a - b);
    const out: WorkingHoursSpec[] = [];
    for (let i = 0; i < sorted.length; i += 2) out.push({ day, from: clock(sorted[i]), to: clock(sorted[i + 1]) });
    return out;
  }

  return (): Case => {
    const timeZone = pick(zones);
    const year = int(years[0], years[1]);
    let around = Date.UTC(year, int(0, 11), int(1, 28));
    const workingHours: WorkingHoursSpec[] = [];
    const yearChanges = changes(timeZone, year);
    if (yearChanges.length > 0 && random() < 0.35) {
      // Edges in and around the change's local hour on its local weekday, plus chains into and out of that day.
      const change = pick(yearChanges);
      around = change.at;
      const wall = change.at + change.before * MINUTE_MS;
      const wallDay = Math.floor(wall / DAY_MS);
      const weekday = (((wallDay + 3) % 7) + 7) % 7;
      const minute = Math.round((wall - wallDay * DAY_MS) / MINUTE_MS);
      const near = [-60, -30, -1, 0, 1, 15, 30, 59, 60, 61, 90, 120];
      workingHours.push(...ranges(WEEKDAYS[weekday], () => (random() < 0.5 ? minute + pick(near) : minute + int(-120, 180))));
      if (random() < 0.5) workingHours.push({ day: WEEKDAYS[(weekday + 6) % 7], from: clock(int(1200, 1439)), to: '24:00' });
      if (random() < 0.3) workingHours.push({ day: WEEKDAYS[(weekday + 1) % 7], from: '00:00', to: clock(int(1, 200)) });
    } else if (random() < 0.3) {
      // Office hours, sometimes with lunch.
      const [from, to] = [int(6, 10) * 60, int(15, 19) * 60];
      for (const day of WEEKDAYS.slice(0, 5)) {
        if (random() < 0.3) workingHours.push({ day, from: clock(from), to: '12:00' }, { day, from: '12:00', to: clock(to) });
        else workingHours.push({ day, from: clock(from), to: clock(to) });
      }
    } else {
      for (const day of WEEKDAYS) {
        if (random() < 0.35) continue;
        workingHours.push(...ranges(day, () => (random() < 0.4 ? pick([0, 15, 30, 60, 90, 120, 150, 180, 1380, 1410, 1440]) : int(0, 1440))));
      }
      if (workingHours.length === 0) workingHours.push({ day: 'SUNDAY', from: '00:00', to: '24:00' });
    }
    if (random() < 0.1) around = Date.UTC(year, 0, 1) + int(-3, 3) * DAY_MS; // year boundaries
    const startMs = Math.floor((around + int(-3 * DAY_MS, 3 * DAY_MS)) / MINUTE_MS) * MINUTE_MS + (random() < 0.2 ? int(0, 59_999) : 0);
    const holidays = Array.from({ length: int(0, 8) }, () => isoDate(startMs + int(-2, 25) * DAY_MS));
    const cal: CalendarSpec = { timeZone, alwaysOpen: random() < 0.05, workingHours, holidays };
    const minutes = random() < 0.1 ? int(0, 400) + random() : int(0, 3000);
    const end = new Date(startMs + int(0, 30 * 1440) * MINUTE_MS + (random() < 0.2 ? int(0, 59_999) : 0));
    return { cal, start: new Date(startMs), minutes, end, days: int(0, 10) };
  };
}

/** A result or the error's message, so thrown errors compare too. */
function outcome(fn: () => Date | number): number | string {
  try {
    const value = fn();
    return value instanceof Date ? value.getTime() : value;
  } catch (err) {
    return `Error: ${(err as Error).message}`;
  }
}

function compiledResults(c: Case) {
  return {
    add: outcome(() => addWorkingMinutes(c.cal, c.start, c.minutes)),
    between: outcome(() => workingMinutesBetween(c.cal, c.start, c.end)),
    backwards: outcome(() => workingMinutesBetween(c.cal, c.end, c.start)),
    next: outcome(() => nextWorkingInstant(c.cal, c.start)),
    days: outcome(() => addWorkingDays(c.cal, c.start, c.days)),
  };
}

function legacyResults(c: Case) {
  return {
    add: outcome(() => legacyAddWorkingMinutes(c.cal, c.start, c.minutes)),
    between: outcome(() => legacyWorkingMinutesBetween(c.cal, c.start, c.end)),
    backwards: outcome(() => legacyWorkingMinutesBetween(c.cal, c.end, c.start)),
    next: outcome(() => legacyNextWorkingInstant(c.cal, c.start)),
    days: outcome(() => legacyAddWorkingDays(c.cal, c.start, c.days)),
  };
}

const describeCase = (c: Case) => ({
  timeZone: c.cal.timeZone,
  alwaysOpen: c.cal.alwaysOpen,
  workingHours: c.cal.workingHours.map((w) => `${w.day} ${w.from}-${w.to}`).join(', '),
  holidays: c.cal.holidays.join(', '),
  start: c.start.toISOString(),
  minutes: c.minutes,
  end: c.end.toISOString(),
  days: c.days,
});

describe('compiled business calendar vs the previous module (day walk over luxon)', () => {
  test.each([
    ['2000–2035', 1, 600, [2000, 2035]],
    ['2024–2028 (the bench range)', 2, 600, [2024, 2028]],
    ['1960–2000', 3, 250, [1960, 2000]],
  ] as const)('all five results equal on random calendars, %s', (_name, seed, count, years) => {
    const next = generator(seed, ZONES, [years[0], years[1]]);
    for (let i = 0; i < count; i++) {
      const c = next();
      expect(validateCalendar(c.cal)).toEqual([]);
      const compiled = compiledResults(c);
      const legacy = legacyResults(c);
      if (JSON.stringify(compiled) !== JSON.stringify(legacy)) expect({ case: describeCase(c), compiled }).toEqual({ case: describeCase(c), compiled: legacy });
    }
  });

  test('where the previous module was wrong (Nuuk: the spring gap is the last hour of Saturday; Apia 2010–2011), the compiled one equals the reference', () => {
    const next = generator(4, ['America/Nuuk', 'Pacific/Apia'], [2009, 2030]);
    let differed = 0;
    for (let checked = 0; checked < 300; ) {
      const c = next();
      if (c.start.getTime() % MINUTE_MS !== 0 || c.end.getTime() % MINUTE_MS !== 0 || !Number.isInteger(c.minutes)) continue;
      checked++;
      const compiled = compiledResults(c);
      const legacy = legacyResults(c);
      if (compiled.add === legacy.add && compiled.between === legacy.between) continue;
      differed++;
      const reference = {
        add: outcome(() => referenceAddWorkingMinutes(c.cal, c.start, c.minutes)),
        between: outcome(() => referenceWorkingMinutesBetween(c.cal, c.start, c.end)),
      };
      expect({ case: describeCase(c), add: compiled.add, between: compiled.between }).toEqual({ case: describeCase(c), ...reference });
    }
    expect(differed).toBeGreaterThan(0); // the generator does reach those cases
  });
});

describe('compiled business calendar vs the minute-stepping reference', () => {
  test('addWorkingMinutes and workingMinutesBetween on whole minutes, the zones above', () => {
    const next = generator(5, ZONES, [2020, 2032]);
    for (let checked = 0; checked < 200; ) {
      const c = next();
      if (c.start.getTime() % MINUTE_MS !== 0 || c.end.getTime() % MINUTE_MS !== 0 || !Number.isInteger(c.minutes)) continue;
      const weekly = c.cal.workingHours.reduce((sum, w) => sum + Number(w.to.slice(0, 2)) * 60 + Number(w.to.slice(3)) - Number(w.from.slice(0, 2)) * 60 - Number(w.from.slice(3)), 0);
      const minutes = c.cal.alwaysOpen ? c.minutes : c.minutes % (4 * weekly + 1); // keep the stepping short
      checked++;
      const got = { add: outcome(() => addWorkingMinutes(c.cal, c.start, minutes)), between: outcome(() => workingMinutesBetween(c.cal, c.start, c.end)) };
      const want = {
        add: outcome(() => referenceAddWorkingMinutes(c.cal, c.start, minutes)),
        between: outcome(() => referenceWorkingMinutesBetween(c.cal, c.start, c.end)),
      };
      if (got.add !== want.add || got.between !== want.between) expect({ case: describeCase({ ...c, minutes }), ...got }).toEqual({ case: describeCase({ ...c, minutes }), ...want });
    }
  });
});

describe('compiled business calendar: long ranges, errors, caches', () => {
  const london = (holidays: string[] = []): CalendarSpec => ({
    timeZone: 'Europe/London',
    alwaysOpen: false,
    workingHours: WEEKDAYS.slice(0, 5).flatMap((day): WorkingHoursSpec[] => [
      { day, from: '09:00', to: '12:30' },
      { day, from: '13:30', to: '17:30' },
    ]),
    holidays,
  });

  test('ranges over many years equal the previous module, year by year and across the years', () => {
    const cals = [london(['2026-12-25', '2027-01-01', '2031-05-05']), { ...london(), timeZone: 'Pacific/Chatham' }, { ...london(), timeZone: 'Australia/Lord_Howe' }];
    for (const cal of cals) {
      const from = new Date('2025-03-30T00:30:00Z');
      for (const years of [1, 3, 10]) {
        const to = new Date(from.getTime() + years * 365.25 * DAY_MS);
        expect(workingMinutesBetween(cal, from, to)).toBe(legacyWorkingMinutesBetween(cal, from, to));
      }
      for (const minutes of [60 * 7.5 * 250, 60 * 7.5 * 250 * 4 + 17.25]) {
        expect(addWorkingMinutes(cal, from, minutes).getTime()).toBe(legacyAddWorkingMinutes(cal, from, minutes).getTime());
      }
      expect(addWorkingDays(cal, from, 700).getTime()).toBe(legacyAddWorkingDays(cal, from, 700).getTime());
    }
  });

  test('runs of holidays longer than a year: the same results and the same errors (and messages) as the previous module', () => {
    const random = prng(6);
    const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
    let errors = 0;
    for (let i = 0; i < 120; i++) {
      const from = Date.UTC(2025, 0, 1) + int(0, 400) * DAY_MS;
      const length = int(300, 800);
      const holidays: string[] = [];
      for (let d = 0; d < length; d++) if (random() < 0.995) holidays.push(isoDate(from + d * DAY_MS));
      const workingHours: WorkingHoursSpec[] =
        i % 2 === 0
          ? [{ day: 'MONDAY', from: '09:00', to: '10:00' }]
          : [
              { day: 'SUNDAY', from: '01:30', to: '02:00' }, // empty on the London spring change
              { day: 'WEDNESDAY', from: '22:00', to: '24:00' },
              { day: 'THURSDAY', from: '00:00', to: '01:00' },
            ];
      const cal: CalendarSpec = { timeZone: ['Europe/London', 'Pacific/Chatham', 'UTC', 'America/New_York'][i % 4], alwaysOpen: false, workingHours, holidays };
      for (let k = 0; k < 4; k++) {
        const c: Case = { cal, start: new Date(from + int(-60, length + 10) * DAY_MS + int(0, 1439) * MINUTE_MS), minutes: int(0, 500), end: new Date(from + int(0, length) * DAY_MS), days: int(0, 60) };
        const compiled = compiledResults(c);
        expect({ case: describeCase(c), compiled }).toEqual({ case: describeCase(c), compiled: legacyResults(c) });
        errors += Object.values(compiled).filter((v) => typeof v === 'string').length;
      }
    }
    expect(errors).toBeGreaterThan(50);
  });

  test('more calendars and years than the caches hold: the same results once evicted and compiled again', () => {
    const next = generator(7, ZONES, [2000, 2035]);
    const cases = Array.from({ length: 240 }, next);
    const expected = cases.map((c) => [legacyAddWorkingMinutes(c.cal, c.start, c.minutes).getTime(), legacyWorkingMinutesBetween(c.cal, c.start, c.end)]);
    let eightYears: number[] = [];
    for (let round = 0; round < 3; round++) {
      // 240 calendars × 9 years each is more than the 2,048 compiled years kept, so every round evicts.
      const spans = cases.map((c) => workingMinutesBetween(c.cal, c.start, new Date(c.start.getTime() + 8 * 365 * DAY_MS)));
      if (round > 0) expect(spans).toEqual(eightYears);
      eightYears = spans;
      expect(cases.map((c) => [addWorkingMinutes(c.cal, c.start, c.minutes).getTime(), workingMinutesBetween(c.cal, c.start, c.end)])).toEqual(expected);
    }
  });

  test('a calendar object edited in place after use is compiled again', () => {
    const cal = london();
    const start = new Date('2026-01-14T16:00:00Z');
    expect(addWorkingMinutes(cal, start, 60).toISOString()).toBe('2026-01-14T17:00:00.000Z');
    cal.workingHours[5].to = '16:30'; // Wednesday afternoon now ends at 16:30
    expect(addWorkingMinutes(cal, start, 60).toISOString()).toBe('2026-01-15T09:30:00.000Z');
    cal.holidays.push('2026-01-15');
    expect(addWorkingMinutes(cal, start, 60).toISOString()).toBe('2026-01-16T09:30:00.000Z');
    cal.timeZone = 'America/New_York';
    expect(addWorkingMinutes(cal, start, 60).toISOString()).toBe(legacyAddWorkingMinutes(cal, start, 60).toISOString());
    cal.holidays[0] = '2026-02-30';
    expect(() => addWorkingMinutes(cal, start, 60)).toThrow(/holidays\.0/);
  });
});

describe("zone offsets read from Intl equal luxon's IANAZone#offset", () => {
  test('at random instants (any millisecond, 1800–2100, and outside the 4-digit years)', () => {
    const random = prng(8);
    const zones = [...ZONES, 'America/Nuuk', 'Pacific/Apia', 'Europe/Amsterdam', 'Africa/Monrovia', 'Asia/Manila'];
    for (let i = 0; i < 6000; i++) {
      const zone = zones[i % zones.length];
      const ms = i % 40 === 0 ? (random() * 2 - 1) * 8e15 : Date.UTC(1800, 0, 1) + Math.floor(random() * (300 * 365.25 * DAY_MS));
      expect([zone, ms, zoneOffsets(zone).offset(ms)]).toEqual([zone, ms, IANAZone.create(zone).offset(ms)]);
    }
  });

  test('around every change of 2020–2030, to the second', () => {
    for (const zone of ['Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Nuuk', 'Africa/Casablanca', 'Antarctica/Troll']) {
      for (let year = 2020; year <= 2030; year++) {
        for (const { at } of changes(zone, year)) {
          for (let t = at - 120_000; t <= at + 120_000; t += 250) {
            if (zoneOffsets(zone).offset(t) !== IANAZone.create(zone).offset(t)) {
              expect([zone, DateTime.fromMillis(t).toISO(), zoneOffsets(zone).offset(t)]).toEqual([zone, DateTime.fromMillis(t).toISO(), IANAZone.create(zone).offset(t)]);
            }
          }
        }
      }
    }
  });

  test('the changes found by sampling every 4 days are every change (tricky zones and years, against an hourly scan)', () => {
    const cases: [string, number[]][] = [
      ['America/Boa_Vista', [1999, 2000, 2001]], // DST for one week in October 2000
      ['Africa/Casablanca', [2012, 2013, 2018, 2019, 2026]], // Ramadan breaks
      ['America/Nuuk', [2023, 2024]],
      ['Australia/Lord_Howe', [2026]],
      ['Pacific/Apia', [2011]], // the day skipped at the date line
      ['Antarctica/Troll', [2026]],
      ['Europe/Amsterdam', [1937]], // +00:19:32 local mean time to +00:20
      ['Africa/Monrovia', [1972]], // -00:44:30 to UTC
    ];
    for (const [zone, years] of cases) {
      for (const year of years) {
        const z = IANAZone.create(zone);
        const expected: { at: number; offset: number }[] = [];
        let previous = z.offset(Date.UTC(year, 0, 1) - 8 * DAY_MS);
        for (let t = Date.UTC(year, 0, 1) - 8 * DAY_MS + 3_600_000; t <= Date.UTC(year + 1, 0, 1) + 8 * DAY_MS; t += 3_600_000) {
          const offset = z.offset(t);
          if (offset === previous) continue;
          let [lo, hi] = [(t - 3_600_000) / 1000, t / 1000];
          while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (z.offset(mid * 1000) === previous) lo = mid;
            else hi = mid;
          }
          expected.push({ at: hi * 1000, offset });
          previous = offset;
        }
        expect([zone, year, zoneChanges(zone, year)]).toEqual([zone, year, expected]);
      }
    }
  });

  test('no zone has, around 1970, an offset whose minutes × 60,000 is not its whole milliseconds (what whole seconds rely on)', () => {
    const inexact: string[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const z = IANAZone.create(zone);
      for (let t = Date.UTC(1969, 6, 1); t < Date.UTC(1970, 6, 1); t += 7 * DAY_MS) {
        const offset = z.offset(t);
        if (offset * MINUTE_MS !== Math.round(offset * 60) * 1000) inexact.push(`${zone} ${offset}`);
      }
    }
    expect(inexact).toEqual([]);
  });
});
