import { callerMemberId, type Caller } from '../../common/caller';
import { BadUserInputError } from '../../common/errors';
import { partyConditionFor, sideOf } from '../requests/request-access';
import { queueDeliveriesSql } from '../webhooks/webhook-queue';
import type { ChildListSpec } from '../../db/batched-pages';
import type { Page } from '../../common/pagination';
import type { Context } from '../../context';
import type { CollaborationRequest } from '../requests/request.entity';
import { RequestEvent, RequestEventType } from './request-event.entity';

/** Transaction-scoped lock that makes event sequence order equal commit order. */
const EVENT_LOG_LOCK = 0x63646b01;

export interface NewEvent {
  type: RequestEventType;
  detail?: Record<string, unknown> | null;
  /** Only this member may see the event (internal notes). */
  onlyMemberId?: string | null;
}

/**
 * Appends events of one request to the log, inside the caller's transaction, in one
 * statement: it takes the log's transaction-scoped lock (so sequence order is commit
 * order), inserts the events in the order given, and queues the webhook deliveries they
 * call for (`queueDeliveriesSql`), so events and deliveries commit together or not at all.
 * The events are handed to listeners only after the transaction commits, never on rollback.
 */
export async function appendEvents(tx: Context, request: CollaborationRequest, events: NewEvent[]): Promise<void> {
  if (!tx.inTransaction) throw new Error('appendEvents must run inside withTransaction');
  if (!events.length) return;
  const c = tx.caller;
  const rows = events.map((e) => ({ type: e.type, only_member_id: e.onlyMemberId ?? null, detail: e.detail ?? null }));
  const [appended] = (await tx.manager.query(
    `WITH held AS MATERIALIZED (SELECT pg_advisory_xact_lock($1)),
     appended AS (
       INSERT INTO request_event (request_id, type, critical, from_member_id, to_member_id, only_member_id, actor_user_id, actor_member_id, detail, at)
       SELECT $2, x.type::request_event_type, $3, $4, $5, x.only_member_id, $6, $7, x.detail, $8
         FROM held, ROWS FROM (jsonb_to_recordset($9::jsonb) AS (type text, only_member_id uuid, detail jsonb)) WITH ORDINALITY AS x(type, only_member_id, detail, n)
        ORDER BY x.n
       RETURNING id, seq, type, from_member_id, to_member_id, only_member_id
     ),
     queued AS (${queueDeliveriesSql('appended', '$8')})
     SELECT max(seq)::text AS last, (SELECT count(*) FROM queued)::int AS queued FROM appended`,
    [
      EVENT_LOG_LOCK,
      request.id,
      request.critical,
      request.fromMemberId,
      request.toMemberId,
      c.kind === 'user' ? c.userId : null,
      c.kind === 'user' || c.kind === 'service' ? c.memberId : null,
      tx.clock.now(),
      JSON.stringify(rows),
    ],
  )) as Array<{ last: string; queued: number }>;
  tx.afterCommit.push(() => tx.bus.committed(appended.last));
  if (appended.queued) tx.afterCommit.push(() => tx.services.webhooks?.wake());
}

/** The opaque cursor of an event: its position in the network's log. */
export function eventCursor(seq: string | number): string {
  return Buffer.from(`e:${seq}`).toString('base64url');
}

const MAX_SEQ = 9223372036854775807n;

/** The log position a cursor names; BAD_USER_INPUT for anything else. */
export function seqFromCursor(cursor: string, path = 'after'): string {
  const m = /^e:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  // a sequence is a PostgreSQL bigint: anything beyond it was never written by this server
  if (!m || BigInt(m[1]) > MAX_SEQ) throw new BadUserInputError([{ path, message: 'is not an event cursor' }]);
  return BigInt(m[1]).toString();
}

/**
 * Whether the caller may see an event: the request rule (`sideOf`: party to the request)
 * plus one for internal notes, which only their own member sees.
 */
export function canSeeEvent(caller: Caller, event: Pick<RequestEvent, 'fromMemberId' | 'toMemberId' | 'onlyMemberId'>): boolean {
  if (!sideOf(caller, event)) return false;
  return event.onlyMemberId === null || event.onlyMemberId === callerMemberId(caller);
}

/** SQL form of `canSeeEvent` for lists. */
export function eventVisibleCondition(alias: string, param = 'viewer'): string {
  return eventVisibleTo(alias, `:${param}`);
}

/**
 * The same rule with the member given as any SQL expression: webhooks join it on their
 * own member's column, so an endpoint gets exactly the events its member may read.
 */
export function eventVisibleTo(alias: string, memberSql: string): string {
  return `(${partyConditionFor(alias, memberSql)} AND (${alias}.only_member_id IS NULL OR ${alias}.only_member_id = ${memberSql}))`;
}

/** The caller's member's event stream after a cursor, oldest first. */
export async function listEvents(ctx: Context, args: { after?: string; first?: number }): Promise<Page<RequestEvent>> {
  const viewer = callerMemberId(ctx.caller);
  const limit = args.first ?? 100;
  const qb = ctx.manager.createQueryBuilder(RequestEvent, 'e').where(eventVisibleCondition('e'), { viewer });
  const countQb = qb.clone();
  if (args.after) qb.andWhere('e.seq > :afterSeq', { afterSeq: seqFromCursor(args.after) });
  const rows = limit === 0 ? [] : await qb.orderBy('e.seq', 'ASC').limit(limit + 1).getMany();
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: eventCursor(node.seq), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : (args.after ?? null) },
    count: () => countQb.getCount(),
  };
}

/** A request's timeline as the caller may see it, batched over every request of a list. */
export const timelineOfRequest: ChildListSpec<RequestEvent> = {
  entity: RequestEvent,
  parentProperty: 'requestId',
  scope: (qb, ctx) => {
    qb.andWhere(eventVisibleCondition('t', 'timelineViewer'), { timelineViewer: callerMemberId(ctx.caller) ?? '00000000-0000-0000-0000-000000000000' });
  },
  order: { properties: ['seq'], cursorOf: (e) => eventCursor(e.seq), parseCursor: (c) => [seqFromCursor(c)] },
};
