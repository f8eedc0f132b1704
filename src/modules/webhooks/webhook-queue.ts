import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '../../common/caller';
import { webhookAttempts } from '../../common/metrics';
import { createContext, type AppServices, type Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { eventVisibleTo } from '../events/event.access';
import { RETRY_WINDOW_MS, WEBHOOK_RETENTION_DAYS } from './webhook.types';

/**
 * The delivery queue, in SQL. `webhook_delivery` is the job table and the delivery log at
 * once: one row per attempt. Every function here is one short transaction; no transaction
 * is ever open while an endpoint is being called (PGlite is one session, and a held
 * transaction would stall the whole server).
 */

/** How long a claimed attempt is held (at least): the HTTP time limit plus a margin. A crashed worker's claims come free after it. */
export const LEASE_MS = 30_000;
/** First retry after about a second, doubling up to an hour, with jitter. */
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 60 * 60 * 1000;

/** The delay before attempt `attempt + 1`: exponential, capped, with "equal jitter" (half fixed, half random). */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const full = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt - 1, 30));
  return Math.round(full / 2 + (random() * full) / 2);
}

/**
 * The data-modifying CTE that queues, for the events of the CTE `events` (rows with id,
 * seq, type, from_member_id, to_member_id, observer_member_id, only_member_id), one delivery per event and
 * enabled webhook that subscribes to its type and whose member may see it (the same rule
 * as the `events` query: `eventVisibleTo`), first attempt at the SQL value `at`.
 * `appendEvents` runs it in the statement that writes the events, so the deliveries
 * commit with them, whatever the number of webhooks.
 */
export function queueDeliveriesSql(events: string, at: string): string {
  return `INSERT INTO webhook_delivery (webhook_id, event_id, event_seq, attempt, status, next_attempt_at)
     SELECT w.id, e.id, e.seq, 1, 'PENDING', ${at}
       FROM ${events} e
       JOIN webhook w ON w.enabled
        AND (cardinality(w.event_types) = 0 OR e.type::text = ANY (w.event_types))
        AND ${eventVisibleTo('e', 'w.member_id')}
      ORDER BY e.seq, w.id
     RETURNING id`;
}

/** A claimed attempt with everything needed to send it. */
export interface ClaimedDelivery {
  id: string;
  leaseToken: string;
  webhookId: string;
  attempt: number;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  event: {
    id: string;
    seq: string;
    type: string;
    at: Date;
    critical: boolean;
    detail: Record<string, unknown> | null;
    actorUserId: string | null;
  };
  request: Record<string, unknown> & { id: string };
}

/**
 * Claims up to `max` due attempts, at most one per webhook and only its earliest pending
 * one (by event order): a later event waits while an earlier one is pending, so every
 * endpoint receives its events in order. Rows are locked with `FOR UPDATE SKIP LOCKED`
 * and leased (`locked_until`), so instances and passes never send the same attempt twice
 * at once; the transaction ends before anything is sent.
 */
export async function claimDue(services: AppServices, max: number, leaseMs: number = LEASE_MS): Promise<ClaimedDelivery[]> {
  if (max <= 0) return [];
  const now = services.clock.now();
  // one cheap statement when nothing is due (the usual answer of the once-a-second look), instead of a transaction
  const due: unknown[] = await services.dataSource.query(`SELECT 1 FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= $1 LIMIT 1`, [now]);
  if (!due.length) return [];
  const ctx = createContext(services, ANONYMOUS, 'webhooks');
  const leaseToken = randomUUID();
  return withTransaction(ctx, async (tx) => {
    const candidates: Array<{ id: string }> = await tx.manager.query(
      `WITH heads AS (
         SELECT DISTINCT ON (d.webhook_id) d.id, d.next_attempt_at, d.locked_until
           FROM webhook_delivery d
           JOIN webhook w ON w.id = d.webhook_id AND w.enabled
          WHERE d.status = 'PENDING'
          ORDER BY d.webhook_id, d.event_seq, d.created_at, d.id
       )
       SELECT d.id FROM webhook_delivery d JOIN heads h ON h.id = d.id
        WHERE h.next_attempt_at <= $1 AND (h.locked_until IS NULL OR h.locked_until <= $1)
        ORDER BY h.next_attempt_at
        LIMIT $2
        FOR UPDATE OF d SKIP LOCKED`,
      [now, max],
    );
    if (!candidates.length) return [];
    // the conditions again, on the row as locked: another instance may have claimed or finished it meanwhile
    const [leased] = (await tx.manager.query(
      `UPDATE webhook_delivery SET locked_until = $3, lease_token = $4
        WHERE id = ANY ($1::uuid[]) AND status = 'PENDING' AND (locked_until IS NULL OR locked_until <= $2)
        RETURNING id`,
      [candidates.map((c) => c.id), now, new Date(now.getTime() + leaseMs), leaseToken],
    )) as [Array<{ id: string }>, number];
    if (!leased.length) return [];
    const rows: Array<Record<string, any>> = await tx.manager.query(
      `SELECT d.id, d.webhook_id, d.attempt, w.url, w.secret, w.previous_secret, w.previous_secret_expires_at,
              e.id AS event_id, e.seq::text AS event_seq, e.type::text AS event_type, e.at AS event_at, e.critical AS event_critical,
              e.detail AS event_detail, e.actor_user_id,
              r.id AS request_id, r.status::text AS request_status, r.priority::text AS request_priority, r.critical AS request_critical,
              r.summary, r.requester_case_number, r.receiver_case_number, r.from_member_id, r.to_member_id, r.group_id,
              r.department_id, r.created_at AS request_created_at, r.updated_at AS request_updated_at, r.closed_at AS request_closed_at
         FROM webhook_delivery d
         JOIN webhook w ON w.id = d.webhook_id
         JOIN request_event e ON e.id = d.event_id
         JOIN collaboration_request r ON r.id = e.request_id
        WHERE d.id = ANY ($1::uuid[])`,
      [leased.map((l) => l.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      leaseToken,
      webhookId: r.webhook_id,
      attempt: r.attempt,
      url: r.url,
      secret: services.secrets.open(r.secret),
      previousSecret: r.previous_secret === null ? null : services.secrets.open(r.previous_secret),
      previousSecretExpiresAt: r.previous_secret_expires_at,
      event: { id: r.event_id, seq: r.event_seq, type: r.event_type, at: r.event_at, critical: r.event_critical, detail: r.event_detail, actorUserId: r.actor_user_id },
      request: {
        id: r.request_id,
        status: r.request_status,
        priority: r.request_priority,
        critical: r.request_critical,
        summary: r.summary,
        requesterCaseNumber: r.requester_case_number,
        receiverCaseNumber: r.receiver_case_number,
        fromMember: { id: r.from_member_id },
        toMember: { id: r.to_member_id },
        group: { id: r.group_id },
        department: { id: r.department_id },
        createdAt: iso(r.request_created_at),
        updatedAt: iso(r.request_updated_at),
        closedAt: r.request_closed_at ? iso(r.request_closed_at) : null,
      },
    }));
  });
}

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** What one attempt came to. */
export interface AttemptResult {
  ok: boolean;
  attemptedAt: Date;
  httpStatus: number | null;
  durationMs: number;
  error: string | null;
  responseBody: string | null;
}

/** What recording an attempt did: nothing (the lease was lost or the webhook deleted), or the outcome. */
export type Recorded = { status: 'SUCCEEDED' | 'FAILED'; retryAt: Date | null; disabled: boolean } | null;

const CANCELLED = 'not sent: the endpoint was disabled';

/**
 * Marks a webhook disabled, in the caller's transaction. Disabled by its admin, its pending
 * attempts are dropped (as FAILED, saying why); disabled for failing (`keepQueue`), they stay
 * PENDING (paused while it is disabled) for `WEBHOOK_RETENTION_DAYS`, and go out in order
 * once it is enabled or resumed: nothing is lost while an endpoint is down.
 */
export async function disableWebhook(tx: Context, webhookId: string, reason: string | null, options: { keepQueue?: boolean } = {}): Promise<void> {
  const now = tx.clock.now();
  await tx.manager.query(`UPDATE webhook SET enabled = false, disabled_reason = $2, failing_since = NULL WHERE id = $1`, [webhookId, reason]);
  if (options.keepQueue) {
    await tx.manager.query(`UPDATE webhook_delivery SET locked_until = NULL, lease_token = NULL WHERE webhook_id = $1 AND status = 'PENDING'`, [webhookId]);
    return;
  }
  await tx.manager.query(
    `UPDATE webhook_delivery SET status = 'FAILED', error = $2, attempted_at = $3, locked_until = NULL, lease_token = NULL
      WHERE webhook_id = $1 AND status = 'PENDING'`,
    [webhookId, CANCELLED, now],
  );
}

/**
 * Drops the attempts a disabled endpoint kept longer than `WEBHOOK_RETENTION_DAYS` (as
 * FAILED, saying why); the worker calls it now and then. Answers how many went.
 */
export async function expireKeptDeliveries(services: AppServices): Promise<number> {
  const now = services.clock.now();
  // TypeORM answers an UPDATE on PostgreSQL as [rows, affected]
  const [rows] = (await services.dataSource.query(
    `UPDATE webhook_delivery d SET status = 'FAILED', error = $2, attempted_at = $1
       FROM webhook w
      WHERE w.id = d.webhook_id AND NOT w.enabled AND d.status = 'PENDING' AND d.created_at < $3
     RETURNING d.id`,
    [now, `not sent: the endpoint stayed disabled for more than ${WEBHOOK_RETENTION_DAYS} days`, new Date(now.getTime() - WEBHOOK_RETENTION_DAYS * 86_400_000)],
  )) as [unknown[], number];
  return rows.length;
}

/**
 * Records an attempt in one short transaction, if this worker still holds its lease: the
 * row becomes SUCCEEDED or FAILED. After a failure, the webhook's `failing_since` starts
 * (or stays); an endpoint that has failed for 24 hours is disabled with the reason, its
 * pending attempts (this event's next one included) kept for `resumeWebhook`; otherwise, within the event's 24-hour retry window, the next
 * attempt is queued after an exponential backoff with jitter.
 */
export async function recordAttempt(services: AppServices, claimed: ClaimedDelivery, result: AttemptResult): Promise<Recorded> {
  const ctx = createContext(services, ANONYMOUS, 'webhooks');
  const now = services.clock.now();
  const status = result.ok ? 'SUCCEEDED' : 'FAILED';
  const recorded = await withTransaction(ctx, async (tx): Promise<Recorded> => {
    const [rows] = (await tx.manager.query(
      `UPDATE webhook_delivery
          SET status = $3, attempted_at = $4, http_status = $5, duration_ms = $6, error = $7, response_body = $8,
              locked_until = NULL, lease_token = NULL,
              retry_until = coalesce(retry_until, $9::timestamptz)
        WHERE id = $1 AND lease_token = $2 AND status = 'PENDING'
        RETURNING webhook_id, event_id, event_seq::text AS event_seq, attempt, retry_until`,
      [claimed.id, claimed.leaseToken, status, result.attemptedAt, result.httpStatus, result.durationMs, result.error, result.responseBody, result.ok ? null : new Date(result.attemptedAt.getTime() + RETRY_WINDOW_MS)],
    )) as [Array<{ webhook_id: string; event_id: string; event_seq: string; attempt: number; retry_until: Date | null }>, number];
    const row = rows[0];
    if (!row) return null;
    if (result.ok) {
      await tx.manager.query(`UPDATE webhook SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL`, [row.webhook_id]);
      return { status: 'SUCCEEDED', retryAt: null, disabled: false };
    }
    const [hooks] = (await tx.manager.query(
      `UPDATE webhook SET failing_since = coalesce(failing_since, $2) WHERE id = $1 RETURNING failing_since, enabled`,
      [row.webhook_id, result.attemptedAt],
    )) as [Array<{ failing_since: Date; enabled: boolean }>, number];
    const hook = hooks[0];
    if (!hook?.enabled) return { status: 'FAILED', retryAt: null, disabled: false };
    if (now.getTime() - new Date(hook.failing_since).getTime() >= RETRY_WINDOW_MS) {
      const since = new Date(hook.failing_since).toISOString();
      // this event is kept too: one more attempt, sent first once the endpoint is back
      await tx.manager.query(
        `INSERT INTO webhook_delivery (webhook_id, event_id, event_seq, attempt, status, next_attempt_at, retry_until, redelivery)
         SELECT webhook_id, event_id, event_seq, attempt + 1, 'PENDING', $2, NULL, redelivery FROM webhook_delivery WHERE id = $1`,
        [claimed.id, now],
      );
      await disableWebhook(
        tx,
        row.webhook_id,
        `Disabled at ${now.toISOString()}: every delivery attempt failed for 24 hours (since ${since}); the last one: ${result.error ?? 'failed'}. Fix the endpoint, then resumeWebhook: the queue is kept ${WEBHOOK_RETENTION_DAYS} days.`,
        { keepQueue: true },
      );
      return { status: 'FAILED', retryAt: null, disabled: true };
    }
    const until = new Date(row.retry_until!).getTime();
    if (now.getTime() >= until) return { status: 'FAILED', retryAt: null, disabled: false };
    const retryAt = new Date(Math.min(until, now.getTime() + backoffMs(row.attempt)));
    await tx.manager.query(
      `INSERT INTO webhook_delivery (webhook_id, event_id, event_seq, attempt, status, next_attempt_at, retry_until, redelivery)
       SELECT webhook_id, event_id, event_seq, attempt + 1, 'PENDING', $2, retry_until, redelivery FROM webhook_delivery WHERE id = $1`,
      [claimed.id, retryAt],
    );
    return { status: 'FAILED', retryAt, disabled: false };
  });
  if (recorded) webhookAttempts.inc({ outcome: recorded.status.toLowerCase() });
  return recorded;
}

/** Gives claimed attempts back unsent (a worker stopping mid-call), so the next pass sends them at once. */
export async function releaseClaims(services: AppServices, claims: Array<Pick<ClaimedDelivery, 'id' | 'leaseToken'>>): Promise<void> {
  if (!claims.length) return;
  await services.dataSource.query(
    `UPDATE webhook_delivery SET locked_until = NULL, lease_token = NULL WHERE id = ANY ($1::uuid[]) AND lease_token = ANY ($2::uuid[]) AND status = 'PENDING'`,
    [claims.map((c) => c.id), [...new Set(claims.map((c) => c.leaseToken))]],
  );
}
