/**
 * B3 list query: `inboundRequests(first: 100)` with department, form, members, assignees and
 * SLA clocks, timed per query over HTTP (median of K), beside one hand-written SQL statement
 * returning the same JSON (checked equal), run with `pg`. Statements per query are counted
 * with the server's StatementCounter at 10 and 100 rows.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Pool } from 'pg';
import { gql, ok } from './lib/http';
import { benchPool, createDatabase } from './lib/postgres';
import type { BenchContext, BenchOutcome } from './lib/report';
import { COUNTING_JS, startCrossdesk, type CrossdeskProcess } from './lib/server';
import { median, now, round } from './lib/stats';
import { buildWorld, SUBMIT, submitInput, type World } from './lib/world';

const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
/** `elapsedMinutes` is left out: the server computes it in the business calendar, which SQL cannot. */
const SLA_SELECTION = 'sla { kind cycle state targetMinutes startedAt atRiskAt dueAt stoppedAt }';

export function listQuery(withSla: boolean): string {
  return `query List($first: Int) { inboundRequests(first: $first) { edges { node {
    id status priority critical summary data requesterCaseNumber receiverCaseNumber businessImpact
    customer { name contactEmail entitlementId } firstRespondedAt closedAt createdAt updatedAt
    group { id name } fromMember { id name } toMember { id name } department { id name } form { version form { id name } }
    submittedBy { id name } requesterAssignee { id name } receiverAssignee { id name }
    ${withSla ? SLA_SELECTION : ''}
  } } } }`;
}

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const ref = (alias: string) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name) END`;

/** One statement, the same JSON as the GraphQL answer's `inboundRequests`. */
function listSql(withSla: boolean): string {
  // the clock state as the server shows it (sla-clock.service effectiveState), at the statement's now()
  const state = `(CASE WHEN c.stopped_at IS NULL AND c.state IN ('ON_TRACK', 'AT_RISK') AND c.due_at < now() THEN 'BREACHED'
      WHEN c.stopped_at IS NULL AND c.state = 'ON_TRACK' AND c.at_risk_at <= now() THEN 'AT_RISK' ELSE c.state::text END)`;
  const sla = withSla
    ? `, 'sla', COALESCE((SELECT json_agg(json_build_object('kind', c.kind, 'cycle', c.cycle, 'state', ${state}, 'targetMinutes', c.target_minutes,
          'startedAt', ${iso('c.started_at')}, 'atRiskAt', ${iso('c.at_risk_at')}, 'dueAt', ${iso('c.due_at')}, 'stoppedAt', ${iso('c.stopped_at')}) ORDER BY c.kind)
        FROM (SELECT DISTINCT ON (x.kind) x.* FROM sla_clock x WHERE x.request_id = r.id ORDER BY x.kind, x.cycle DESC) c), '[]'::json)`
    : '';
  return `SELECT json_build_object('edges', COALESCE(json_agg(json_build_object('node', page.node) ORDER BY page.created_at DESC, page.id DESC), '[]'::json)) AS list
  FROM (
    SELECT r.created_at, r.id, json_build_object(
      'id', r.id, 'status', r.status, 'priority', r.priority, 'critical', r.critical, 'summary', r.summary, 'data', r.data,
      'requesterCaseNumber', r.requester_case_number, 'receiverCaseNumber', r.receiver_case_number, 'businessImpact', r.business_impact,
      'customer', CASE WHEN r.customer IS NULL THEN NULL ELSE json_build_object('name', r.customer->>'name', 'contactEmail', r.customer->>'contactEmail', 'entitlementId', r.customer->>'entitlementId') END,
      'firstRespondedAt', ${iso('r.first_responded_at')}, 'closedAt', ${iso('r.closed_at')}, 'createdAt', ${iso('r.created_at')}, 'updatedAt', ${iso('r.updated_at')},
      'group', ${ref('g')}, 'fromMember', ${ref('fm')}, 'toMember', ${ref('tm')}, 'department', ${ref('d')},
      'form', json_build_object('version', v.version, 'form', ${ref('f')}),
      'submittedBy', ${ref('su')}, 'requesterAssignee', ${ref('ra')}, 'receiverAssignee', ${ref('rc')}
      ${sla}
    ) AS node
    FROM collaboration_request r
    JOIN partner_group g ON g.id = r.group_id
    JOIN member fm ON fm.id = r.from_member_id
    JOIN member tm ON tm.id = r.to_member_id
    JOIN department d ON d.id = r.department_id
    JOIN process_form_version v ON v.id = r.form_version_id
    JOIN process_form f ON f.id = v.form_id
    LEFT JOIN user_account su ON su.id = r.submitted_by_id
    LEFT JOIN user_account ra ON ra.id = r.requester_assignee_id
    LEFT JOIN user_account rc ON rc.id = r.receiver_assignee_id
    WHERE r.to_member_id = $1 AND (r.from_member_id = $1 OR r.to_member_id = $1)
    ORDER BY r.created_at DESC, r.id DESC
    LIMIT $2
  ) page`;
}

/** Path of the first difference between two JSON values, for the report. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as any)[k], (b as any)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** Recursively sorts object keys (jsonb and GraphQL may order keys differently). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as any)[k])]));
  return v;
}

async function seedRequests(url: string, world: World, from: number, count: number): Promise<void> {
  const [a, b] = world.members;
  for (let i = from; i < from + count; i++) {
    const res = ok(await gql(url, SUBMIT, { input: submitInput(b.departmentId, i, PRIORITIES[i % 4]) }, a.engineers[i % a.engineers.length].token));
    const id = res.submitRequest.request.id;
    if (i % 3 === 0) {
      ok(
        await gql(
          url,
          `mutation($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { id } } }`,
          { input: { id, receiverCaseNumber: `B-${i}`, assigneeId: b.engineers[0].id } },
          b.engineers[1].token,
        ),
      );
    }
  }
}

async function measure(server: CrossdeskProcess, pool: Pool, token: string, memberId: string, rows: number, runs: number, withSla: boolean) {
  const query = listQuery(withSla);
  const sql = listSql(withSla);
  const viaApi = async () => {
    const t0 = now();
    const res = await gql(server.url, query, { first: 100 }, token);
    const ms = now() - t0;
    return { ms, data: ok(res).inboundRequests };
  };
  const viaSql = async () => {
    const t0 = now();
    const res = await pool.query(sql, [memberId, 100]);
    return { ms: now() - t0, data: res.rows[0].list };
  };
  // same answer?
  const api = await viaApi();
  const raw = await viaSql();
  if (api.data.edges.length !== rows) throw new Error(`expected ${rows} rows, the API returned ${api.data.edges.length}`);
  const difference = firstDifference(canonical(api.data), canonical(raw.data));
  // statements per query: the fewest seen over 5 tries (the event feed's 1 s poll may fall inside a window)
  const counts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = await server.statements();
    await viaApi();
    counts.push((await server.statements()) - before);
  }
  // warm-up, then alternate the two so that background noise falls on both alike
  for (let i = 0; i < 3; i++) {
    await viaApi();
    await viaSql();
  }
  const apiMs: number[] = [];
  const sqlMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    apiMs.push((await viaApi()).ms);
    sqlMs.push((await viaSql()).ms);
  }
  return {
    rows,
    statements: Math.min(...counts),
    statementsSeen: counts,
    apiMedianMs: round(median(apiMs), 2),
    sqlMedianMs: round(median(sqlMs), 2),
    sameJson: difference === null,
    difference,
    responseBytes: Buffer.byteLength(JSON.stringify(api.data)),
  };
}

export async function runB3(ctx: BenchContext): Promise<BenchOutcome> {
  const runs = ctx.quick ? 10 : 60;
  const db = await createDatabase(ctx.pg.adminUrl, 'b3');
  const server = await startCrossdesk({ databaseUrl: db.url, entry: COUNTING_JS });
  const pool = benchPool(db.url, 2);
  try {
    const world = await buildWorld(server.url, { members: 2, engineers: 2 });
    const fields = ok(await gql(server.url, `{ __type(name: "CollaborationRequest") { fields { name } } }`, {}, world.members[1].engineers[0].token));
    const withSla = fields.__type.fields.some((f: { name: string }) => f.name === 'sla');
    const b = world.members[1];
    const token = b.engineers[0].token;
    // context for B1: statements one submitRequest sends (B submits to A, so B's inbound list is untouched)
    const a = world.members[0];
    const submitCounts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = await server.statements();
      ok(await gql(server.url, SUBMIT, { input: submitInput(a.departmentId, 1000 + i) }, b.engineers[1].token));
      submitCounts.push((await server.statements()) - before);
    }
    const slaTables = (await pool.query(`SELECT to_regclass('public.sla_clock') IS NOT NULL AS present`)).rows[0].present as boolean;
    const rawSubmitStatements = slaTables ? 8 : 6; // b1-submit.ts: BEGIN, inserts, lock, COMMIT, NOTIFY
    ctx.log(`B3: 10 inbound requests (a third accepted with an assignee)${withSla ? ', with SLA clocks' : ', no sla field in the schema'}`);
    await seedRequests(server.url, world, 0, 10);
    const at10 = await measure(server, pool, token, b.id, 10, runs, withSla);
    ctx.log('B3: 90 more');
    await seedRequests(server.url, world, 10, 90);
    const at100 = await measure(server, pool, token, b.id, 100, runs, withSla);
    const ratio = at100.sqlMedianMs / at100.apiMedianMs;
    const ratio10 = at10.sqlMedianMs / at10.apiMedianMs;
    const same = at10.sameJson && at100.sameJson;
    const jsonNote = same ? 'same JSON as the SQL' : `JSON DIFFERS: ${at100.difference ?? at10.difference}`;
    return {
      figures: [
        {
          id: 'B3',
          name: 'inboundRequests(first: 100), 100 rows, median',
          value: at100.apiMedianMs,
          unit: 'ms',
          baselineName: 'one hand-written SQL',
          baseline: at100.sqlMedianMs,
          ratioLabel: 'sql / crossdesk',
          ratio: round(ratio, 3),
          target: '≥ 0.4',
          met: ctx.quick ? null : ratio >= 0.4,
          note: `${runs} runs; ${jsonNote}`,
        },
        {
          id: 'B3',
          name: 'inboundRequests(first: 100), 10 rows, median',
          value: at10.apiMedianMs,
          unit: 'ms',
          baselineName: 'one hand-written SQL',
          baseline: at10.sqlMedianMs,
          ratioLabel: 'sql / crossdesk',
          ratio: round(ratio10, 3),
          note: `${runs} runs`,
        },
        {
          id: 'B3',
          name: 'statements per list query, 10 → 100 rows',
          value: at100.statements,
          unit: 'statements',
          baselineName: 'hand-written SQL',
          baseline: 1,
          target: 'flat (same at 10 and 100)',
          met: at10.statements === at100.statements,
          note: `${at10.statements} at 10 rows, ${at100.statements} at 100 rows (authentication included)`,
        },
        {
          id: 'B3',
          name: 'statements per submitRequest (context for B1)',
          value: Math.min(...submitCounts),
          unit: 'statements',
          baselineName: 'B1 raw transaction',
          baseline: rawSubmitStatements,
          note: 'fewest over 5 sequential submits; authentication and the after-commit NOTIFY included',
        },
      ],
      details: { runs, withSla, submitStatementsSeen: submitCounts, slaSelection: withSla ? SLA_SELECTION : null, at10, at100, query: listQuery(withSla).replace(/\s+/g, ' ') },
    };
  } finally {
    await pool.end();
    await server.stop();
    await db.drop();
  }
}
