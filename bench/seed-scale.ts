/**
 * Seeding script for B6: writes N collaboration requests straight into a Crossdesk database
 * with SQL (the API would take hours for 1,000,000), spread over the members that have a
 * department, created over the past year, with what a submission writes (the request, its
 * REQUEST_SUBMITTED event, its response clock and two timers) and a realistic mix of
 * statuses: 70% CLOSED, 10% OPEN, 10% ACCEPTED, 5% REJECTED, 5% CANCELLED.
 *
 * Every timer is written as handled (fired or skipped), so a server started on the data has
 * no backlog of due timers. Due times are the target in wall-clock minutes (not the group's
 * business calendar): the figures measured on this data do not depend on them.
 *
 * Alone, into a database that already has members with departments (e.g. after B6 or a demo):
 *
 *   DATABASE_URL=postgres://… node dist/bench/seed-scale.js 1000000
 */
import { Client } from 'pg';

export interface SeedTarget {
  groupId: string;
  members: string[];
  departments: string[];
  formVersions: string[];
  formVersionNumbers: number[];
  users: string[];
  calendar: unknown;
  atRiskRatio: number;
}

/** The members of one group that have an active department, with what a request of theirs needs. */
export async function seedTarget(c: Client): Promise<SeedTarget> {
  const rows = (
    await c.query(
      `SELECT d.group_id, d.member_id, d.id AS department_id, v.id AS form_version_id, v.version,
              (SELECT u.id FROM user_account u WHERE u.member_id = d.member_id ORDER BY u.created_at, u.id LIMIT 1) AS user_id,
              g.calendar, g.sla_policy
       FROM department d
       JOIN partner_group g ON g.id = d.group_id
       JOIN process_form f ON f.id = d.form_id
       JOIN process_form_version v ON v.form_id = f.id AND v.version = f.version
       JOIN group_membership gm ON gm.group_id = d.group_id AND gm.member_id = d.member_id AND gm.status = 'ACTIVE'
       WHERE d.archived_at IS NULL
       ORDER BY d.group_id, d.created_at, d.id`,
    )
  ).rows;
  const groupId = rows[0]?.group_id;
  const mine = rows.filter((r) => r.group_id === groupId);
  const seen = new Set<string>();
  const one = mine.filter((r) => !seen.has(r.member_id) && seen.add(r.member_id));
  if (one.length < 2) throw new Error('seeding needs a group with at least two active members that have a department');
  return {
    groupId,
    members: one.map((r) => r.member_id),
    departments: one.map((r) => r.department_id),
    formVersions: one.map((r) => r.form_version_id),
    formVersionNumbers: one.map((r) => r.version),
    users: one.map((r) => r.user_id),
    calendar: one[0].calendar,
    atRiskRatio: one[0].sla_policy.atRiskRatio ?? 0.75,
  };
}

/** One statement writes a batch: requests, their events, response clocks and timers. */
const BATCH_SQL = `
WITH p AS (
  SELECT $1::uuid AS grp, $2::uuid[] AS mem, $3::uuid[] AS dep, $4::uuid[] AS ver, $5::int[] AS vno, $6::uuid[] AS usr,
         $7::jsonb AS calendar, $8::float8 AS ratio, cardinality($2::uuid[]) AS m
), src AS (
  SELECT g, x.f, x.t, x.kind, x.created, (ARRAY['P1','P2','P3','P4'])[1 + g % 4]::priority AS priority,
         (ARRAY[30, 120, 480, 960])[1 + g % 4] AS target,
         CASE WHEN x.kind < 14 THEN 'CLOSED' WHEN x.kind < 16 THEN 'OPEN' WHEN x.kind < 18 THEN 'ACCEPTED' WHEN x.kind = 18 THEN 'REJECTED' ELSE 'CANCELLED' END::request_status AS status
  FROM p, generate_series($9::bigint, $10::bigint) g,
  LATERAL (SELECT (g % p.m)::int AS f, ((g % p.m + 1 + (g / p.m) % (p.m - 1)) % p.m)::int AS t, (g % 20)::int AS kind,
                  date_trunc('milliseconds', now() - random() * interval '365 days') AS created) x
), req AS (
  SELECT gen_random_uuid() AS id, src.*,
         CASE WHEN status IN ('CLOSED', 'ACCEPTED', 'REJECTED') THEN date_trunc('milliseconds', created + random() * interval '4 hours') END AS responded
  FROM src
), ins AS (
  INSERT INTO collaboration_request (id, group_id, from_member_id, to_member_id, department_id, form_version_id, priority, critical, summary, data, customer,
    business_impact, requester_case_number, receiver_case_number, status, status_before_information, first_responded_at, submitted_by_id,
    requester_assignee_id, receiver_assignee_id, created_at, updated_at, closed_at)
  SELECT r.id, p.grp, p.mem[1 + r.f], p.mem[1 + r.t], p.dep[1 + r.t], p.ver[1 + r.t], r.priority, false,
    'Datastore latency spikes on hosts after firmware update', '{"product": "Array X"}'::jsonb,
    '{"name": "Globex", "contactEmail": "ops@globex.example", "entitlementId": "ENT-1"}'::jsonb,
    NULL, 'A-' || r.g, CASE WHEN r.responded IS NOT NULL THEN 'B-' || r.g END, r.status, NULL, r.responded, p.usr[1 + r.f], p.usr[1 + r.f],
    CASE WHEN r.responded IS NOT NULL THEN p.usr[1 + r.t] END, r.created,
    CASE WHEN r.status = 'CLOSED' THEN r.created + interval '2 days' ELSE coalesce(r.responded, r.created) END,
    CASE WHEN r.status = 'CLOSED' THEN r.created + interval '2 days' END
  FROM req r, p
  RETURNING id, from_member_id, to_member_id, priority, status, created_at, first_responded_at, submitted_by_id
), ev AS (
  INSERT INTO request_event (request_id, type, critical, from_member_id, to_member_id, only_member_id, actor_user_id, actor_member_id, detail, at)
  SELECT i.id, 'REQUEST_SUBMITTED', false, i.from_member_id, i.to_member_id, NULL, i.submitted_by_id, i.from_member_id,
         jsonb_build_object('priority', i.priority, 'formVersion', 1), i.created_at
  FROM ins i
), clk AS (
  INSERT INTO sla_clock (request_id, kind, cycle, state, target_minutes, terms, started_at, at_risk_at, due_at, stopped_at, elapsed_minutes)
  SELECT i.id, 'RESPONSE', 1,
    (CASE WHEN i.first_responded_at IS NOT NULL AND i.first_responded_at <= i.created_at + make_interval(mins => c.target) THEN 'MET'
          WHEN i.first_responded_at IS NOT NULL THEN 'BREACHED'
          WHEN i.status = 'CANCELLED' THEN 'ON_TRACK'
          ELSE 'BREACHED' END)::sla_state,
    c.target, jsonb_build_object('calendar', p.calendar, 'atRiskRatio', p.ratio, 'responseMinutes', c.target, 'updateEveryMinutes', NULL),
    i.created_at, i.created_at + make_interval(secs => c.target * 60 * p.ratio), i.created_at + make_interval(mins => c.target),
    CASE WHEN i.first_responded_at IS NOT NULL THEN i.first_responded_at WHEN i.status = 'CANCELLED' THEN i.created_at + interval '10 minutes' END,
    CASE WHEN i.first_responded_at IS NOT NULL THEN extract(epoch FROM i.first_responded_at - i.created_at) / 60 WHEN i.status = 'CANCELLED' THEN 10 END
  FROM ins i, p, LATERAL (SELECT (ARRAY[30, 120, 480, 960])[array_position(ARRAY['P1','P2','P3','P4']::priority[], i.priority)] AS target) c
  RETURNING id, at_risk_at, due_at, stopped_at
)
INSERT INTO sla_timer (clock_id, kind, fire_at, fired_at, outcome)
SELECT k.id, t.kind::sla_timer_kind, t.fire_at, t.fire_at,
       (CASE WHEN k.stopped_at IS NOT NULL AND k.stopped_at < t.fire_at THEN 'SKIPPED' ELSE 'FIRED' END)::sla_timer_outcome
FROM clk k, LATERAL (VALUES ('AT_RISK', k.at_risk_at), ('BREACH', k.due_at + interval '1 millisecond')) t(kind, fire_at)`;

/**
 * Adds `count` requests (numbered from `from`) in batches; foreign-key triggers are skipped
 * when the role may (the rows are consistent by construction), which is several times faster.
 */
export async function seedRequests(url: string, from: number, count: number, log: (m: string) => void = () => undefined, batch = 50_000): Promise<{ seconds: number; fkChecksSkipped: boolean }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const started = Date.now();
  try {
    const t = await seedTarget(c);
    let fkChecksSkipped = true;
    try {
      await c.query(`SET session_replication_role = replica`);
    } catch {
      fkChecksSkipped = false;
    }
    for (let done = 0; done < count; done += batch) {
      const n = Math.min(batch, count - done);
      await c.query(BATCH_SQL, [t.groupId, t.members, t.departments, t.formVersions, t.formVersionNumbers, t.users, JSON.stringify(t.calendar), t.atRiskRatio, from + done, from + done + n - 1]);
      if (count > batch) log(`seeded ${(done + n).toLocaleString('en-US')} of ${count.toLocaleString('en-US')} requests`);
    }
    if (fkChecksSkipped) await c.query(`SET session_replication_role = DEFAULT`);
    await c.query(`VACUUM (ANALYZE) collaboration_request, request_event, sla_clock, sla_timer`);
    // write the seeded pages out now, so that a checkpoint does not run during the measurements
    await c.query('CHECKPOINT').catch(() => undefined);
    return { seconds: (Date.now() - started) / 1000, fkChecksSkipped };
  } finally {
    await c.end();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  const count = Number(process.argv[2] ?? 1_000_000);
  if (!url || !Number.isInteger(count) || count <= 0) {
    console.error('usage: DATABASE_URL=postgres://… node dist/bench/seed-scale.js <count>');
    process.exit(2);
  }
  const client = new Client({ connectionString: url });
  client
    .connect()
    .then(() => client.query('SELECT count(*)::bigint AS n FROM collaboration_request'))
    .then(async (r) => {
      await client.end();
      const out = await seedRequests(url, Number(r.rows[0].n), count, (m) => console.log(m));
      console.log(`seeded ${count} requests in ${out.seconds.toFixed(1)} s${out.fkChecksSkipped ? ' (foreign-key triggers skipped)' : ''}`);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
