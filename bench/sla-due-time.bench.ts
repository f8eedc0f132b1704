/**
 * Benchmark: SLA due-time module vs the minute-stepping reference, on the same 10,000 seeded random cases.
 * Prints computations per second of each, the ratio, and the number of differing results (must be 0;
 * the process exits 1 otherwise). The module as it was before issue 23 (bench/sla-legacy-calendar.ts,
 * the day walk over luxon) is timed on the same cases in the same run, for the before/after figure.
 *
 * The first pass of each module starts with empty caches (the compiled calendars fill them), but after
 * ICU's start-up: the first Intl.DateTimeFormat of a process costs 60–140 ms on this machine whoever
 * makes it (luxon, the module, a logger; the server pays it at start), so it is made, timed and
 * printed once before the timed passes instead of being charged to whichever pass comes first.
 *
 * bench/ is compiled with the project (tsconfig.json includes bench/**); `npm run bench` runs it as B4.
 * Alone:
 *
 *   npm run build && node dist/bench/sla-due-time.bench.js [cases] [seed]
 *
 * With BENCH_JSON=1 it also prints one line `BENCH_JSON {...}` with the figures (bench/run.ts reads it).
 */
import fs from 'node:fs';
import {
  addWorkingMinutes,
  workingMinutesBetween,
  type CalendarSpec,
  type Weekday,
  type WorkingHoursSpec,
} from '../src/modules/sla/business-calendar';
import { legacyAddWorkingMinutes, legacyWorkingMinutesBetween } from './sla-legacy-calendar';
import { referenceAddWorkingMinutes, referenceWorkingMinutesBetween } from './sla-reference';

const MINUTE_MS = 60_000;
const CASES = Number(process.argv[2] ?? 10_000);
const SEED = Number(process.argv[3] ?? 20260329);
const CALENDAR_POOL = 100; // tenants share calendars, as in production
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'Pacific/Auckland', 'Asia/Tokyo'];
const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const RANGE_START = Date.parse('2025-01-01T00:00:00Z');
const RANGE_END = Date.parse('2027-12-31T00:00:00Z');

/** mulberry32: tiny deterministic PRNG so every run sees the same cases. */
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

const random = prng(SEED);
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)];
const clock = (m: number): string => (m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

function randomCalendar(): CalendarSpec {
  const alwaysOpen = random() < 0.05;
  const workingHours: WorkingHoursSpec[] = [];
  if (random() < 0.5) {
    // Office hours, sometimes with lunch.
    const [from, to] = [int(6, 10) * 60, int(15, 19) * 60];
    for (const day of WEEKDAYS.slice(0, 5)) {
      if (random() < 0.3) workingHours.push({ day, from: clock(from), to: '12:00' }, { day, from: '13:00', to: clock(to) });
      else workingHours.push({ day, from: clock(from), to: clock(to) });
    }
  } else {
    // Arbitrary 1–3 intervals on random days, sometimes ending at 24:00 or starting at 00:00.
    for (const day of WEEKDAYS) {
      if (random() < 0.4) continue;
      const edges = new Set<number>();
      const count = 2 * int(1, 3);
      while (edges.size < count) edges.add(random() < 0.2 ? pick([0, 60, 120, 1440]) : int(0, 1440));
      const sorted = [...edges].sort((a, b) => a - b);
      for (let i = 0; i < sorted.length; i += 2) workingHours.push({ day, from: clock(sorted[i]), to: clock(sorted[i + 1]) });
    }
    if (workingHours.length === 0) workingHours.push({ day: 'WEDNESDAY', from: '09:00', to: '17:00' });
  }
  const holidays = Array.from({ length: int(0, 30) }, () => new Date(int(RANGE_START, RANGE_END)).toISOString().slice(0, 10));
  return { timeZone: pick(ZONES), alwaysOpen, workingHours, holidays };
}

function weeklyMinutes(cal: CalendarSpec): number {
  const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  return cal.workingHours.reduce((sum, w) => sum + m(w.to) - m(w.from), 0);
}

interface Case {
  cal: CalendarSpec;
  start: Date;
  minutes: number;
  end: Date;
}

const pool = Array.from({ length: CALENDAR_POOL }, randomCalendar);
const cases: Case[] = Array.from({ length: CASES }, () => {
  const cal = pick(pool);
  const start = new Date(Math.floor(int(RANGE_START, RANGE_END) / MINUTE_MS) * MINUTE_MS);
  const target = int(0, 3000);
  // Same bound as the property test: keep the reference's stepping to ~4 weeks of nominal working time.
  const minutes = cal.alwaysOpen ? target : target % (4 * weeklyMinutes(cal) + 1);
  const end = new Date(start.getTime() + int(0, 14 * 1440) * MINUTE_MS);
  return { cal, start, minutes, end };
});

/**
 * CPU time of this (the main) thread in seconds, from /proc/thread-self/schedstat: unlike wall time it
 * does not count waiting for a core on a shared machine, nor V8's compiler threads. undefined off Linux.
 */
function threadCpuSeconds(): number | undefined {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return undefined;
  }
}

function timed<T>(fn: () => T): { result: T; seconds: number; cpuSeconds: number | undefined } {
  const cpu = threadCpuSeconds();
  const started = process.hrtime.bigint();
  const result = fn();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = threadCpuSeconds();
  return { result, seconds, cpuSeconds: cpu === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpu };
}

const rate = (n: number, seconds: number): string => `${Math.round(n / seconds).toLocaleString('en-US')} ops/s`;

const icu = timed(() => new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0));

const moduleCold = timed(() => cases.map((c) => addWorkingMinutes(c.cal, c.start, c.minutes).getTime()));
const moduleWarm = timed(() => cases.map((c) => addWorkingMinutes(c.cal, c.start, c.minutes).getTime()));
const reference = timed(() => cases.map((c) => referenceAddWorkingMinutes(c.cal, c.start, c.minutes).getTime()));
const legacyCold = timed(() => cases.map((c) => legacyAddWorkingMinutes(c.cal, c.start, c.minutes).getTime()));
const legacyWarm = timed(() => cases.map((c) => legacyAddWorkingMinutes(c.cal, c.start, c.minutes).getTime()));
const addDiffs = cases.filter((_, i) => moduleCold.result[i] !== reference.result[i] || moduleWarm.result[i] !== reference.result[i]).length;
const legacyAddDiffs = cases.filter((_, i) => legacyCold.result[i] !== reference.result[i] || legacyWarm.result[i] !== reference.result[i]).length;

const betweenModule = timed(() => cases.map((c) => workingMinutesBetween(c.cal, c.start, c.end)));
const betweenReference = timed(() => cases.map((c) => referenceWorkingMinutesBetween(c.cal, c.start, c.end)));
const betweenLegacy = timed(() => cases.map((c) => legacyWorkingMinutesBetween(c.cal, c.start, c.end)));
const betweenDiffs = cases.filter((_, i) => betweenModule.result[i] !== betweenReference.result[i]).length;
const legacyBetweenDiffs = cases.filter((_, i) => betweenLegacy.result[i] !== betweenReference.result[i]).length;

const ratio = (baseline: { seconds: number }, measured: { seconds: number }): string => `${(baseline.seconds / measured.seconds).toFixed(1)}x`;

console.log(`SLA due-time benchmark: ${CASES} cases, seed ${SEED}, ${CALENDAR_POOL} calendars, targets 0–3000 working minutes`);
console.log(`ICU start-up (first Intl.DateTimeFormat of the process, before the timed passes): ${(icu.seconds * 1000).toFixed(1)} ms`);
console.log('addWorkingMinutes');
console.log(`  module (first pass, caches filling): ${rate(CASES, moduleCold.seconds)}`);
console.log(`  module (second pass, warm caches):   ${rate(CASES, moduleWarm.seconds)}`);
console.log(`  minute-stepping reference:           ${rate(CASES, reference.seconds)}`);
console.log(`  ratio module/reference:              ${ratio(reference, moduleCold)} (first pass), ${ratio(reference, moduleWarm)} (warm)`);
console.log(`  differing results:                   ${addDiffs}`);
console.log(`  before issue 23 (day walk, luxon):   ${rate(CASES, legacyCold.seconds)} first pass, ${rate(CASES, legacyWarm.seconds)} warm`);
console.log(`  ratio before/reference:              ${ratio(reference, legacyCold)} (first pass), ${ratio(reference, legacyWarm)} (warm); differing results ${legacyAddDiffs}`);
const cpuRatio = (baseline: { cpuSeconds?: number }, measured: { cpuSeconds?: number }): string =>
  baseline.cpuSeconds === undefined || measured.cpuSeconds === undefined ? '–' : `${(baseline.cpuSeconds / measured.cpuSeconds).toFixed(1)}x`;
const cpuMs = (t: { cpuSeconds?: number }): string => (t.cpuSeconds === undefined ? '–' : `${(t.cpuSeconds * 1000).toFixed(1)} ms`);
console.log(`  main-thread CPU time:                module ${cpuMs(moduleCold)} first pass, ${cpuMs(moduleWarm)} warm; reference ${cpuMs(reference)}; before ${cpuMs(legacyCold)} first pass`);
console.log(`  ratio by CPU time:                   module/reference ${cpuRatio(reference, moduleCold)} (first pass), ${cpuRatio(reference, moduleWarm)} (warm); before/reference ${cpuRatio(reference, legacyCold)} (first pass)`);
console.log('workingMinutesBetween (spans 0–14 days)');
console.log(`  module:                              ${rate(CASES, betweenModule.seconds)}`);
console.log(`  minute-stepping reference:           ${rate(CASES, betweenReference.seconds)}`);
console.log(`  ratio module/reference:              ${ratio(betweenReference, betweenModule)}`);
console.log(`  differing results:                   ${betweenDiffs}`);
console.log(`  before issue 23 (day walk, luxon):   ${rate(CASES, betweenLegacy.seconds)}, ratio ${ratio(betweenReference, betweenLegacy)}; differing results ${legacyBetweenDiffs}`);

if (process.env.BENCH_JSON === '1') {
  const perSecond = (seconds: number) => Math.round(CASES / seconds);
  console.log(
    `BENCH_JSON ${JSON.stringify({
      cases: CASES,
      seed: SEED,
      calendars: CALENDAR_POOL,
      icuStartupMs: Math.round(icu.seconds * 1e4) / 10,
      add: {
        moduleColdPerSecond: perSecond(moduleCold.seconds),
        moduleWarmPerSecond: perSecond(moduleWarm.seconds),
        referencePerSecond: perSecond(reference.seconds),
        differences: addDiffs,
        legacyColdPerSecond: perSecond(legacyCold.seconds),
        legacyWarmPerSecond: perSecond(legacyWarm.seconds),
        legacyDifferences: legacyAddDiffs,
        cpuMs: {
          moduleCold: moduleCold.cpuSeconds === undefined ? null : Math.round(moduleCold.cpuSeconds * 1e4) / 10,
          moduleWarm: moduleWarm.cpuSeconds === undefined ? null : Math.round(moduleWarm.cpuSeconds * 1e4) / 10,
          reference: reference.cpuSeconds === undefined ? null : Math.round(reference.cpuSeconds * 1e4) / 10,
          legacyCold: legacyCold.cpuSeconds === undefined ? null : Math.round(legacyCold.cpuSeconds * 1e4) / 10,
        },
      },
      between: {
        modulePerSecond: perSecond(betweenModule.seconds),
        referencePerSecond: perSecond(betweenReference.seconds),
        differences: betweenDiffs,
        legacyPerSecond: perSecond(betweenLegacy.seconds),
        legacyDifferences: legacyBetweenDiffs,
      },
    })}`,
  );
}

if (addDiffs + betweenDiffs > 0) process.exitCode = 1;
