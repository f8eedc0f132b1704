import { callerMemberId } from '../../common/caller';
import { slowConsumerCloses } from '../../common/metrics';
import type { Context } from '../../context';
import { eventCursor, seqFromCursor } from './event-cursor';
import { canSeeEvent, eventVisibleCondition } from './event.access';
import { RequestEvent } from './request-event.entity';

/** How many live events may wait for one subscriber before they are read from the log instead. */
export const MAX_BUFFERED_EVENTS = 1000;
/** A subscriber that has not taken its last event for this long when its buffer fills is too slow. */
export const SLOW_CONSUMER_MS = 10_000;
/** WebSocket close code for a subscriber that fell too far behind (resume with `after`). */
export const SLOW_CONSUMER_CLOSE_CODE = 4290;
const REPLAY_PAGE = 500;

export interface StreamOptions {
  /** Cursor of the last event the subscriber saw; absent: live from now. */
  after?: string | null;
  /** Which of the member's visible events belong to this stream. */
  accept: (event: RequestEvent) => boolean;
  /** SQL narrowing the replay the same way (`e` is the event alias). */
  replayWhere?: { sql: string; params: Record<string, unknown> };
}

/**
 * One subscriber's stream: registers for live events first and buffers them, replays the
 * log after `after` (in pages), then drains the buffer, dropping what the replay already
 * sent, so nothing is missed and nothing comes twice. Visibility is `canSeeEvent`, the rule
 * every query uses.
 *
 * The buffer is bounded. When it fills while the subscriber keeps up (a burst, or a long
 * replay), it is dropped and those events are read from the log instead. When it fills
 * while the subscriber has not taken an event for SLOW_CONSUMER_MS, the subscriber does
 * not read: its socket is closed with SLOW_CONSUMER_CLOSE_CODE and a cursor to resume
 * from, and nobody else waits for it.
 */
export async function* eventStream(ctx: Context, options: StreamOptions): AsyncGenerator<RequestEvent> {
  const max = ctx.services.maxBufferedEvents ?? MAX_BUFFERED_EVENTS;
  const slowMs = ctx.services.slowConsumerMs ?? SLOW_CONSUMER_MS;
  const buffer: RequestEvent[] = [];
  let wake: (() => void) | undefined;
  let closed = false;
  let fromLog = Boolean(options.after);
  let yieldedAt: number | undefined; // set while the consumer holds an event it has not finished with
  let lastSent = options.after ? BigInt(seqFromCursor(options.after)) : BigInt(ctx.feed.position());

  const unsubscribe = ctx.feed.subscribe((pushed) => {
    const event = pushed as RequestEvent; // the feed carries request_event rows
    if (closed || !canSeeEvent(ctx.caller, event) || !options.accept(event)) return;
    if (buffer.length < max) {
      buffer.push(event);
      wake?.();
      return;
    }
    if (yieldedAt !== undefined && Date.now() - yieldedAt > slowMs) {
      closed = true;
      buffer.length = 0;
      slowConsumerCloses.inc();
      ctx.closeSocket?.(SLOW_CONSUMER_CLOSE_CODE, `Slow consumer: resume with after=${eventCursor(lastSent.toString())}`);
      wake?.();
      return;
    }
    buffer.length = 0; // keeping up, just behind: read these from the log
    fromLog = true;
    wake?.();
  });

  const send = function* (event: RequestEvent) {
    lastSent = BigInt(event.seq);
    yieldedAt = Date.now();
    yield event;
    yieldedAt = undefined;
  };

  try {
    const viewer = callerMemberId(ctx.caller);
    while (!closed) {
      while (fromLog && !closed) {
        fromLog = false;
        for (;;) {
          const qb = ctx.dataSource.manager
            .createQueryBuilder(RequestEvent, 'e')
            .where(eventVisibleCondition('e'), { viewer })
            .andWhere('e.seq > :lastSent', { lastSent: lastSent.toString() });
          if (options.replayWhere) qb.andWhere(options.replayWhere.sql, options.replayWhere.params);
          const page = await qb.orderBy('e.seq', 'ASC').limit(REPLAY_PAGE).getMany();
          for (const event of page) {
            if (closed) return;
            if (options.accept(event)) yield* send(event);
            else lastSent = BigInt(event.seq);
          }
          if (page.length < REPLAY_PAGE) break;
        }
      }
      while (buffer.length && !fromLog && !closed) {
        const event = buffer.shift()!;
        if (BigInt(event.seq) <= lastSent) continue; // the log already gave it
        yield* send(event);
      }
      if (fromLog || closed) continue;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    unsubscribe();
  }
}
