/**
 * Deliberately simple minute-stepping reference for the SLA due-time arithmetic in
 * src/modules/sla/business-calendar.ts. It exists to be obviously right, not fast: the property
 * test and the benchmark both compare the module against it (one reference, shared).
 *
 * Rule it implements: the minute [t, t+1min) is working iff the calendar is alwaysOpen, or t lies
 * inside some working interval of some local date D (D not a holiday, weekday of D matching), where
 * the interval's edges are the real instants of D's wall-clock `from`/`to` in the calendar's zone
 * ('24:00' = D+1 at 00:00). Wall-clock → instant uses the product's DST rules, computed here
 * independently of the module from raw zone offsets:
 * - a wall time that occurs twice (fall-back fold) is its FIRST occurrence;
 * - a wall time that does not exist (spring-forward gap) is read with the offset in force before
 *   the jump, i.e. it lands the gap's length later (01:30 Europe/London → 02:30 BST).
 *
 * Only whole-minute starts and integer minute counts are supported.
 */
import { IANAZone } from 'luxon';
import type { CalendarSpec, Weekday } from '../src/modules/sla/business-calendar';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Index = Date#getUTCDay() of the civil date. */
const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
/** Give up after this many minutes (~5 years) so a never-open calendar cannot hang a test. */
const MAX_STEPS = 5 * 366 * 1440;

/** Reference for addWorkingMinutes: count working minutes one by one from `start`. */
export function referenceAddWorkingMinutes(cal: CalendarSpec, start: Date, minutes: number): Date {
  const isWorking = workingMinutePredicate(cal);
  let t = alignedMs(start);
  if (!Number.isInteger(minutes) || minutes < 0) throw new Error('reference: minutes must be a non-negative integer');
  let remaining = minutes;
  for (let steps = 0; remaining > 0; steps++) {
    if (steps > MAX_STEPS) throw new Error('reference: no working time found');
    if (isWorking(t)) remaining--;
    t += MINUTE_MS;
  }
  return new Date(t);
}

/** Reference for workingMinutesBetween: count the working minutes in [from, to) one by one. */
export function referenceWorkingMinutesBetween(cal: CalendarSpec, from: Date, to: Date): number {
  const isWorking = workingMinutePredicate(cal);
  const end = alignedMs(to);
  let count = 0;
  for (let t = alignedMs(from); t < end; t += MINUTE_MS) if (isWorking(t)) count++;
  return count;
}

/** Reference wall-clock → instant with the product's gap/fold rules, from raw zone offsets. */
export function referenceWallClockInstant(zone: IANAZone, civilDay: number, minuteOfDay: number): number {
  const wall = civilDay * DAY_MS + minuteOfDay * MINUTE_MS; // the wall-clock reading, written as if it were UTC
  const offsetBefore = zone.offset(wall - DAY_MS); // offsets are minutes; no transition is closer than a few days
  const offsetAfter = zone.offset(wall + DAY_MS);
  const readings = [wall - offsetBefore * MINUTE_MS, wall - offsetAfter * MINUTE_MS].filter(
    (t) => t + zone.offset(t) * MINUTE_MS === wall,
  );
  if (readings.length > 0) return Math.min(...readings); // fold: first occurrence
  return wall - offsetBefore * MINUTE_MS; // gap: the clock as if it had not jumped yet
}

function alignedMs(date: Date): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms) || ms % MINUTE_MS !== 0) throw new Error('reference: instants must be whole minutes');
  return ms;
}

function parseClock(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return h * 60 + m;
}

/** Builds "is the minute starting at t working?" for one calendar, memoising each civil date's intervals. */
function workingMinutePredicate(cal: CalendarSpec): (t: number) => boolean {
  if (cal.alwaysOpen) return () => true;
  const zone = IANAZone.create(cal.timeZone);
  const holidays = new Set(cal.holidays);
  const memo = new Map<number, [number, number][]>();

  const intervalsOf = (civilDay: number): [number, number][] => {
    let intervals = memo.get(civilDay);
    if (intervals) return intervals;
    const date = new Date(civilDay * DAY_MS);
    const weekday = WEEKDAY_BY_UTC_DAY[date.getUTCDay()];
    intervals = [];
    if (!holidays.has(date.toISOString().slice(0, 10))) {
      for (const spec of cal.workingHours) {
        if (spec.day !== weekday) continue;
        const start = referenceWallClockInstant(zone, civilDay, parseClock(spec.from));
        const end =
          spec.to === '24:00'
            ? referenceWallClockInstant(zone, civilDay + 1, 0)
            : referenceWallClockInstant(zone, civilDay, parseClock(spec.to));
        intervals.push([start, end]);
      }
    }
    memo.set(civilDay, intervals);
    return intervals;
  };

  return (t) => {
    // Offsets are within ±1 day, so the local date of t is the UTC date of t or a neighbour.
    const utcDay = Math.floor(t / DAY_MS);
    for (let d = utcDay - 1; d <= utcDay + 1; d++) {
      for (const [start, end] of intervalsOf(d)) if (start <= t && t < end) return true;
    }
    return false;
  };
}
