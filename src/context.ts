import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from './common/caller';
import type { Clock } from './common/clock';
import { logger, type Logger } from './common/logger';
import type { SecretBox } from './common/secret-box';

/**
 * The per-request loaders (`ctx.loaders.member.load(id)`). Declared empty here and filled
 * in by the loader registry, `src/loaders.ts`, which names every feature and so stands
 * above them: its declaration merges into this one, so features read typed loaders
 * without importing anything above them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** The by-id loaders that the subscribers of one pushed batch of events share; filled in like `Loaders`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SharedLoaders {}

/**
 * How committed events reach every server instance. `committed(seq)` is called after a
 * transaction that wrote events commits; `start(onSignal)` makes `onSignal` run whenever
 * any instance committed some. Only a sequence number travels; readers read the rows.
 */
export interface EventBus {
  start(onSignal: () => void): Promise<void>;
  committed(seq: string): void;
  stop(): Promise<void>;
}

/**
 * This instance's reader of the event log, as live streams use it: `events/event-feed.ts`
 * is the one implementation, and its events are `request_event` rows (`events/` reads them
 * as such).
 */
export interface LiveFeed {
  /** The sequence of the last event handed to subscribers: a live stream starts after it. */
  position(): string;
  /** Registers a live subscriber; returns the function that removes it. */
  subscribe(listener: (event: unknown) => void): () => void;
}

/**
 * A consumer of the event log whose work is queued in the very statement that appends the
 * events (the outbox's fan-out), so events and their work commit together or not at all:
 * webhook deliveries today. `queueSql(events, at)` is a data-modifying statement over the
 * CTE `events` (rows with id, seq, type, from_member_id, to_member_id, observer_member_id, only_member_id)
 * that RETURNs one row per item queued, first due at the SQL value `at`; `wake` runs
 * after a commit that queued some. The server registers them (`src/server/`): the event
 * log names none.
 */
export interface EventFanout {
  queueSql(events: string, at: string): string;
  wake(): void;
}

/** This instance's webhook sender, as a commit that queued deliveries wakes it. */
export interface DeliveryWaker {
  wake(): void;
}

/** A member-given URL that passed the outbound target rule, with the addresses checked (connect to these only). */
export interface PinnedTarget {
  url: URL;
  addresses: Array<{ address: string; family: 4 | 6 }>;
}

/**
 * The outbound target rule (`modules/webhooks/webhook-target.ts`): `check` resolves a
 * member-given URL's host and answers it pinned to the checked addresses, or throws why not.
 */
export interface OutboundTargets {
  check(url: string): Promise<PinnedTarget>;
}

/**
 * Everything a request carries through the resolvers and services: who calls, the entity
 * manager to use (the transaction's inside `withTransaction`), the per-request loaders,
 * the clock, and the hooks to run once the transaction has committed.
 */
export interface Context {
  requestId: string;
  log: Logger;
  caller: Caller;
  dataSource: DataSource;
  manager: EntityManager;
  inTransaction: boolean;
  afterCommit: Array<() => void | Promise<void>>;
  loaders: Loaders;
  clock: Clock;
  /** Signals committed events to every instance's event feed. */
  bus: EventBus;
  /** This instance's reader of the event log, for live streams. */
  feed: LiveFeed;
  /** The process-wide services this context was made from. */
  services: AppServices;
  /** The HTTP `Idempotency-Key` header, for mutations whose input names no key. */
  idempotencyKey?: string;
  /** Over WebSocket: closes the connection (a slow consumer is told to resume with `after`). */
  closeSocket?: (code: number, reason: string) => void;
}

/**
 * Shared, process-wide parts of every context, wired once by the server (`src/server/`)
 * from the parts of every floor: the context itself names none of them.
 */
export interface AppServices {
  dataSource: DataSource;
  clock: Clock;
  bus: EventBus;
  feed: LiveFeed;
  /** The event log's consumers, queued with every append. */
  fanouts: readonly EventFanout[];
  /** Builds a request's loaders (the registry's `createLoaders`), sharing `shared` when given. */
  createLoaders(ctx: Context, shared?: SharedLoaders): Loaders;
  /** Live events one subscriber may have waiting before it is disconnected as too slow. */
  maxBufferedEvents?: number;
  /** How long a subscriber may hold an event before a full buffer marks it as too slow. */
  slowConsumerMs?: number;
  /** This instance's webhook sender (absent when tests drive delivery by hand). */
  webhooks?: DeliveryWaker;
  /** Seals and opens webhook signing secrets (encrypted at rest when a key is configured). */
  secrets: SecretBox;
  /** Where member-given URLs (webhooks) may lead: checked on create, update and every delivery. */
  outbound: OutboundTargets;
}

/** Builds a fresh per-request context for a resolved caller. */
export function createContext(app: AppServices, caller: Caller, requestId: string = randomUUID()): Context {
  const ctx: Context = {
    requestId,
    log: logger.child({ reqId: requestId }),
    caller,
    dataSource: app.dataSource,
    manager: app.dataSource.manager,
    inTransaction: false,
    afterCommit: [],
    loaders: undefined as unknown as Loaders,
    clock: app.clock,
    bus: app.bus,
    feed: app.feed,
    services: app,
  };
  ctx.loaders = app.createLoaders(ctx);
  return ctx;
}
