/**
 * B1 submit throughput: `submitRequest` over HTTP from 16 concurrent keep-alive clients,
 * beside a raw `pg` transaction writing the same rows at the same concurrency.
 */
import { addWorkingMinutes, type CalendarSpec } from '../src/modules/sla/business-calendar';
import { gql } from './lib/http';
import { benchPool, createDatabase } from './lib/postgres';
import type { BenchContext, BenchOutcome } from './lib/report';
import { countRows, rowsPer } from './lib/rows';
import { startCrossdesk } from './lib/server';
import { now, percentile, round } from './lib/stats';
import { buildWorld, SUBMIT, submitInput, type World } from './lib/world';

const CLIENTS = 16;
const MEMBERS = 10;
const ENGINEERS = 2; // 20 engineers: each client submits with a token of its own
/** The server's DB_POOL_SIZE default; the baseline gets the same number of connections. */
const POOL_SIZE = 10;
/** src/modules/events/event-log.service.ts: the transaction-scoped lock of the event log. */
const EVENT_LOG_LOCK = 0x63646b01;

interface LoopResult {
  measured: number;
  total: number;
  errors: number;
  firstError?: string;
  seconds: number;
  rate: number;
  latencyMs: { p50: number; p99: number };
}

/**
 * `workers` callers each running `op` back to back for warm-up + measure; only completions
 * inside the measuring window count. No new call starts after the window closes.
 */
async function closedLoop(workers: number, warmupMs: number, measureMs: number, op: (worker: number, seq: number) => Promise<void>): Promise<LoopResult> {
  const start = now();
  const from = start + warmupMs;
  const to = from + measureMs;
  let measured = 0;
  let total = 0;
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let seq = 0; now() < to; seq++) {
        const t0 = now();
        try {
          await op(w, seq);
          const t1 = now();
          total++;
          if (t1 >= from && t1 <= to) {
            measured++;
            latencies.push(t1 - t0);
          }
        } catch (err) {
          errors++;
          firstError ??= String(err).slice(0, 500);
          if (errors > 100) throw new Error(`too many errors; first: ${firstError}`);
        }
      }
    }),
  );
  const seconds = measureMs / 1000;
  return { measured, total, errors, firstError, seconds, rate: measured / seconds, latencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)) } };
}

/** Who submits what: client i is an engineer of member i % 10, submitting to the next member's department. */
function route(world: World, client: number) {
  const from = world.members[client % world.members.length];
  const engineer = from.engineers[Math.floor(client / world.members.length) % from.engineers.length];
  const to = world.members[(client + 1) % world.members.length];
  return { from, engineer, to };
}

/**
 * The baseline: one hand-written transaction per submission writing what the server writes
 * (the request row; when the SLA tables exist, its response clock and two timers; the
 * REQUEST_SUBMITTED event under the event log's lock), then the same NOTIFY after commit.
 * Values are those the server would write; the due times come from the same SLA module.
 */
async function rawSubmitter(url: string, world: World) {
  const pool = benchPool(url, POOL_SIZE);
  const q = async <T = any>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[];
  const sla = (await q(`SELECT to_regclass('public.sla_clock') IS NOT NULL AND to_regclass('public.sla_timer') IS NOT NULL AS present`))[0].present as boolean;
  const [group] = await q(`SELECT id, sla_policy, calendar FROM partner_group WHERE id = $1`, [world.groupId]);
  const versions = new Map<string, { id: string; version: number }>();
  for (const m of world.members) {
    const [v] = await q(`SELECT v.id, v.version FROM process_form_version v JOIN process_form f ON f.id = v.form_id AND v.version = f.version WHERE f.id = $1`, [m.formId]);
    versions.set(m.id, v);
  }
  const calendar = group.calendar as CalendarSpec;
  const target = (group.sla_policy.targets as Array<{ priority: string; responseMinutes: number; updateEveryMinutes?: number | null }>).find((t) => t.priority === 'P2')!;
  const terms = { calendar, atRiskRatio: group.sla_policy.atRiskRatio as number, responseMinutes: target.responseMinutes, updateEveryMinutes: target.updateEveryMinutes ?? null };

  const submit = async (client: number, n: number) => {
    const { from, engineer, to } = route(world, client);
    const input = submitInput(to.departmentId, n);
    const version = versions.get(to.id)!;
    const at = new Date();
    const c = await pool.connect();
    let seq: string;
    try {
      await c.query('BEGIN');
      const [request] = (
        await c.query(
          `INSERT INTO collaboration_request (group_id, from_member_id, to_member_id, department_id, form_version_id, priority, critical, summary, data, customer,
             business_impact, requester_case_number, receiver_case_number, status, status_before_information, first_responded_at, submitted_by_id,
             requester_assignee_id, receiver_assignee_id, created_at, updated_at, closed_at)
           VALUES ($1, $2, $3, $4, $5, $6, false, $7, $8, $9, NULL, $10, NULL, 'OPEN', NULL, NULL, $11, $11, NULL, $12, $12, NULL) RETURNING id`,
          [world.groupId, from.id, to.id, to.departmentId, version.id, input.priority, input.summary, input.data, input.customer, input.requesterCaseNumber, engineer.id, at],
        )
      ).rows;
      if (sla) {
        const dueAt = addWorkingMinutes(calendar, at, terms.responseMinutes);
        const atRiskAt = addWorkingMinutes(calendar, at, terms.responseMinutes * terms.atRiskRatio);
        const [clock] = (
          await c.query(
            `INSERT INTO sla_clock (request_id, kind, cycle, state, target_minutes, terms, started_at, at_risk_at, due_at, stopped_at, elapsed_minutes)
             VALUES ($1, 'RESPONSE', 1, 'ON_TRACK', $2, $3, $4, $5, $6, NULL, NULL) RETURNING id`,
            [request.id, terms.responseMinutes, terms, at, atRiskAt, dueAt],
          )
        ).rows;
        await c.query(`INSERT INTO sla_timer (clock_id, kind, fire_at, fired_at, outcome) VALUES ($1, 'AT_RISK', $2, NULL, NULL), ($1, 'BREACH', $3, NULL, NULL)`, [
          clock.id,
          atRiskAt,
          new Date(dueAt.getTime() + 1),
        ]);
      }
      await c.query('SELECT pg_advisory_xact_lock($1)', [EVENT_LOG_LOCK]);
      const [event] = (
        await c.query(
          `INSERT INTO request_event (request_id, type, critical, from_member_id, to_member_id, only_member_id, actor_user_id, actor_member_id, detail, at)
           VALUES ($1, 'REQUEST_SUBMITTED', false, $2, $3, NULL, $4, $2, $5, $6) RETURNING seq`,
          [request.id, from.id, to.id, engineer.id, { priority: input.priority, formVersion: version.version }, at],
        )
      ).rows;
      seq = String(event.seq);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
    await pool.query('SELECT pg_notify($1, $2)', ['crossdesk_events', seq]);
  };
  return { submit, sla, close: () => pool.end() };
}

export async function runB1(ctx: BenchContext): Promise<BenchOutcome> {
  const warmupMs = ctx.quick ? 1_000 : 3_000;
  const measureMs = ctx.quick ? 4_000 : 20_000;
  const db = await createDatabase(ctx.pg.adminUrl, 'b1');
  try {
    const server = await startCrossdesk({ databaseUrl: db.url });
    let api: LoopResult;
    let keyed: LoopResult;
    let world: World;
    let apiRows: Record<string, number>;
    try {
      world = await buildWorld(server.url, { members: MEMBERS, engineers: ENGINEERS });
      ctx.log(`B1: ${CLIENTS} clients submitting over HTTP for ${warmupMs / 1000}+${measureMs / 1000} s`);
      const before = await countRows(db.url);
      api = await closedLoop(CLIENTS, warmupMs, measureMs, async (client, n) => {
        const { engineer, to } = route(world, client);
        const res = await gql(server.url, SUBMIT, { input: submitInput(to.departmentId, n) }, engineer.token);
        if (res.errors?.length || !res.data?.submitRequest?.request?.id) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.errors)}`);
      });
      apiRows = rowsPer(before, await countRows(db.url), api.total);
      // B1k: the same with an idempotency key on every submit (each a new key: the write path a retry-safe partner system takes)
      ctx.log(`B1k: the same, each submit with an idempotency key`);
      keyed = await closedLoop(CLIENTS, warmupMs, measureMs, async (client, n) => {
        const { engineer, to } = route(world, client);
        const res = await gql(server.url, SUBMIT, { input: { ...submitInput(to.departmentId, n), idempotencyKey: `b1k-${client}-${n}-${Date.now()}` } }, engineer.token);
        if (res.errors?.length || !res.data?.submitRequest?.request?.id) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.errors)}`);
      });
    } finally {
      await server.stop(); // nothing else reads the log while the baseline runs
    }

    ctx.log(`B1: baseline, raw pg transactions from ${CLIENTS} workers on a pool of ${POOL_SIZE}`);
    const raw = await rawSubmitter(db.url, world);
    let base: LoopResult;
    let rawRows: Record<string, number>;
    try {
      const before = await countRows(db.url);
      base = await closedLoop(CLIENTS, warmupMs, measureMs, (client, n) => raw.submit(client, n));
      rawRows = rowsPer(before, await countRows(db.url), base.total);
    } finally {
      await raw.close();
    }
    const rowsMatch = JSON.stringify(apiRows) === JSON.stringify(rawRows);
    if (!rowsMatch) ctx.log(`B1: WARNING the baseline does not write what the server writes: server ${JSON.stringify(apiRows)}, baseline ${JSON.stringify(rawRows)}`);
    const ratio = base.rate ? api.rate / base.rate : null;
    return {
      figures: [
        {
          id: 'B1',
          name: `submitRequest throughput, ${CLIENTS} clients`,
          value: round(api.rate, 1),
          unit: 'req/s',
          baselineName: 'raw pg transaction, same rows',
          baseline: round(base.rate, 1),
          ratioLabel: 'crossdesk / raw',
          ratio: ratio === null ? null : round(ratio, 3),
          target: '≥ 0.5',
          met: ctx.quick || ratio === null ? null : ratio >= 0.5,
          note: rowsMatch ? `rows per submit ${JSON.stringify(apiRows)} (same in both)` : `ROWS DIFFER: server ${JSON.stringify(apiRows)}, baseline ${JSON.stringify(rawRows)}`,
        },
        {
          id: 'B1k',
          name: `submitRequest throughput with an idempotency key, ${CLIENTS} clients`,
          value: round(keyed!.rate, 1),
          unit: 'req/s',
          baselineName: 'B1: the same submits without a key, same server, run just before',
          baseline: round(api.rate, 1),
          ratioLabel: 'with key / without',
          ratio: api.rate ? round(keyed!.rate / api.rate, 3) : null,
          target: '≥ 0.9',
          met: ctx.quick || !api.rate ? null : keyed!.rate / api.rate >= 0.9,
        },
      ],
      details: {
        clients: CLIENTS,
        keyed: keyed!,
        warmupSeconds: warmupMs / 1000,
        measureSeconds: measureMs / 1000,
        poolSize: POOL_SIZE,
        crossdesk: api,
        raw: base,
        rowsPerSubmit: { crossdesk: apiRows, raw: rawRows, match: rowsMatch },
        slaTablesWritten: raw.sla,
        baselineStatements: `BEGIN; INSERT collaboration_request; ${raw.sla ? 'INSERT sla_clock; INSERT sla_timer (2 rows); ' : ''}SELECT pg_advisory_xact_lock; INSERT request_event; COMMIT; then SELECT pg_notify`,
      },
    };
  } finally {
    await db.drop();
  }
}
