/**
 * Pure due-time arithmetic for SLA business calendars (no database, no I/O).
 *
 * Working time is the union, over local dates in the calendar's IANA zone, of that date's
 * working intervals turned into real instants. Intervals are half-open [from, to). Time is
 * counted in real elapsed milliseconds, so DST days are 23 or 25 hours long where open.
 *
 * Local wall-clock → instant rules (product rules, see `wallClockInstant`):
 * - a wall time skipped by a spring-forward gap lands the gap's length later
 *   (01:30 Europe/London on the spring change is 02:30 BST);
 * - a wall time repeated by a fall-back fold means its FIRST occurrence.
 *
 * A calendar is compiled once (compiled-calendar.ts) into its working intervals as UTC instants, per
 * UTC year, with prefix sums: a due time is a binary search, the working time between two instants
 * a difference of prefix sums; DST and holidays are applied when a year is compiled.
 */
import {
  addWorking,
  hasWork,
  instantOfWall,
  localWall,
  calendarRules,
  MAX_DAYS_WITHOUT_WORK,
  workedBetween,
  zoneOffsets,
  type CalendarRules,
} from './compiled-calendar';

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** One working interval on a weekday, as local wall-clock 'HH:mm' in the calendar's zone; `to` may be '24:00'. */
export interface WorkingHoursSpec {
  day: Weekday;
  from: string;
  to: string;
}

/** A business calendar as stored by the SLA engine; holidays are 'YYYY-MM-DD' local dates in `timeZone`. */
export interface CalendarSpec {
  timeZone: string;
  alwaysOpen: boolean;
  workingHours: WorkingHoursSpec[];
  holidays: string[];
}

/** The fixed 24x7 calendar, used for critical escalations that must not pause outside business hours. */
export const ALWAYS_OPEN_UTC: CalendarSpec = Object.freeze({
  timeZone: 'UTC',
  alwaysOpen: true,
  workingHours: Object.freeze([]) as unknown as WorkingHoursSpec[],
  holidays: Object.freeze([]) as unknown as string[],
});

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 1440;
/** Bounds on the memo caches (they only speed things up; results never depend on them). */
const MAX_COMPILED_CALENDARS = 256;
const MAX_ZONE_VALIDITY = 1024;

/** Index 0 = MONDAY … 6 = SUNDAY (luxon weekday − 1). */
const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const FROM_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface CompiledCalendar {
  alwaysOpen: boolean;
  rules: CalendarRules;
}

/** What a compiled calendar was compiled from, to reuse it for the same object while its content is unchanged. */
interface Snapshot {
  timeZone: unknown;
  alwaysOpen: unknown;
  /** day, from, to of each working interval, in order. */
  hours: unknown[];
  holidays: unknown[];
}

/** Compiled calendars by content (fingerprint), least recently used first. */
const compiledCache = new Map<string, CompiledCalendar>();
/** The compiled calendar last used for a calendar object, with the content it had then. */
const byObject = new WeakMap<object, { snapshot: Snapshot; compiled: CompiledCalendar }>();
const zoneValidity = new Map<string, boolean>();

/**
 * The instant `minutes` working minutes after `start`: the earliest instant by which that much
 * working time has elapsed. A target that runs out exactly at closing is due at closing; a start
 * outside working time (or exactly at closing) starts counting at the next opening; 0 minutes is `start`.
 * Fractional minutes are rounded to the millisecond.
 */
export function addWorkingMinutes(cal: CalendarSpec, start: Date, minutes: number): Date {
  const startMs = instantOf(start, 'start');
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new Error(`minutes must be a finite number >= 0, got ${String(minutes)}`);
  }
  const compiled = compile(cal);
  const remaining = Math.round(minutes * MINUTE_MS);
  if (compiled.alwaysOpen || remaining === 0) return new Date(startMs + remaining);
  return new Date(addWorking(compiled.rules, startMs, remaining, false));
}

/**
 * Working minutes (possibly fractional) in [from, to); 0 when `to <= from`. The inverse of
 * `addWorkingMinutes`: workingMinutesBetween(cal, s, addWorkingMinutes(cal, s, m)) === m.
 */
export function workingMinutesBetween(cal: CalendarSpec, from: Date, to: Date): number {
  const fromMs = instantOf(from, 'from');
  const toMs = instantOf(to, 'to');
  const compiled = compile(cal);
  if (toMs <= fromMs) return 0;
  if (compiled.alwaysOpen) return (toMs - fromMs) / MINUTE_MS;
  return workedBetween(compiled.rules, fromMs, toMs) / MINUTE_MS;
}

/**
 * The first working instant at or after `at`: `at` itself inside a working interval, else the
 * next opening. An `alwaysOpen` calendar answers `at`.
 */
export function nextWorkingInstant(cal: CalendarSpec, at: Date): Date {
  const ms = instantOf(at, 'at');
  const compiled = compile(cal);
  if (compiled.alwaysOpen) return new Date(ms);
  return new Date(addWorking(compiled.rules, ms, 0, true));
}

/**
 * The instant `days` working days after `start`, counting working days (local dates with
 * working time, holidays excluded), not working minutes: from the first working instant at
 * or after `start`, the same local wall-clock time on the `days`-th following working date;
 * when that time is outside the date's working hours, the next working instant after it.
 * Asked Tuesday 15:00 in a Mon–Fri calendar, 2 working days is Thursday 15:00. In an
 * `alwaysOpen` calendar every date counts: the same local time `days` dates later.
 */
export function addWorkingDays(cal: CalendarSpec, start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new Error(`days must be an integer >= 0, got ${String(days)}`);
  const compiled = compile(cal);
  const { rules } = compiled;
  const from = compiled.alwaysOpen ? instantOf(start, 'start') : addWorking(rules, instantOf(start, 'at'), 0, true);
  if (days === 0) return new Date(from);
  const wall = localWall(rules, from);
  let day = Math.floor(wall / DAY_MS);
  const timeOfDay = wall - day * DAY_MS;
  let counted = 0;
  let daysWithoutWork = 0;
  while (counted < days) {
    day++;
    if (compiled.alwaysOpen || hasWork(rules, day)) {
      counted++;
      daysWithoutWork = 0;
    } else if (++daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
      throw new Error(`calendar has no working day in the ${MAX_DAYS_WITHOUT_WORK} days after ${new Date(from).toISOString()}`);
    }
  }
  // The same local time on that date; a repeated wall time means its first occurrence, as everywhere here.
  const ms = instantOfWall(rules, day * DAY_MS + timeOfDay);
  return new Date(compiled.alwaysOpen ? ms : addWorking(rules, ms, 0, true));
}

/**
 * Validates a calendar for the API's input validation, so bad calendars are rejected before any
 * due time is computed. Returns {path, message} problems (empty when valid); paths are relative
 * to the calendar, e.g. 'timeZone', 'workingHours.2.to', 'holidays.0'.
 */
export function validateCalendar(cal: CalendarSpec): { path: string; message: string }[] {
  return checkCalendar(cal, undefined);
}

/** What checking a valid calendar parsed on the way: per weekday (0 = Monday) its intervals' minutes, and the holidays' day numbers. */
interface Parsed {
  fromMinutes: number[][];
  toMinutes: number[][];
  holidays: number[];
}

/** validateCalendar, also handing the parsed intervals and holidays to `parsed` (meaningful when no problems are found). */
function checkCalendar(cal: CalendarSpec, parsed: Parsed | undefined): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (cal === null || typeof cal !== 'object') {
    return [{ path: '', message: 'calendar must be an object' }];
  }
  const raw = cal as unknown as Record<string, unknown>;

  if (typeof raw.timeZone !== 'string' || !isValidZone(raw.timeZone)) {
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
      if (parsed !== undefined) {
        // Each weekday's intervals sorted by start (insertion: there are few).
        const weekday = WEEKDAYS.indexOf(day as Weekday);
        const froms = parsed.fromMinutes[weekday];
        const tos = parsed.toMinutes[weekday];
        let k = froms.length;
        froms.push(fromMinute!);
        tos.push(toMinute!);
        for (; k > 0 && froms[k - 1] > fromMinute!; k--) {
          froms[k] = froms[k - 1];
          tos[k] = tos[k - 1];
          froms[k - 1] = fromMinute!;
          tos[k - 1] = toMinute!;
        }
      }
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
      const day = parseLocalDate(holiday);
      if (day === undefined) {
        problems.push({ path: `holidays.${index}`, message: 'must be a valid date YYYY-MM-DD' });
      } else if (parsed !== undefined) {
        parsed.holidays.push(day);
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
  // Not only `instanceof Date`: Dates from another realm (vm contexts, test runners) must work too.
  const ms = date instanceof Date || Object.prototype.toString.call(date) === '[object Date]' ? date.getTime() : NaN;
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

/**
 * 'YYYY-MM-DD' → day number of that civil date (days since 1970-01-01), or undefined if not a real date
 * (proleptic Gregorian, by arithmetic). As the Date-based check this replaces, 0000-02-29 is not a date:
 * it read year 0 as 1900.
 */
function parseLocalDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = +match[1];
  const month = +match[2];
  const day = +match[3];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) && year !== 0;
  if (day > (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1])) return undefined;
  // days from civil (H. Hinnant): the year counted from March, so the leap day ends it
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/**
 * IANAZone.isValidZone (whether Intl.DateTimeFormat accepts the zone), memoised: it builds a formatter
 * each time, and the zone's offsets need one anyway (zoneOffsets builds it, and throws the same RangeError).
 */
function isValidZone(name: string): boolean {
  let valid = zoneValidity.get(name);
  if (valid === undefined) {
    try {
      valid = name !== '' && zoneOffsets(name) !== undefined;
    } catch {
      valid = false;
    }
    if (zoneValidity.size >= MAX_ZONE_VALIDITY) zoneValidity.clear();
    zoneValidity.set(name, valid);
  }
  return valid;
}

/**
 * Validated, compiled form of a calendar, memoised by content (so equal calendars share their compiled
 * years), and by object while the object's content is unchanged (which spares the fingerprint).
 */
function compile(cal: CalendarSpec): CompiledCalendar {
  if (cal !== null && typeof cal === 'object') {
    const known = byObject.get(cal);
    if (known !== undefined && unchanged(cal, known.snapshot)) return known.compiled;
  }
  return compileByContent(cal);
}

/** compile's way for an object not seen or changed since (kept apart so the optimiser sees a small `compile`). */
function compileByContent(cal: CalendarSpec): CompiledCalendar {
  const key = fingerprint(cal);
  let compiled = key === undefined ? undefined : compiledCache.get(key);
  if (compiled) {
    compiledCache.delete(key!);
    compiledCache.set(key!, compiled);
  } else {
    const parsed: Parsed = { fromMinutes: [[], [], [], [], [], [], []], toMinutes: [[], [], [], [], [], [], []], holidays: [] };
    const problems = checkCalendar(cal, parsed);
    if (problems.length > 0) {
      throw new Error(`invalid calendar: ${problems.map((p) => `${p.path || '(root)'}: ${p.message}`).join('; ')}`);
    }
    compiled = {
      alwaysOpen: cal.alwaysOpen,
      rules: calendarRules(zoneOffsets(cal.timeZone), parsed.fromMinutes, parsed.toMinutes, new Set(parsed.holidays)),
    };
    if (key !== undefined) {
      if (compiledCache.size >= MAX_COMPILED_CALENDARS) compiledCache.delete(compiledCache.keys().next().value!);
      compiledCache.set(key, compiled);
    }
  }
  if (key !== undefined) byObject.set(cal, { snapshot: snapshotOf(cal), compiled });
  return compiled;
}

function snapshotOf(cal: CalendarSpec): Snapshot {
  const hours: unknown[] = [];
  for (const w of cal.workingHours) hours.push(w.day, w.from, w.to);
  return { timeZone: cal.timeZone, alwaysOpen: cal.alwaysOpen, hours, holidays: [...cal.holidays] };
}

/** Whether `cal` still has the content of `snapshot` (same values, compared with ===). */
function unchanged(cal: CalendarSpec, snapshot: Snapshot): boolean {
  if (cal.timeZone !== snapshot.timeZone || cal.alwaysOpen !== snapshot.alwaysOpen) return false;
  const hours = cal.workingHours;
  const holidays = cal.holidays;
  if (!Array.isArray(hours) || !Array.isArray(holidays)) return false;
  if (hours.length * 3 !== snapshot.hours.length || holidays.length !== snapshot.holidays.length) return false;
  for (let i = 0; i < hours.length; i++) {
    const w = hours[i];
    if (w === null || typeof w !== 'object') return false;
    if (w.day !== snapshot.hours[3 * i] || w.from !== snapshot.hours[3 * i + 1] || w.to !== snapshot.hours[3 * i + 2]) return false;
  }
  for (let i = 0; i < holidays.length; i++) if (holidays[i] !== snapshot.holidays[i]) return false;
  return true;
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
