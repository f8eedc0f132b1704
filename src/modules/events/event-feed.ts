import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from '../../common/logger';
import type { EventBus, LiveFeed, SharedLoaders } from '../../context';
import { RequestEvent } from './request-event.entity';

const CHANNEL = 'crossdesk_events';
const BATCH = 500;

/** One process (the embedded database): a signal is a function call. */
export class InProcessBus implements EventBus {
  private onSignal: (() => void) | undefined;
  async start(onSignal: () => void): Promise<void> {
    this.onSignal = onSignal;
  }
  committed(): void {
    this.onSignal?.();
  }
  async stop(): Promise<void> {
    this.onSignal = undefined;
  }
}

/** Several instances on one PostgreSQL: NOTIFY after commit, LISTEN on a dedicated connection. */
export class PostgresBus implements EventBus {
  private listener: Client | undefined;
  private stopped = false;
  constructor(
    private readonly url: string,
    private readonly dataSource: DataSource,
  ) {}

  async start(onSignal: () => void): Promise<void> {
    const connect = async (): Promise<void> => {
      const client = new Client({ connectionString: this.url });
      client.on('notification', () => onSignal());
      client.on('error', (err) => {
        logger.warn({ err }, 'event listener connection lost; reconnecting');
        client.end().catch(() => undefined);
        if (!this.stopped) setTimeout(() => void connect().then(onSignal).catch(() => undefined), 500).unref();
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
    };
    await connect();
  }

  committed(seq: string): void {
    this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, seq]).catch((err: unknown) => logger.warn({ err }, 'NOTIFY failed'));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
  }
}

export type FeedListener = (event: RequestEvent) => void;

/** The by-id loaders every subscriber of one dispatched batch shares (see `AppServices.createLoaders`). */
export const sharedLoadersOfEvent = new WeakMap<RequestEvent, SharedLoaders>();

/**
 * Each instance's one reader of the event log: on every signal (and every second, in case a
 * signal was lost) it reads the events after the last one it dispatched, in sequence order,
 * and hands each to the live subscribers. One query per batch, whatever the number of
 * subscribers; sequence order is commit order, so reading "after N" misses nothing.
 */
export class EventFeed implements LiveFeed {
  private lastSeq = '0';
  private readonly listeners = new Set<FeedListener>();
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  /** `newBatchLoaders` makes the by-id loaders one dispatched batch shares (the loader registry's). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly newBatchLoaders: () => SharedLoaders,
  ) {}

  async start(pollMs = 1000): Promise<void> {
    const rows: Array<{ seq: string | null }> = await this.dataSource.query('SELECT max(seq)::text AS seq FROM request_event');
    this.lastSeq = rows[0]?.seq ?? '0';
    await this.bus.start(() => this.pump());
    if (pollMs > 0) {
      this.timer = setInterval(() => this.pump(), pollMs);
      this.timer.unref();
    }
  }

  /** The sequence of the last event handed to subscribers: a live stream starts after it. */
  position(): string {
    return this.lastSeq;
  }

  /** Registers a live subscriber; returns the function that removes it. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once no read of the log is under way or asked for (a seam for tests that count statements). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Reads and dispatches what is new; concurrent calls coalesce into one more pass. */
  pump(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err: unknown) => logger.warn({ err }, 'event feed read failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.pump();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const rows = await this.dataSource.manager
        .createQueryBuilder(RequestEvent, 'e')
        .where('e.seq > :after', { after: this.lastSeq })
        .orderBy('e.seq', 'ASC')
        .limit(BATCH)
        .getMany();
      if (!rows.length) return;
      const shared = this.newBatchLoaders();
      for (const row of rows) {
        this.lastSeq = row.seq;
        sharedLoadersOfEvent.set(row, shared);
        for (const listener of this.listeners) listener(row);
      }
      if (rows.length < BATCH) return;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.bus.stop();
    await this.running;
    this.listeners.clear();
  }
}
