/**
 * Compiled business calendars: the working time of a calendar as sorted, disjoint UTC intervals,
 * one chunk per UTC calendar year, each with prefix sums of its working time (whole seconds). Daylight-saving
 * changes and holidays are applied once, when a year is compiled; after that a due time is two binary
 * searches and the working time between two instants a difference of prefix sums. No luxon and no
 * Intl in the hot path: a zone's offsets are read from Intl once per zone and UTC year, then every
 * wall-clock edge of the year is plain arithmetic.
 *
 * The semantics are those of business-calendar.ts (and of bench/sla-reference.ts, the minute-stepping
 * oracle): working time is the union over local dates of each date's intervals turned into instants,
 * a wall time in a spring-forward gap falls the gap's length later, a repeated wall time is its first
 * occurrence, '24:00' is the next date's 00:00.
 *
 * Caches (they only speed things up; results never depend on them): zone offsets per zone and UTC
 * year, and compiled years in one LRU bounded by chunk count and by stored intervals.
 */
import { IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DAY_S = 86_400;

/** More than this many consecutive local dates without working time: the calendar is considered never open. */
export const MAX_DAYS_WITHOUT_WORK = 366;
/**
 * A run of more than MAX_DAYS_WITHOUT_WORK empty local dates leaves at least ~363 days without a working
 * instant, so only a gap longer than this between two working instants can hide one (and is then checked
 * date by date, exactly as the day walk did).
 */
const LONG_GAP_MS = 360 * DAY_MS;

/** Zone offsets are sampled this far apart and bisected to the second where they differ (see zoneSpan). */
const SAMPLE_STEP_MS = 4 * DAY_MS;
/**
 * Each zone span covers its UTC year and this much on either side, so a year's chunk (local dates from
 * 2 days before to 1 day after, edges resolved within a day) never needs a neighbouring span.
 */
const SPAN_MARGIN_MS = 8 * DAY_MS;
/** Where the Intl fast path reads 4-digit years; luxon's IANAZone#offset answers outside it. */
const FAST_OFFSET_MIN_MS = Date.UTC(1000, 0, 2);
const FAST_OFFSET_MAX_MS = Date.UTC(9999, 0, 1);
/** Years a compiled chunk may cover (Date's range is ±8.64e15 ms, about ±275,000 years). */
const MIN_YEAR = -271_820;
const MAX_YEAR = 275_759;

const MAX_ZONE_SPANS = 4096;
const MAX_CHUNKS = 2048;
const MAX_CHUNK_INTERVALS = 1_000_000;

// ---------------------------------------------------------------------------------------------
// zone offsets

/**
 * A zone's offsets over [from, to): offsets[i] (minutes east of UTC, as luxon's IANAZone#offset
 * gives them) holds from transitions[i - 1] (or before) until transitions[i] (or after).
 */
interface ZoneSpan {
  from: number;
  to: number;
  transitions: number[];
  offsets: number[];
}

/**
 * One IANA zone's offsets, exactly luxon's IANAZone#offset (which the reference and the previous
 * module use): the local reading at the instant's whole second, minus the instant's whole second.
 */
export class ZoneOffsets {
  private readonly format: (date?: Date | number) => string;
  private luxon: IANAZone | undefined;
  /** Offsets per UTC year (see zoneSpan). */
  readonly spans = new Map<number, ZoneSpan>();

  constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).format;
  }

  private luxonOffset(ms: number): number {
    this.luxon ??= IANAZone.create(this.name);
    return this.luxon.offset(ms);
  }

  /** Offset in minutes at `ms`, read from Intl ("M/D/YYYY, HH:MM:SS"); luxon outside 4-digit years. */
  offset(ms: number): number {
    if (!(ms >= FAST_OFFSET_MIN_MS && ms < FAST_OFFSET_MAX_MS)) return this.luxonOffset(ms);
    const f = LOCAL_READING.exec(this.format(ms));
    if (f === null) return this.luxonOffset(ms);
    const hour = +f[4];
    const asUTC = Date.UTC(+f[3], +f[1] - 1, +f[2], hour === 24 ? 0 : hour, +f[5], +f[6]);
    const over = ms % 1000;
    const asTS = ms - (over >= 0 ? over : 1000 + over);
    return (asUTC - asTS) / MINUTE_MS;
  }
}

/** "M/D/YYYY, HH:MM:SS", as en-US formats the fields asked for. */
const LOCAL_READING = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

const zones = new Map<string, ZoneOffsets>();
let storedSpans = 0;

export function zoneOffsets(name: string): ZoneOffsets {
  let zone = zones.get(name);
  if (!zone) {
    zone = new ZoneOffsets(name);
    zones.set(name, zone);
  }
  return zone;
}

/**
 * The zone's offsets over UTC year `year` ± SPAN_MARGIN_MS: sampled every SAMPLE_STEP_MS and bisected
 * where two samples differ, on whole minutes then to the second (offsets change at whole seconds, and
 * but for local mean time at whole minutes). Two changes that cancel out within one step would be
 * missed: the closest such pair in the tz database from 1900 to 2100 is 6 days 23 hours apart
 * (America/Boa_Vista, October 2000), 1.7 steps.
 */
function zoneSpan(zone: ZoneOffsets, year: number): ZoneSpan {
  const cached = zone.spans.get(year);
  if (cached) return cached;
  const from = yearStart(year) - SPAN_MARGIN_MS;
  const to = yearStart(year + 1) + SPAN_MARGIN_MS;
  const transitions: number[] = [];
  const offsets: number[] = [zone.offset(from)];
  let lo = from;
  let loOffset = offsets[0];
  while (lo < to) {
    const hi = Math.min(lo + SAMPLE_STEP_MS, to);
    const hiOffset = zone.offset(hi);
    // Every change in (lo, hi]: bisect to the first second with another offset, again from there.
    while (hiOffset !== loOffset) {
      let a = lo / 1000; // a whole second with loOffset
      let b = hi / 1000; // a whole second with another offset
      while (b - a > 1) {
        let mid: number;
        if (b - a > 60) {
          mid = Math.floor((a + b) / 120) * 60; // a whole minute
          if (mid <= a) mid = a + 60;
        } else if (b - a === 60 && b % 60 === 0) {
          mid = b - 1; // the change is at minute b, unless it is on a second of the minute before
        } else {
          mid = Math.floor((a + b) / 2);
        }
        if (zone.offset(mid * 1000) === loOffset) a = mid;
        else b = mid;
      }
      lo = b * 1000;
      loOffset = zone.offset(lo);
      transitions.push(lo);
      offsets.push(loOffset);
    }
    lo = hi;
  }
  const span: ZoneSpan = { from, to, transitions, offsets };
  if (++storedSpans > MAX_ZONE_SPANS) {
    for (const z of zones.values()) z.spans.clear();
    storedSpans = 1;
  }
  zone.spans.set(year, span);
  return span;
}

/** The offset changes found for a zone's UTC year ± SPAN_MARGIN_MS (for tests): instant and new offset. */
export function zoneChanges(name: string, year: number): { at: number; offset: number }[] {
  const span = zoneSpan(zoneOffsets(name), year);
  return span.transitions.map((at, i) => ({ at, offset: span.offsets[i + 1] }));
}

/** Offset (minutes) at `ms`, which must lie inside the span. */
function spanOffset(span: ZoneSpan, ms: number): number {
  const t = span.transitions;
  let i = 0;
  while (i < t.length && ms >= t[i]) i++;
  return span.offsets[i];
}

/**
 * The instant of the wall-clock reading `wall` (local time written as if it were UTC), by the product's
 * rules: the earliest instant showing it (fall-back: the first occurrence); in a spring-forward gap, the
 * reading with the offset before the jump (the gap's length later). `wall` ± 1 day must lie in the span.
 */
function wallInstant(span: ZoneSpan, wall: number): number {
  const t = span.transitions;
  const o = span.offsets;
  let best = Infinity;
  for (let i = 0; i < o.length; i++) {
    const segmentStart = i === 0 ? -Infinity : t[i - 1];
    const segmentEnd = i === t.length ? Infinity : t[i];
    if (segmentEnd <= wall - DAY_MS || segmentStart > wall + DAY_MS) continue;
    const instant = wall - o[i] * MINUTE_MS;
    if (instant >= segmentStart && instant < segmentEnd && instant < best) best = instant;
  }
  if (best !== Infinity) return best;
  for (let j = 0; j < t.length; j++) {
    if (o[j] < o[j + 1] && wall >= t[j] + o[j] * MINUTE_MS && wall < t[j] + o[j + 1] * MINUTE_MS) return wall - o[j] * MINUTE_MS;
  }
  return wall - spanOffset(span, wall - DAY_MS) * MINUTE_MS; // not reached with offsets under a day
}

/** True when the span has no offset change in [from, to). */
function steady(span: ZoneSpan, from: number, to: number): boolean {
  for (const transition of span.transitions) if (transition >= from && transition < to) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// calendars and their compiled years
//
// A compiled year keeps its numbers as whole seconds from the year's start, in Int32Arrays: every
// edge is a wall time in whole minutes less an offset in whole seconds (the tz database has nothing
// finer) or the instant of an offset change (whole seconds too), so nothing is lost. (The reference
// computes wall − offset·60000 in floating point, which is that whole number unless the instant is
// within ~100 days of 1970 and the offset a fraction of a minute that is not exact in binary: no zone
// has such an offset then, which test/sla/business-calendar.compiled.test.ts checks.) And a
// compilation's arithmetic stays in small integers, which V8 does not box even before it has
// optimised the code (boxed doubles made the garbage collector the largest cost of a first pass).

/** A validated calendar, grouped: what compilation needs, and its compiled years. */
export interface CalendarRules {
  readonly zone: ZoneOffsets;
  /** Per weekday (0 = Monday): interval starts and ends in minutes of the day; ends may be 1440. */
  readonly fromMinutes: ReadonlyArray<ReadonlyArray<number>>;
  readonly toMinutes: ReadonlyArray<ReadonlyArray<number>>;
  /** Holidays as local-date day numbers (days since 1970-01-01 of the civil date). */
  readonly holidays: ReadonlySet<number>;
  /** The same holidays, sorted. */
  readonly sortedHolidays: readonly number[];
  /** Working intervals a week holds at most (the sum over weekdays), to size a year's buffers. */
  readonly perWeek: number;
  /**
   * The week as wall-clock seconds from Monday 00:00, intervals unioned (so '24:00' chains and
   * touching intervals are one): what a week without holidays or offset changes becomes, shifted.
   */
  readonly weekFrom: Int32Array;
  readonly weekTo: Int32Array;
  /** weekCum[k]: working seconds of the template before its interval k. */
  readonly weekCum: Int32Array;
  /** The template's longest gap between two of its intervals, in seconds. */
  readonly weekGap: number;
  /** Compiled UTC years (entries are evicted through the global LRU, see `chunk`). */
  readonly years: Map<number, YearChunk>;
  /** The chunk used last, tried first. */
  last: YearChunk | undefined;
}

export function calendarRules(
  zone: ZoneOffsets,
  fromMinutes: number[][],
  toMinutes: number[][],
  holidays: ReadonlySet<number>,
): CalendarRules {
  // The week template: every interval as seconds from Monday 00:00 (weekdays in order, each sorted),
  // touching or overlapping ones joined.
  const froms: number[] = [];
  const tos: number[] = [];
  let perWeek = 0;
  for (let wd = 0; wd < 7; wd++) {
    for (let k = 0; k < fromMinutes[wd].length; k++) {
      perWeek++;
      const from = wd * DAY_S + fromMinutes[wd][k] * 60;
      const to = wd * DAY_S + toMinutes[wd][k] * 60;
      const last = tos.length - 1;
      if (last >= 0 && from <= tos[last]) {
        if (to > tos[last]) tos[last] = to;
      } else {
        froms.push(from);
        tos.push(to);
      }
    }
  }
  const m = froms.length;
  const weekFrom = new Int32Array(m);
  const weekTo = new Int32Array(m);
  const weekCum = new Int32Array(m);
  let total = 0;
  let weekGap = 0;
  for (let k = 0; k < m; k++) {
    weekFrom[k] = froms[k];
    weekTo[k] = tos[k];
    weekCum[k] = total;
    total += tos[k] - froms[k];
    if (k > 0 && froms[k] - tos[k - 1] > weekGap) weekGap = froms[k] - tos[k - 1];
  }
  const sortedHolidays = [...holidays].sort((a, b) => a - b);
  return { zone, fromMinutes, toMinutes, holidays, sortedHolidays, perWeek, weekFrom, weekTo, weekCum, weekGap, years: new Map(), last: undefined };
}

/**
 * Working time of one UTC year [start, end): sorted disjoint intervals [starts[i], ends[i]) and prefix
 * sums of their lengths, in whole seconds from `start`.
 */
interface YearChunk {
  start: number;
  end: number;
  n: number;
  starts: Int32Array;
  ends: Int32Array;
  /** cum[i] = working seconds in the chunk before interval i; cum[n] = the chunk's total. */
  cum: Int32Array;
  /** Longest gap between two consecutive intervals of the chunk, in ms (0 with fewer than two). */
  maxGapMs: number;
  year: number;
  owner: CalendarRules;
  lastUsed: number;
}


/** Every cached chunk, for the LRU eviction. */
const chunks = new Set<YearChunk>();
let storedIntervals = 0;
let useClock = 0;

/** Weekday index (0 = Monday) of a day number; 1970-01-01 (day 0) was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function yearStart(year: number): number {
  if (year >= 100) return Date.UTC(year, 0, 1);
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

/** UTC year of `ms` (proleptic Gregorian, as Date#getUTCFullYear), by civil-from-days arithmetic. */
function yearOf(ms: number): number {
  const z = Math.floor(ms / DAY_MS) + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153); // 0 = March … 11 = February
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** The compiled UTC year `year` of the calendar. */
function chunk(cal: CalendarRules, year: number): YearChunk {
  let found = cal.years.get(year);
  if (!found) {
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw new Error('instant out of the supported range');
    found = compileYear(cal, year);
    if (chunks.size >= MAX_CHUNKS || storedIntervals + found.n > MAX_CHUNK_INTERVALS) evict(found.n);
    cal.years.set(year, found);
    chunks.add(found);
    storedIntervals += found.n;
  }
  found.lastUsed = ++useClock;
  cal.last = found;
  return found;
}

/** The compiled year holding instant `ms`. */
function chunkAt(cal: CalendarRules, ms: number): YearChunk {
  const last = cal.last;
  if (last !== undefined && ms >= last.start && ms < last.end) {
    last.lastUsed = ++useClock;
    return last;
  }
  return chunk(cal, yearOf(ms));
}

/** Drops the least recently used half of the chunks (or more, to make room for `incoming` intervals). */
function evict(incoming: number): void {
  const entries = [...chunks].sort((a, b) => a.lastUsed - b.lastUsed);
  let keep = Math.floor(entries.length / 2);
  let kept = 0;
  for (let i = entries.length - keep; i < entries.length; i++) kept += entries[i].n;
  while (keep > 0 && kept + incoming > MAX_CHUNK_INTERVALS / 2) kept -= entries[entries.length - keep--].n;
  for (let i = 0; i < entries.length - keep; i++) {
    const old = entries[i];
    chunks.delete(old);
    old.owner.years.delete(old.year);
    if (old.owner.last === old) old.owner.last = undefined;
  }
  storedIntervals = kept;
}

/**
 * Chunks keep their numbers in views of shared 1 MB blocks: one typed array per chunk made the
 * allocator and GC (off-heap backing stores) cost more than the compilation itself, and plain arrays
 * cost as much again in copying by the young-generation collector. A block lives while a view does.
 */
const BLOCK_INTS = 262_144;
let block = new Int32Array(BLOCK_INTS);
let blockUsed = 0;

/** `size` fresh (zeroed) ints in the current block, or in an array of their own when that large. */
function allocate(size: number): Int32Array {
  if (size > BLOCK_INTS / 8) return new Int32Array(size);
  if (blockUsed + size > BLOCK_INTS) {
    block = new Int32Array(BLOCK_INTS);
    blockUsed = 0;
  }
  const view = block.subarray(blockUsed, blockUsed + size);
  blockUsed += size;
  return view;
}

/**
 * Compiles UTC year `year`: every local date whose working time can reach into it (offsets are under a
 * day, so from 2 days before to 1 day after), edges turned into instants, unioned (touching intervals
 * merge), clipped to the year, with prefix sums, in one pass over the dates. A week from Monday without
 * holidays, offset changes near it or the year's ends is the week template shifted; other weeks go
 * date by date. Dates come in order and each date's intervals are sorted, so instants only come out of
 * order where a spring-forward gap reorders them (London: 01:30–01:59 is 01:30Z–01:59Z, 02:00–02:30 is
 * 01:00Z–01:30Z); then `compileUnordered`.
 */
function compileYear(cal: CalendarRules, year: number): YearChunk {
  const start = yearStart(year);
  const end = yearStart(year + 1);
  const length = (end - start) / 1000;
  const span = zoneSpan(cal.zone, year);
  const changeCount = span.transitions.length;
  // The span's changes and offsets in seconds (from the year's start, and east of UTC).
  const changes = new Int32Array(changeCount);
  for (let i = 0; i < changeCount; i++) changes[i] = (span.transitions[i] - start) / 1000;
  const offsets = new Int32Array(changeCount + 1);
  for (let i = 0; i <= changeCount; i++) offsets[i] = Math.round(span.offsets[i] * 60);
  const firstDay = Math.floor(start / DAY_MS) - 2;
  const lastDay = Math.floor(end / DAY_MS) + 1;
  const capacity = cal.perWeek * (Math.ceil((lastDay - firstDay + 1) / 7) + 1);
  const data = allocate(3 * capacity + 1);
  const starts = data.subarray(0, capacity);
  const ends = data.subarray(capacity, 2 * capacity);
  const cum = data.subarray(2 * capacity);
  const holidays = cal.sortedHolidays;
  const weekFrom = cal.weekFrom;
  const weekTo = cal.weekTo;
  const weekCum = cal.weekCum;
  let n = 0;
  let total = 0;
  let maxGap = 0;
  let lastFrom = -1_000_000_000;
  let p = 0; // first change at or after two days before the current date
  let h = 0; // first holiday on or after the current date
  // `midnight`: the current date's 00:00 as a wall reading, in seconds from the year's start.
  for (let day = firstDay, midnight = -2 * DAY_S, wd = weekdayOf(firstDay); day <= lastDay; ) {
    while (p < changeCount && changes[p] < midnight - 2 * DAY_S) p++;
    while (h < holidays.length && holidays[h] < day) h++;
    const offset = offsets[p];
    if (
      wd === 0 &&
      (h === holidays.length || holidays[h] > day + 6) &&
      (p === changeCount || changes[p] >= midnight + 10 * DAY_S) &&
      midnight >= DAY_S &&
      midnight + 8 * DAY_S <= length
    ) {
      // A plain week: the template shifted, with its prefix sums (no clipping: it lies within a day of
      // the week's dates); only its first interval may join the last one so far (a '24:00' chain).
      const base = midnight - offset;
      let k = 0;
      if (n > 0 && base + weekFrom[0] <= ends[n - 1]) {
        if (base + weekTo[0] > ends[n - 1]) ends[n - 1] = base + weekTo[0];
        k = 1;
      }
      if (k < weekFrom.length) {
        if (n > 0) {
          total += ends[n - 1] - starts[n - 1];
          if (base + weekFrom[k] - ends[n - 1] > maxGap) maxGap = base + weekFrom[k] - ends[n - 1];
        }
        const shift = total - weekCum[k];
        for (; k < weekFrom.length; k++) {
          starts[n] = base + weekFrom[k];
          ends[n] = base + weekTo[k];
          cum[n++] = shift + weekCum[k];
        }
        total = cum[n - 1];
        if (cal.weekGap > maxGap) maxGap = cal.weekGap;
        lastFrom = starts[n - 1];
      }
      day += 7;
      midnight += 7 * DAY_S;
      continue;
    }
    const froms = cal.fromMinutes[wd];
    if (froms.length > 0 && !(h < holidays.length && holidays[h] === day)) {
      const tos = cal.toMinutes[wd];
      // No offset change within a day of any edge: every wall time of the date is read with one offset.
      const steady = p === changeCount || changes[p] >= midnight + 3 * DAY_S;
      for (let k = 0; k < froms.length; k++) {
        // An end of 1440 ('24:00') is the next date's 00:00, so it chains with a 00:00 start without a gap.
        let from: number;
        let to: number;
        if (steady) {
          from = midnight + froms[k] * 60 - offset;
          to = midnight + tos[k] * 60 - offset;
        } else {
          from = (wallInstant(span, start + (midnight + froms[k] * 60) * 1000) - start) / 1000;
          to = (wallInstant(span, start + (midnight + tos[k] * 60) * 1000) - start) / 1000;
        }
        // A start pushed past its end by a gap (01:30–02:00 on a London spring-forward day) leaves nothing.
        if (to <= from) continue;
        if (from < lastFrom) return compileUnordered(cal, year, start, end, span);
        lastFrom = from;
        if (from < 0) from = 0;
        if (to > length) to = length;
        if (to <= from) continue;
        if (n > 0 && from <= ends[n - 1]) {
          if (to > ends[n - 1]) ends[n - 1] = to;
        } else {
          if (n > 0) {
            total += ends[n - 1] - starts[n - 1];
            cum[n] = total;
            if (from - ends[n - 1] > maxGap) maxGap = from - ends[n - 1];
          }
          starts[n] = from;
          ends[n++] = to;
        }
      }
    }
    day++;
    midnight += DAY_S;
    wd = wd === 6 ? 0 : wd + 1;
  }
  if (n > 0) cum[n] = total + (ends[n - 1] - starts[n - 1]);
  return {
    start,
    end,
    n,
    starts: starts.subarray(0, n),
    ends: ends.subarray(0, n),
    cum: cum.subarray(0, n + 1),
    maxGapMs: maxGap * 1000,
    year,
    owner: cal,
    lastUsed: 0,
  };
}

/** compileYear for a year where a gap reorders intervals: all of them, sorted, then the same union. */
function compileUnordered(cal: CalendarRules, year: number, start: number, end: number, span: ZoneSpan): YearChunk {
  const length = (end - start) / 1000;
  const pairs: [number, number][] = [];
  for (let day = Math.floor(start / DAY_MS) - 2; day <= Math.floor(end / DAY_MS) + 1; day++) {
    const wd = weekdayOf(day);
    const froms = cal.fromMinutes[wd];
    if (froms.length === 0 || cal.holidays.has(day)) continue;
    const midnight = day * DAY_MS;
    for (let k = 0; k < froms.length; k++) {
      const from = (wallInstant(span, midnight + froms[k] * MINUTE_MS) - start) / 1000;
      const to = (wallInstant(span, midnight + cal.toMinutes[wd][k] * MINUTE_MS) - start) / 1000;
      if (to > from) pairs.push([Math.max(from, 0), Math.min(to, length)]);
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of pairs) {
    if (to <= from) continue;
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const n = merged.length;
  const data = allocate(3 * n + 1);
  const starts = data.subarray(0, n);
  const ends = data.subarray(n, 2 * n);
  const cum = data.subarray(2 * n);
  let maxGap = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = merged[i][0];
    ends[i] = merged[i][1];
    cum[i + 1] = cum[i] + (ends[i] - starts[i]);
    if (i > 0 && starts[i] - ends[i - 1] > maxGap) maxGap = starts[i] - ends[i - 1];
  }
  return { start, end, n, starts, ends, cum, maxGapMs: maxGap * 1000, year, owner: cal, lastUsed: 0 };
}

/** First interval index whose end is after `ms` ms from the chunk's start (n when none). */
function firstEndingAfter(c: YearChunk, ms: number): number {
  let lo = 0;
  let hi = c.n;
  const ends = c.ends;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid] * 1000 > ms) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Working ms of the chunk before instant `ms` (start ≤ ms ≤ end). */
function workedBefore(c: YearChunk, ms: number): number {
  const at = ms - c.start;
  const i = firstEndingAfter(c, at);
  if (i < c.n && c.starts[i] * 1000 < at) return c.cum[i] * 1000 + (at - c.starts[i] * 1000);
  return c.cum[i] * 1000;
}

/** Day number of the local date of `ms` in the calendar's zone. */
export function localDay(cal: CalendarRules, ms: number): number {
  const span = zoneSpan(cal.zone, yearOf(ms));
  return Math.floor((ms + spanOffset(span, ms) * MINUTE_MS) / DAY_MS);
}

/** The local wall-clock reading of `ms` (written as if it were UTC). */
export function localWall(cal: CalendarRules, ms: number): number {
  return ms + spanOffset(zoneSpan(cal.zone, yearOf(ms)), ms) * MINUTE_MS;
}

/** The instant of wall-clock reading `wall` in the calendar's zone (first occurrence; gap → its length later). */
export function instantOfWall(cal: CalendarRules, wall: number): number {
  return wallInstant(zoneSpan(cal.zone, yearOf(wall)), wall);
}

/** Whether local date `day` has working time (a weekday with intervals, not a holiday, not all in a gap). */
export function hasWork(cal: CalendarRules, day: number): boolean {
  const wd = weekdayOf(day);
  const froms = cal.fromMinutes[wd];
  if (froms.length === 0 || cal.holidays.has(day)) return false;
  const midnight = day * DAY_MS;
  const span = zoneSpan(cal.zone, yearOf(midnight));
  if (steady(span, midnight - 2 * DAY_MS, midnight + 3 * DAY_MS)) return true;
  const tos = cal.toMinutes[wd];
  for (let k = 0; k < froms.length; k++) {
    const from = wallInstant(span, midnight + froms[k] * MINUTE_MS);
    const to = wallInstant(span, midnight + tos[k] * MINUTE_MS); // an end of 1440 is the next date's 00:00
    if (to > from) return true;
  }
  return false;
}

/**
 * The day walk's "never open" rule: walking local dates from `firstDay` through `lastDay`, more than
 * MAX_DAYS_WITHOUT_WORK consecutive dates without working time throw `message()`.
 */
function checkEmptyRun(cal: CalendarRules, firstDay: number, lastDay: number, message: () => string): void {
  let empty = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    if (hasWork(cal, day)) empty = 0;
    else if (++empty > MAX_DAYS_WITHOUT_WORK) throw new Error(message());
  }
}

const noWorkingTime = (after: number) => () =>
  `calendar has no working time in the ${MAX_DAYS_WITHOUT_WORK} days after ${new Date(after).toISOString()}`;

/**
 * The day walk only threw inside a long stretch without working time: walk that stretch's dates, from
 * the date of the last working time counted (its interval's date is at most 2 before) or from the
 * walk's first date (the day before startMs's), to the date after `until`.
 */
function checkLongGap(cal: CalendarRules, startMs: number, cursor: number, until: number, reportStart: boolean): void {
  const firstDay = localDay(cal, startMs) - 1;
  const from = cursor === startMs ? firstDay : Math.max(firstDay, localDay(cal, cursor) - 2);
  checkEmptyRun(cal, from, localDay(cal, until) + 1, noWorkingTime(reportStart ? startMs : cursor));
}

/**
 * The instant by which `amount` working ms have elapsed from `startMs` (amount > 0: the end of the
 * interval when it runs out exactly at closing; amount 0: the first working instant at or after startMs).
 * Throws, like the day walk, when more than MAX_DAYS_WITHOUT_WORK consecutive local dates without working
 * time (counted from the day before startMs's local date) come first; `reportStart` names the instant in
 * that message: the start itself, or else the end of the last working time counted.
 */
export function addWorking(cal: CalendarRules, startMs: number, amount: number, reportStart: boolean): number {
  // The usual case first: the answer in the year of the start, no long gap on the way.
  const c = chunkAt(cal, startMs);
  const i = firstEndingAfter(c, startMs - c.start);
  if (i < c.n && c.maxGapMs <= LONG_GAP_MS) {
    const s = c.start + c.starts[i] * 1000;
    if (s - startMs <= LONG_GAP_MS) {
      const from = s > startMs ? s : startMs;
      const cum = c.cum;
      const target = cum[i] * 1000 + (from - s) + amount;
      if (target <= cum[c.n] * 1000) return answerIn(c, i, from, amount, target);
    }
  }
  return addWorkingAcross(cal, startMs, amount, reportStart);
}

/** The answer in chunk c, from interval i on: the first interval j >= i with cum[j + 1] >= target. */
function answerIn(c: YearChunk, i: number, from: number, amount: number, target: number): number {
  const cum = c.cum;
  let lo = i;
  let hi = c.n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid + 1] * 1000 >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo === i ? from + amount : c.start + c.starts[lo] * 1000 + (target - cum[lo] * 1000);
}

/** addWorking year by year, looking at long gaps on the way. */
function addWorkingAcross(cal: CalendarRules, startMs: number, amount: number, reportStart: boolean): number {
  let c = chunkAt(cal, startMs);
  let i = firstEndingAfter(c, startMs - c.start);
  let cursor = startMs; // the end of the working time counted so far, or the start
  let remaining = amount;
  let checkedFrom = NaN;
  let checkedUntil = NaN;
  for (;;) {
    if (i >= c.n) {
      if (c.end - cursor > 2 * LONG_GAP_MS && !(checkedFrom === cursor && c.end <= checkedUntil)) {
        checkLongGap(cal, startMs, cursor, c.end, reportStart);
        checkedFrom = cursor;
        checkedUntil = c.end;
      }
      c = chunk(cal, c.year + 1);
      i = 0;
      continue;
    }
    const s = c.start + c.starts[i] * 1000;
    if (s - cursor > LONG_GAP_MS && !(checkedFrom === cursor && s <= checkedUntil)) {
      checkLongGap(cal, startMs, cursor, s, reportStart);
      checkedFrom = cursor;
      checkedUntil = s;
    }
    const from = s > cursor ? s : cursor;
    if (c.maxGapMs > LONG_GAP_MS) {
      // A chunk with a long gap inside: interval by interval, so each gap is looked at in turn.
      const e = c.start + c.ends[i] * 1000;
      const available = e - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
      cursor = e;
      i++;
      continue;
    }
    const cum = c.cum;
    const target = cum[i] * 1000 + (from - s) + remaining; // working ms of the chunk before the answer
    const total = cum[c.n] * 1000;
    if (target <= total) return answerIn(c, i, from, remaining, target);
    remaining = target - total;
    cursor = c.start + c.ends[c.n - 1] * 1000;
    i = c.n;
  }
}

/** Working ms in [fromMs, toMs), fromMs < toMs: a difference of prefix sums, year by year. */
export function workedBetween(cal: CalendarRules, fromMs: number, toMs: number): number {
  const first = chunkAt(cal, fromMs);
  if (toMs < first.end) return workedBefore(first, toMs) - workedBefore(first, fromMs);
  let total = first.cum[first.n] * 1000 - workedBefore(first, fromMs);
  const toYear = yearOf(toMs);
  for (let year = first.year + 1; year < toYear; year++) {
    const c = chunk(cal, year);
    total += c.cum[c.n] * 1000;
  }
  return total + workedBefore(chunk(cal, toYear), toMs);
}
