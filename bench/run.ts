/**
 * `npm run bench [-- --quick] [--only B1,B3] [--scale]`: every benchmark of issue 9 on PostgreSQL,
 * each figure beside a baseline measured in the same run. Writes bench/results/<date>.json
 * (the latest full and latest quick run of the day) and prints a Markdown table.
 *
 * PostgreSQL: BENCH_DATABASE_URL when set, else a throw-away PostgreSQL 15 cluster started
 * like .ci/run does (stopped at the end, on error and on ctrl-c). Each benchmark creates a
 * database of its own. Crossdesk runs as a child process (node dist/src/main.js) so that the
 * load generator does not share its event loop.
 *
 * --quick: a smoke run (< ~90 s on 2 cores) with small sizes; it asserts nothing about speed.
 * B2x: B2's push latency with 100 subscribers on one instance vs spread over two sharing the database.
 * B7: webhook delivery latency to a local receiver beside subscription push latency, same events, same run.
 * B8: the console in headless Chromium: first load of 100 inbound rows beside static HTML, gzipped JS, push-to-row latency.
 * --scale: also B6 (1,000,000 requests seeded with SQL beside 10,000); not part of the default run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runB1 } from './b1-submit';
import { runB2 } from './b2-push';
import { runB2x } from './b2x-instances';
import { runB3 } from './b3-list';
import { runB5 } from './b5-cold-start';
import { runB6 } from './b6-scale';
import { runB7 } from './b7-webhooks';
import { runB8 } from './b8-console';
import { installSignalHandlers, runCleanups } from './lib/cleanup';
import { closeHttpAgent } from './lib/http';
import { startPostgres } from './lib/postgres';
import type { BenchContext, BenchOutcome, Figure } from './lib/report';
import { round } from './lib/stats';

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
/** B6 (1,000,000 stored requests, several minutes of seeding) runs only with --scale. */
const scale = args.includes('--scale');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : args[args.indexOf(onlyArg) + 1]).toUpperCase().split(',') : undefined;

const started = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);

/** B4 runs the colleague's script unchanged in its own process and reads its JSON summary. */
async function runB4(ctx: BenchContext): Promise<BenchOutcome> {
  const cases = ctx.quick ? 1_000 : 10_000;
  const script = path.join(__dirname, 'sla-due-time.bench.js');
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [script, String(cases)], { env: { ...process.env, BENCH_JSON: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`sla-due-time.bench exited with ${code} (differences?):\n${out}`))));
  });
  const line = output.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`no JSON summary from sla-due-time.bench:\n${output}`);
  const r = JSON.parse(line.slice('BENCH_JSON '.length));
  const diffs = r.add.differences + r.between.differences;
  return {
    figures: [
      {
        id: 'B4',
        name: `addWorkingMinutes, ${r.cases} cases (first pass)`,
        value: r.add.moduleColdPerSecond,
        unit: 'ops/s',
        baselineName: 'minute-stepping reference',
        baseline: r.add.referencePerSecond,
        ratioLabel: 'module / reference',
        ratio: round(r.add.moduleColdPerSecond / r.add.referencePerSecond, 1),
        target: 'differences = 0',
        met: diffs === 0,
        note: `warm caches ${r.add.moduleWarmPerSecond} ops/s; before issue 23 ${r.add.legacyColdPerSecond} ops/s first pass; main-thread CPU ms module ${r.add.cpuMs?.moduleCold} / reference ${r.add.cpuMs?.reference}; differences ${r.add.differences}`,
      },
      {
        id: 'B4',
        name: `workingMinutesBetween, ${r.cases} cases`,
        value: r.between.modulePerSecond,
        unit: 'ops/s',
        baselineName: 'minute-stepping reference',
        baseline: r.between.referencePerSecond,
        ratioLabel: 'module / reference',
        ratio: round(r.between.modulePerSecond / r.between.referencePerSecond, 1),
        target: 'differences = 0',
        met: diffs === 0,
        note: `differences ${r.between.differences}`,
      },
    ],
    details: r,
  };
}

const BENCHMARKS: Array<[string, (ctx: BenchContext) => Promise<BenchOutcome>]> = [
  ['B1', runB1],
  ['B2', runB2],
  ['B2X', runB2x],
  ['B3', runB3],
  ['B4', runB4],
  ['B5', runB5],
  ['B6', runB6],
  ['B7', runB7],
  ['B8', runB8],
];

function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return Math.abs(n) >= 1000 ? Math.round(n).toLocaleString('en-US') : String(n);
}

function table(figures: Figure[]): string {
  const lines = [
    '| # | figure | Crossdesk | baseline | ratio | target |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const f of figures) {
    const value = f.value === null ? 'failed' : `${fmt(f.value)} ${f.unit}`;
    const baseline = f.baseline === null ? '–' : `${fmt(f.baseline)} ${f.unit} (${f.baselineName})`;
    const ratio = f.ratio === null || f.ratio === undefined ? '–' : `${fmt(f.ratio)} (${f.ratioLabel})`;
    const target = f.target ? `${f.target}${f.met === true ? ' ✔' : f.met === false ? ' ✘' : ''}` : '–';
    lines.push(`| ${f.id} | ${f.name} | ${value} | ${baseline} | ${ratio} | ${target} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  installSignalHandlers();
  const dist = path.join(ROOT, 'dist', 'src', 'main.js');
  if (!fs.existsSync(dist)) throw new Error('dist/src/main.js is missing: run `npm run build` (npm run bench does)');
  log(`Crossdesk benchmarks, ${quick ? 'QUICK smoke run (asserts nothing about speed)' : 'full run'}; ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const pg = await startPostgres();
  log(`PostgreSQL ${pg.version}: ${pg.source}`);
  const ctx: BenchContext = { quick, pg, log };
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  const failures: string[] = [];
  const loadBefore = os.loadavg();
  try {
    for (const [id, run] of BENCHMARKS) {
      if (only && !only.includes(id)) continue;
      if (id === 'B6' && !scale) continue;
      const t0 = Date.now();
      log(`${id}: start`);
      try {
        const outcome = await run(ctx);
        figures.push(...outcome.figures);
        details[id] = { ...outcome.details, wallSeconds: round((Date.now() - t0) / 1000, 1), loadAverageAfter: os.loadavg().map((l) => round(l, 2)) };
        for (const f of outcome.figures) log(`${f.id}: ${f.name}: ${fmt(f.value)} ${f.unit} | ${f.baselineName}: ${fmt(f.baseline)} ${f.unit}${f.ratio != null ? ` | ${f.ratioLabel} ${fmt(f.ratio)}` : ''}`);
      } catch (err) {
        failures.push(`${id}: ${err instanceof Error ? err.message : String(err)}`);
        log(`${id}: FAILED ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        details[id] = { error: String(err) };
      }
      log(`${id}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await pg.stop();
  }

  const date = new Date().toISOString().slice(0, 10);
  const file = path.join(ROOT, 'bench', 'results', `${date}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // first run of the day
  }
  const run = {
    finishedAt: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    only: only ?? null,
    wallSeconds: round((Date.now() - started) / 1000, 1),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version, loadAverageBefore: loadBefore.map((l) => round(l, 2)), loadAverageAfter: os.loadavg().map((l) => round(l, 2)) },
    postgres: { version: pg.version, source: pg.source, settings: pg.settings },
    figures,
    failures,
    details,
  };
  // One file per day: the latest full run and the latest quick run, so a smoke run never hides the
  // full figures; a run with --scale goes under "scale", one of some benchmarks only (--only) under "partial".
  const key = scale ? 'scale' : only ? 'partial' : run.mode;
  fs.writeFileSync(file, `${JSON.stringify({ ...existing, date, [key]: run }, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(ROOT, file)} ("${key}")\n`);
  console.log(table(figures));
  if (failures.length) {
    console.log(`\n${failures.length} benchmark(s) failed:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  }
  if (figures.some((f) => (f.id === 'B4' || f.id === 'B2x' || f.id === 'B7') && f.met === false)) process.exitCode = 1; // correctness (B4 differences, B2x exactly-once), not speed
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await runCleanups();
    closeHttpAgent();
  });
