import { callerMemberId } from '../../common/caller';
import type { Context } from '../../context';
import { canSeeEvent, eventCursor, eventVisibleCondition, seqFromCursor } from './event-log.service';
import { RequestEvent } from './request-event.entity';

/** How many live events may wait for one slow subscriber before its socket is closed. */
export const MAX_BUFFERED_EVENTS = 1000;
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
  maxBuffered?: number;
}

/**
 * One subscriber's stream: registers for live events first and buffers them, replays the
 * log after `after` (in pages), then drains the buffer, dropping what the replay already
 * sent, so nothing is missed and nothing comes twice. Visibility is `canSeeEvent`, the
 * rule every query uses. A subscriber whose buffer overflows is disconnected with
 * SLOW_CONSUMER_CLOSE_CODE and can resume from its last cursor.
 */
export async function* eventStream(ctx: Context, options: StreamOptions): AsyncGenerator<RequestEvent> {
  const max = options.maxBuffered ?? MAX_BUFFERED_EVENTS;
  const buffer: RequestEvent[] = [];
  let wake: (() => void) | undefined;
  let overflowed = false;
  let lastSent = options.after ? BigInt(seqFromCursor(options.after)) : BigInt(ctx.feed.position());
  const unsubscribe = ctx.feed.subscribe((event) => {
    if (overflowed || !canSeeEvent(ctx.caller, event) || !options.accept(event)) return;
    if (buffer.length >= max) {
      overflowed = true;
      wake?.();
      return;
    }
    buffer.push(event);
    wake?.();
  });
  try {
    if (options.after) {
      const viewer = callerMemberId(ctx.caller);
      for (;;) {
        const qb = ctx.dataSource.manager
          .createQueryBuilder(RequestEvent, 'e')
          .where(eventVisibleCondition('e'), { viewer })
          .andWhere('e.seq > :lastSent', { lastSent: lastSent.toString() });
        if (options.replayWhere) qb.andWhere(options.replayWhere.sql, options.replayWhere.params);
        const page = await qb.orderBy('e.seq', 'ASC').limit(REPLAY_PAGE).getMany();
        for (const event of page) {
          if (!options.accept(event)) continue;
          lastSent = BigInt(event.seq);
          yield event;
        }
        if (page.length < REPLAY_PAGE) break;
        if (page.length) lastSent = BigInt(page[page.length - 1].seq);
      }
    }
    for (;;) {
      while (buffer.length) {
        const event = buffer.shift()!;
        if (BigInt(event.seq) <= lastSent) continue; // the replay sent it already
        lastSent = BigInt(event.seq);
        yield event;
      }
      if (overflowed) {
        ctx.closeSocket?.(SLOW_CONSUMER_CLOSE_CODE, `Slow consumer: resume with after=${eventCursor(lastSent.toString())}`);
        return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    unsubscribe();
  }
}
