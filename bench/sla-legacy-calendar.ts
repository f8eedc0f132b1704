/**
 * The SLA business-calendar module as it was before issue 23 (day-by-day walk over luxon DateTimes),
 * kept verbatim as a second reference: the benchmark times it beside the compiled module in the same
 * run (the "before" figure), and test/sla/business-calendar.compiled.test.ts compares the two on
 * random calendars, including instants and fractions the minute-stepping reference cannot take.
 * Not used by the application. Unchanged but for this comment, the `legacy` prefix of the exports,
 * the types imported from the module and validateCalendar no longer exported.
 */
import { DateTime, IANAZone } from 'luxon';
import type { CalendarSpec, Weekday } from '../src/modules/sla/business-calendar';


const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 1440;
/** A calendar with this many consecutive local dates without working time is considered never open. */
const MAX_DAYS_WITHOUT_WORK = 366;
/** Bounds on the memo caches (they only speed things up; results never depend on them). */
const MAX_COMPILED_CALENDARS = 256;
const MAX_CACHED_DAYS_PER_CALENDAR = 4096;

/** Index 0 = MONDAY … 6 = SUNDAY (luxon weekday − 1). */
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const FROM_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A working interval of one local date, as epoch milliseconds [start, end). */
interface Interval {
  start: number;
  end: number;
}

interface CompiledCalendar {
  zone: IANAZone;
  alwaysOpen: boolean;
  /** Per weekday (0 = Monday): [fromMinute, toMinute) pairs sorted by start; toMinute may be 1440. */
  byWeekday: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Holidays as local-date day numbers (days since 1970-01-01 of the civil date). */
  holidays: ReadonlySet<number>;
  /** Memo: local-date day number → that date's intervals as instants. */
  days: Map<number, readonly Interval[]>;
}

const NO_INTERVALS: readonly Interval[] = Object.freeze([]);
const compiledCache = new Map<string, CompiledCalendar>();

/**
 * The instant `minutes` working minutes after `start`: the earliest instant by which that much
 * working time has elapsed. A target that runs out exactly at closing is due at closing; a start
 * outside working time (or exactly at closing) starts counting at the next opening; 0 minutes is `start`.
 * Fractional minutes are rounded to the millisecond.
 */
export function legacyAddWorkingMinutes(cal: CalendarSpec, start: Date, minutes: number): Date {
  const startMs = instantOf(start, 'start');
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new Error(`minutes must be a finite number >= 0, got ${String(minutes)}`);
  }
  const compiled = compile(cal);
  let remaining = Math.round(minutes * MINUTE_MS);
  if (compiled.alwaysOpen || remaining === 0) return new Date(startMs + remaining);

  let cursor = startMs;
  let daysWithoutWork = 0;
  // Start one local date early: harmless, and safe should a previous date's interval reach into today.
  for (let day = localDayNumber(compiled, startMs) - 1; ; day++) {
    const intervals = dayIntervals(compiled, day);
    if (intervals.length === 0) {
      if (++daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
        throw new Error(`calendar has no working time in the ${MAX_DAYS_WITHOUT_WORK} days after ${new Date(cursor).toISOString()}`);
      }
      continue;
    }
    daysWithoutWork = 0;
    for (const { start: s, end } of intervals) {
      const from = Math.max(s, cursor);
      if (end <= from) continue;
      const available = end - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
      cursor = end;
    }
  }
}

/**
 * Working minutes (possibly fractional) in [from, to); 0 when `to <= from`. The inverse of
 * `addWorkingMinutes`: workingMinutesBetween(cal, s, addWorkingMinutes(cal, s, m)) === m.
 */
export function legacyWorkingMinutesBetween(cal: CalendarSpec, from: Date, to: Date): number {
  const fromMs = instantOf(from, 'from');
  const toMs = instantOf(to, 'to');
  const compiled = compile(cal);
  if (toMs <= fromMs) return 0;
  if (compiled.alwaysOpen) return (toMs - fromMs) / MINUTE_MS;

  let total = 0;
  let cursor = fromMs;
  const lastDay = localDayNumber(compiled, toMs);
  for (let day = localDayNumber(compiled, fromMs) - 1; day <= lastDay; day++) {
    for (const { start, end } of dayIntervals(compiled, day)) {
      const s = Math.max(start, cursor);
      const e = Math.min(end, toMs);
      if (e <= s) continue;
      total += e - s;
      cursor = e;
    }
  }
  return total / MINUTE_MS;
}

/**
 * The first working instant at or after `at`: `at` itself inside a working interval, else the
 * next opening. An `alwaysOpen` calendar answers `at`.
 */
export function legacyNextWorkingInstant(cal: CalendarSpec, at: Date): Date {
  const ms = instantOf(at, 'at');
  const compiled = compile(cal);
  if (compiled.alwaysOpen) return new Date(ms);
  let daysWithoutWork = 0;
  for (let day = localDayNumber(compiled, ms) - 1; ; day++) {
    const intervals = dayIntervals(compiled, day);
    if (intervals.length === 0 && ++daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
      throw new Error(`calendar has no working time in the ${MAX_DAYS_WITHOUT_WORK} days after ${new Date(ms).toISOString()}`);
    }
    if (intervals.length) daysWithoutWork = 0;
    for (const { start, end } of intervals) if (end > ms) return new Date(Math.max(start, ms));
  }
}

/**
 * The instant `days` working days after `start`, counting working days (local dates with
 * working time, holidays excluded), not working minutes: from the first working instant at
 * or after `start`, the same local wall-clock time on the `days`-th following working date;
 * when that time is outside the date's working hours, the next working instant after it.
 * Asked Tuesday 15:00 in a Mon–Fri calendar, 2 working days is Thursday 15:00. In an
 * `alwaysOpen` calendar every date counts: the same local time `days` dates later.
 */
export function legacyAddWorkingDays(cal: CalendarSpec, start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new Error(`days must be an integer >= 0, got ${String(days)}`);
  const compiled = compile(cal);
  const from = compiled.alwaysOpen ? instantOf(start, 'start') : legacyNextWorkingInstant(cal, start).getTime();
  if (days === 0) return new Date(from);
  const local = DateTime.fromMillis(from, { zone: compiled.zone });
  let day = localDayNumber(compiled, from);
  let counted = 0;
  let daysWithoutWork = 0;
  while (counted < days) {
    day++;
    if (compiled.alwaysOpen || dayIntervals(compiled, day).length) {
      counted++;
      daysWithoutWork = 0;
    } else if (++daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
      throw new Error(`calendar has no working day in the ${MAX_DAYS_WITHOUT_WORK} days after ${new Date(from).toISOString()}`);
    }
  }
  const civil = new Date(day * DAY_MS);
  const target = DateTime.fromObject(
    {
      year: civil.getUTCFullYear(),
      month: civil.getUTCMonth() + 1,
      day: civil.getUTCDate(),
      hour: local.hour,
      minute: local.minute,
      second: local.second,
      millisecond: local.millisecond,
    },
    { zone: compiled.zone },
  );
  // a repeated wall time means its first occurrence, as everywhere in this module
  let ms = target.toMillis();
  for (const candidate of target.getPossibleOffsets()) ms = Math.min(ms, candidate.toMillis());
  return compiled.alwaysOpen ? new Date(ms) : legacyNextWorkingInstant(cal, new Date(ms));
}

/**
 * Validates a calendar for the API's input validation, so bad calendars are rejected before any
 * due time is computed. Returns {path, message} problems (empty when valid); paths are relative
 * to the calendar, e.g. 'timeZone', 'workingHours.2.to', 'holidays.0'.
 */
function validateCalendar(cal: CalendarSpec): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (cal === null || typeof cal !== 'object') {
    return [{ path: '', message: 'calendar must be an object' }];
  }
  const raw = cal as unknown as Record<string, unknown>;

  if (typeof raw.timeZone !== 'string' || !IANAZone.isValidZone(raw.timeZone)) {
    problems.push({ path: 'timeZone', message: `must be a valid IANA time zone, got ${JSON.stringify(raw.timeZone)}` });
  }
  if (typeof raw.alwaysOpen !== 'boolean') {
    problems.push({ path: 'alwaysOpen', message: 'must be a boolean' });
  }

  if (!Array.isArray(raw.workingHours)) {
    problems.push({ path: 'workingHours', message: 'must be an array' });
  } else {
    const byDay = new Map<Weekday, { index: number; from: number; to: number }[]>();
    raw.workingHours.forEach((entry: unknown, index: number) => {
      const path = `workingHours.${index}`;
      if (entry === null || typeof entry !== 'object') {
        problems.push({ path, message: 'must be an object {day, from, to}' });
        return;
      }
      const { day, from, to } = entry as Record<string, unknown>;
      let ok = true;
      if (typeof day !== 'string' || !WEEKDAYS.includes(day as Weekday)) {
        problems.push({ path: `${path}.day`, message: `must be one of ${WEEKDAYS.join(', ')}` });
        ok = false;
      }
      const fromMinute = parseClock(from, false);
      if (fromMinute === undefined) {
        problems.push({ path: `${path}.from`, message: 'must be HH:mm between 00:00 and 23:59' });
        ok = false;
      }
      const toMinute = parseClock(to, true);
      if (toMinute === undefined) {
        problems.push({ path: `${path}.to`, message: 'must be HH:mm between 00:00 and 24:00' });
        ok = false;
      }
      if (fromMinute !== undefined && toMinute !== undefined && fromMinute >= toMinute) {
        problems.push({ path: `${path}.to`, message: `must be after from (${String(from)})` });
        ok = false;
      }
      if (!ok) return;
      const list = byDay.get(day as Weekday) ?? [];
      list.push({ index, from: fromMinute!, to: toMinute! });
      byDay.set(day as Weekday, list);
    });
    for (const [day, list] of byDay) {
      const sorted = [...list].sort((a, b) => a.from - b.from || a.index - b.index);
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        const cur = sorted[i];
        if (cur.from < prev.to) {
          const later = cur.index > prev.index ? cur : prev;
          const other = later === cur ? prev : cur;
          problems.push({
            path: `workingHours.${later.index}`,
            message: `overlaps workingHours.${other.index} on ${day}`,
          });
        }
      }
    }
  }

  if (!Array.isArray(raw.holidays)) {
    problems.push({ path: 'holidays', message: 'must be an array' });
  } else {
    raw.holidays.forEach((holiday: unknown, index: number) => {
      if (parseLocalDate(holiday) === undefined) {
        problems.push({ path: `holidays.${index}`, message: 'must be a valid date YYYY-MM-DD' });
      }
    });
  }

  if (raw.alwaysOpen === false && Array.isArray(raw.workingHours) && raw.workingHours.length === 0) {
    problems.push({ path: 'workingHours', message: 'at least one working interval is required unless alwaysOpen' });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// internals

function instantOf(date: Date, name: string): number {
  // Not `instanceof Date`: Dates from another realm (vm contexts, test runners) must work too.
  const ms = Object.prototype.toString.call(date) === '[object Date]' ? date.getTime() : NaN;
  if (!Number.isFinite(ms)) throw new Error(`${name} must be a valid Date`);
  return ms;
}

/** 'HH:mm' → minute of day; '24:00' only when `allowEndOfDay`. */
function parseClock(value: unknown, allowEndOfDay: boolean): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (allowEndOfDay && value === '24:00') return MINUTES_PER_DAY;
  const match = FROM_PATTERN.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** 'YYYY-MM-DD' → day number of that civil date (days since 1970-01-01), or undefined if not a real date. */
function parseLocalDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0..99 to 1900..1999
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(date.getTime() / DAY_MS);
}

/** Validated, grouped form of a calendar, memoised by content (so equal calendars share a day cache). */
function compile(cal: CalendarSpec): CompiledCalendar {
  const key = fingerprint(cal);
  const cached = key === undefined ? undefined : compiledCache.get(key);
  if (cached) return cached;

  const problems = validateCalendar(cal);
  if (problems.length > 0) {
    throw new Error(`invalid calendar: ${problems.map((p) => `${p.path || '(root)'}: ${p.message}`).join('; ')}`);
  }
  const byWeekday: [number, number][][] = WEEKDAYS.map(() => []);
  for (const { day, from, to } of cal.workingHours) {
    byWeekday[WEEKDAYS.indexOf(day)].push([parseClock(from, false)!, parseClock(to, true)!]);
  }
  for (const list of byWeekday) list.sort((a, b) => a[0] - b[0]);
  const compiled: CompiledCalendar = {
    zone: IANAZone.create(cal.timeZone),
    alwaysOpen: cal.alwaysOpen,
    byWeekday,
    holidays: new Set(cal.holidays.map((h) => parseLocalDate(h)!)),
    days: new Map(),
  };
  if (key !== undefined) {
    if (compiledCache.size >= MAX_COMPILED_CALENDARS) compiledCache.clear();
    compiledCache.set(key, compiled);
  }
  return compiled;
}

function fingerprint(cal: CalendarSpec): string | undefined {
  if (cal === null || typeof cal !== 'object' || !Array.isArray(cal.workingHours) || !Array.isArray(cal.holidays)) {
    return undefined;
  }
  return JSON.stringify([
    cal.timeZone,
    cal.alwaysOpen,
    cal.workingHours.map((w) => (w !== null && typeof w === 'object' ? [w.day, w.from, w.to] : w)),
    cal.holidays,
  ]);
}

/** Day number (days since 1970-01-01) of the local civil date of `ms` in the calendar's zone. */
function localDayNumber(cal: CompiledCalendar, ms: number): number {
  const local = DateTime.fromMillis(ms, { zone: cal.zone });
  return Math.round(Date.UTC(local.year, local.month - 1, local.day) / DAY_MS);
}

/** The working intervals of one local date as real instants, sorted; empty on holidays and closed days. */
function dayIntervals(cal: CompiledCalendar, day: number): readonly Interval[] {
  const cached = cal.days.get(day);
  if (cached) return cached;

  // 1970-01-01 (day 0) was a Thursday, index 3 when Monday is 0.
  const specs = cal.byWeekday[(((day + 3) % 7) + 7) % 7];
  let intervals: readonly Interval[] = NO_INTERVALS;
  if (specs.length > 0 && !cal.holidays.has(day)) {
    // Every instant of this local date (and of the next date's 00:00) lies within a day of [day, day + 2)
    // read as UTC, so equal offsets at both ends mean no DST change here and no repeated wall times.
    const mayRepeat = cal.zone.offset((day - 1) * DAY_MS) !== cal.zone.offset((day + 2) * DAY_MS);
    const list: Interval[] = [];
    for (const [fromMinute, toMinute] of specs) {
      const start = wallClockInstant(cal.zone, day, fromMinute, mayRepeat);
      // '24:00' is the next date's 00:00, so it chains with a 00:00 start without a gap.
      const end =
        toMinute === MINUTES_PER_DAY
          ? wallClockInstant(cal.zone, day + 1, 0, mayRepeat)
          : wallClockInstant(cal.zone, day, toMinute, mayRepeat);
      // A start pushed past its end by a gap (01:30–02:00 on a London spring-forward day) leaves nothing.
      if (end > start) list.push({ start, end });
    }
    intervals = sortedUnion(list);
  }
  if (cal.days.size >= MAX_CACHED_DAYS_PER_CALENDAR) cal.days.clear();
  cal.days.set(day, intervals);
  return intervals;
}

/**
 * Sorts by start and merges overlaps. Needed because a gap can reorder wall-clock intervals: on a London
 * spring-forward day 01:30–01:59 becomes 01:30Z–01:59Z but 02:00–02:30 becomes 01:00Z–01:30Z.
 */
function sortedUnion(list: Interval[]): Interval[] {
  list.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of list) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/**
 * The instant of local wall-clock (civil date `day`, `minuteOfDay`) in `zone`.
 * - Skipped by a spring-forward gap: luxon's fromObject already moves it the gap's length later
 *   (01:30 → 02:30 BST), whatever the current date.
 * - Repeated by a fall-back fold: luxon picks the occurrence whose offset matches the offset in force
 *   *now* (Settings.now), which is not deterministic, so we take the earliest of getPossibleOffsets()
 *   (only asked when `mayRepeat`, i.e. the zone's offset changes around this date: it costs 4 zone look-ups).
 */
function wallClockInstant(zone: IANAZone, day: number, minuteOfDay: number, mayRepeat: boolean): number {
  const civil = new Date(day * DAY_MS);
  const local = DateTime.fromObject(
    {
      year: civil.getUTCFullYear(),
      month: civil.getUTCMonth() + 1,
      day: civil.getUTCDate(),
      hour: Math.floor(minuteOfDay / 60),
      minute: minuteOfDay % 60,
    },
    { zone },
  );
  let earliest = local.toMillis();
  if (mayRepeat) {
    for (const candidate of local.getPossibleOffsets()) earliest = Math.min(earliest, candidate.toMillis());
  }
  return earliest;
}
