/**
 * B6 scale (only with --scale): the first page of `inboundRequests` (p95) and `slaReport`
 * over a year with 1,000,000 requests stored, beside the same with 10,000. The requests are
 * written by bench/seed-scale.ts; the page must not grow. EXPLAIN of the equivalent SQL shows
 * which indexes serve them.
 */
import { Client } from 'pg';
import { listQuery } from './b3-list';
import { gql, ok } from './lib/http';
import { createDatabase } from './lib/postgres';
import type { BenchContext, BenchOutcome } from './lib/report';
import { startCrossdesk } from './lib/server';
import { now, percentile, round } from './lib/stats';
import { seedRequests } from './seed-scale';
import { buildWorld, type World } from './lib/world';

const MEMBERS = 10;
const REPORT = `query($input: SlaReportInput!) { slaReport(input: $input) { key label requests met breached open attainment medianResponseMinutes p90ResponseMinutes } }`;

/** What the server's list and report run, written out for EXPLAIN (request.service listRequests/paginate, sla.service slaReport). */
const PAGE_SQL = `SELECT r.* FROM collaboration_request r
  WHERE r.to_member_id = $1 AND (r.from_member_id = $1 OR r.to_member_id = $1)
  ORDER BY r.created_at DESC, r.id DESC LIMIT 101`;
const REPORT_SQL = `SELECT g.id::text AS key, g.name AS label, count(*)::int AS requests,
    count(*) FILTER (WHERE c.state = 'MET')::int AS met,
    count(*) FILTER (WHERE c.state = 'BREACHED')::int AS breached,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY c.elapsed_minutes) FILTER (WHERE r.first_responded_at IS NOT NULL AND c.stopped_at IS NOT NULL) AS median
  FROM collaboration_request r
  LEFT JOIN sla_clock c ON c.request_id = r.id AND c.kind = 'RESPONSE'
  JOIN partner_group g ON g.id = r.group_id
  WHERE (r.from_member_id = $1 OR r.to_member_id = $1) AND r.created_at >= $2 AND r.created_at < $3
  GROUP BY 1, 2 ORDER BY 2, 1`;

async function explain(url: string, sql: string, params: unknown[]): Promise<{ plan: string; indexes: string[] }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const rows = (await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN'] as string);
    const indexes = [...new Set(rows.flatMap((l) => [...l.matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan) (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1])))];
    return { plan: rows.join('\n'), indexes };
  } finally {
    await c.end();
  }
}

async function measureAt(ctx: BenchContext, dbUrl: string, world: World, stored: number) {
  const server = await startCrossdesk({ databaseUrl: dbUrl });
  try {
    const b = world.members[1];
    const token = b.engineers[0].token;
    const to = new Date();
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const page = async () => {
      const t0 = now();
      const data = ok(await gql(server.url, listQuery(true), { first: 100 }, token));
      return { ms: now() - t0, rows: data.inboundRequests.edges.length };
    };
    const report = async () => {
      const t0 = now();
      const data = ok(await gql(server.url, REPORT, { input: { from: from.toISOString(), to: to.toISOString(), groupBy: 'GROUP', direction: 'BOTH' } }, token));
      return { ms: now() - t0, requests: data.slaReport.reduce((s: number, r: { requests: number }) => s + r.requests, 0) };
    };
    const pageRuns = ctx.quick ? 20 : 50;
    const reportRuns = ctx.quick ? 3 : 7;
    // warm-up: a fresh server process and, at 1,000,000, heap pages not yet in PostgreSQL's buffers
    for (let i = 0; i < 20; i++) await page();
    const pageMs: number[] = [];
    let rows = 0;
    for (let i = 0; i < pageRuns; i++) {
      const r = await page();
      pageMs.push(r.ms);
      rows = r.rows;
    }
    await report();
    const reportMs: number[] = [];
    let reported = 0;
    for (let i = 0; i < reportRuns; i++) {
      const r = await report();
      reportMs.push(r.ms);
      reported = r.requests;
    }
    // a partner system finds one request again by its case number, and pages what changed in the last day
    const lookupDb = new Client({ connectionString: dbUrl });
    await lookupDb.connect();
    const [one] = (await lookupDb.query(`SELECT requester_case_number FROM collaboration_request WHERE to_member_id = $1 ORDER BY created_at LIMIT 1`, [b.id])).rows;
    await lookupDb.end();
    const since = new Date(to.getTime() - 86_400_000).toISOString();
    const timed = async (query: string, variables: Record<string, unknown>) => {
      const t0 = now();
      ok(await gql(server.url, query, variables, token));
      return now() - t0;
    };
    const LOOKUP = `query($filter: RequestFilter) { inboundRequests(first: 100, filter: $filter) { edges { node { id status requesterCaseNumber receiverCaseNumber updatedAt } } pageInfo { hasNextPage endCursor } } }`;
    const caseMs: number[] = [];
    const sinceMs: number[] = [];
    for (let i = 0; i < pageRuns + 10; i++) {
      const c = await timed(LOOKUP, { filter: { caseNumber: one.requester_case_number } });
      const u = await timed(LOOKUP, { filter: { updatedSince: since } });
      if (i >= 10) {
        caseMs.push(c);
        sinceMs.push(u);
      }
    }
    const pagePlan = await explain(dbUrl, PAGE_SQL, [b.id]);
    const reportPlan = await explain(dbUrl, REPORT_SQL, [b.id, from, to]);
    ctx.log(`B6: ${stored.toLocaleString('en-US')} stored: page p95 ${round(percentile(pageMs, 95))} ms, slaReport p50 ${round(percentile(reportMs, 50))} ms over ${reported.toLocaleString('en-US')} requests`);
    return {
      stored,
      pageRows: rows,
      page: { runs: pageRuns, p50: round(percentile(pageMs, 50)), p95: round(percentile(pageMs, 95)) },
      report: { runs: reportRuns, requestsInYear: reported, p50: round(percentile(reportMs, 50)), p95: round(percentile(reportMs, 95)) },
      caseLookup: { runs: caseMs.length, p50: round(percentile(caseMs, 50)), p95: round(percentile(caseMs, 95)) },
      updatedSincePage: { runs: sinceMs.length, p50: round(percentile(sinceMs, 50)), p95: round(percentile(sinceMs, 95)) },
      explain: { page: pagePlan, report: reportPlan },
    };
  } finally {
    await server.stop();
  }
}

export async function runB6(ctx: BenchContext): Promise<BenchOutcome> {
  const small = ctx.quick ? 1_000 : 10_000;
  const large = ctx.quick ? 50_000 : 1_000_000;
  const db = await createDatabase(ctx.pg.adminUrl, 'b6');
  try {
    const seeding = await startCrossdesk({ databaseUrl: db.url });
    let world: World;
    try {
      world = await buildWorld(seeding.url, { members: MEMBERS, engineers: 1 });
    } finally {
      await seeding.stop(); // the event feed of a running server would read every seeded event
    }
    ctx.log(`B6: seeding ${small.toLocaleString('en-US')} requests with SQL`);
    const s1 = await seedRequests(db.url, 0, small, ctx.log);
    const atSmall = await measureAt(ctx, db.url, world, small);
    ctx.log(`B6: seeding up to ${large.toLocaleString('en-US')} requests`);
    const s2 = await seedRequests(db.url, small, large - small, ctx.log);
    const atLarge = await measureAt(ctx, db.url, world, large);
    const pageRatio = atLarge.page.p95 / atSmall.page.p95;
    const fmtN = (n: number) => n.toLocaleString('en-US');
    return {
      figures: [
        {
          id: 'B6',
          name: `inboundRequests first page (100 rows) p95, ${fmtN(large)} stored`,
          value: atLarge.page.p95,
          unit: 'ms',
          baselineName: `same with ${fmtN(small)} stored`,
          baseline: atSmall.page.p95,
          ratioLabel: 'large / small',
          ratio: round(pageRatio, 2),
          target: 'does not grow (≤ 1.5×, noise)',
          met: ctx.quick ? null : pageRatio <= 1.5,
          note: `p50 ${atSmall.page.p50} → ${atLarge.page.p50} ms; page query uses ${atLarge.explain.page.indexes.join(', ') || 'no index (sequential scan)'}`,
        },
        {
          id: 'B6',
          name: `slaReport over a year p50, ${fmtN(large)} stored (${fmtN(atLarge.report.requestsInYear)} of the member's)`,
          value: atLarge.report.p50,
          unit: 'ms',
          baselineName: `same with ${fmtN(small)} stored (${fmtN(atSmall.report.requestsInYear)})`,
          baseline: atSmall.report.p50,
          ratioLabel: 'large / small',
          ratio: round(atLarge.report.p50 / atSmall.report.p50, 2),
          note: `aggregates every request of the member in the year (grows with them by design); uses ${atLarge.explain.report.indexes.join(', ') || 'no index (sequential scan)'}`,
        },
        {
          id: 'B6c',
          name: `inboundRequests by caseNumber p95, ${fmtN(large)} stored`,
          value: atLarge.caseLookup.p95,
          unit: 'ms',
          baselineName: `the same at ${fmtN(small)} stored`,
          baseline: atSmall.caseLookup.p95,
          ratioLabel: 'large / small',
          ratio: round(atLarge.caseLookup.p95 / atSmall.caseLookup.p95, 2),
          target: 'flat (≤ 1.5)',
          met: ctx.quick ? null : atLarge.caseLookup.p95 / atSmall.caseLookup.p95 <= 1.5,
        },
        {
          id: 'B6u',
          name: `inboundRequests updatedSince (last day) first page p95, ${fmtN(large)} stored`,
          value: atLarge.updatedSincePage.p95,
          unit: 'ms',
          baselineName: `the same at ${fmtN(small)} stored`,
          baseline: atSmall.updatedSincePage.p95,
          ratioLabel: 'large / small',
          ratio: round(atLarge.updatedSincePage.p95 / atSmall.updatedSincePage.p95, 2),
          target: 'flat (≤ 1.5)',
          met: ctx.quick ? null : atLarge.updatedSincePage.p95 / atSmall.updatedSincePage.p95 <= 1.5,
          note: 'the day holds a 365th of the year: more rows at 1,000,000 (about 270 for this member) than at 10,000, on the (to_member_id, updated_at) index',
        },
      ],
      details: { members: MEMBERS, seeding: { small: s1, large: s2 }, atSmall, atLarge, pageSql: PAGE_SQL, reportSql: REPORT_SQL },
    };
  } finally {
    await db.drop();
  }
}
