import { callerMemberId } from '../../common/caller';
import { NO_ID } from '../../common/ids';
import { eventCursor, seqFromCursor } from './event-cursor';
import { eventVisibleCondition } from './event.access';
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
 * order), inserts the events in the order given, and queues the work of every consumer
 * of the log (`AppServices.fanouts`: the webhook deliveries the events call for), so
 * events and their work commit together or not at all. The events are handed to
 * listeners only after the transaction commits, never on rollback.
 */
export async function appendEvents(tx: Context, request: CollaborationRequest, events: NewEvent[]): Promise<void> {
  if (!tx.inTransaction) throw new Error('appendEvents must run inside withTransaction');
  if (!events.length) return;
  const c = tx.caller;
  const rows = events.map((e) => ({ type: e.type, only_member_id: e.onlyMemberId ?? null, detail: e.detail ?? null }));
  const fanouts = tx.services.fanouts;
  const [appended] = (await tx.manager.query(
    `WITH held AS MATERIALIZED (SELECT pg_advisory_xact_lock($1)),
     appended AS (
       INSERT INTO request_event (request_id, type, critical, from_member_id, to_member_id, observer_member_id, only_member_id, actor_user_id, actor_member_id, detail, at)
       SELECT $2, x.type::request_event_type, $3, $4, $5, $10::uuid, x.only_member_id, $6, $7, x.detail, $8
         FROM held, ROWS FROM (jsonb_to_recordset($9::jsonb) AS (type text, only_member_id uuid, detail jsonb)) WITH ORDINALITY AS x(type, only_member_id, detail, n)
        ORDER BY x.n
       RETURNING id, seq, type, from_member_id, to_member_id, observer_member_id, only_member_id
     )
     ${fanouts.map((f, i) => `, queued${i} AS (${f.queueSql('appended', '$8')})`).join('\n     ')}
     SELECT max(seq)::text AS last${fanouts.map((_, i) => `, (SELECT count(*) FROM queued${i})::int AS queued${i}`).join('')} FROM appended`,
    [
      EVENT_LOG_LOCK,
      request.id,
      request.critical,
      request.fromMemberId,
      request.toMemberId,
      c.kind === 'user' ? c.userId : null,
      callerMemberId(c) ?? null,
      tx.clock.now(),
      JSON.stringify(rows),
      request.observerMemberId ?? null,
    ],
  )) as Array<{ last: string } & Record<`queued${number}`, number>>;
  tx.afterCommit.push(() => tx.bus.committed(appended.last));
  fanouts.forEach((fanout, i) => {
    if (appended[`queued${i}`]) tx.afterCommit.push(() => fanout.wake());
  });
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
    qb.andWhere(eventVisibleCondition('t', 'timelineViewer'), { timelineViewer: callerMemberId(ctx.caller) ?? NO_ID });
  },
  order: { properties: ['seq'], cursorOf: (e) => eventCursor(e.seq), parseCursor: (c) => [seqFromCursor(c)] },
};
