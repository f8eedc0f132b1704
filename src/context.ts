import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from './common/caller';
import type { Clock } from './common/clock';
import { logger, type Logger } from './common/logger';
import { createLoaders, type Loaders } from './common/loaders';
import type { EventBus, EventFeed } from './modules/events/event-feed';
import type { WebhookWorker } from './modules/webhooks/webhook-delivery';
import type { SecretBox } from './modules/webhooks/secret-box';

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
  feed: EventFeed;
  /** The process-wide services this context was made from. */
  services: AppServices;
  /** Over WebSocket: closes the connection (a slow consumer is told to resume with `after`). */
  closeSocket?: (code: number, reason: string) => void;
}

/** Shared, process-wide parts of every context. */
export interface AppServices {
  dataSource: DataSource;
  clock: Clock;
  bus: EventBus;
  feed: EventFeed;
  /** Live events one subscriber may have waiting before it is disconnected as too slow. */
  maxBufferedEvents?: number;
  /** How long a subscriber may hold an event before a full buffer marks it as too slow. */
  slowConsumerMs?: number;
  /** This instance's webhook sender (absent when tests drive delivery by hand). */
  webhooks?: WebhookWorker;
  /** Seals and opens webhook signing secrets (encrypted at rest when a key is configured). */
  secrets: SecretBox;
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
  ctx.loaders = createLoaders(ctx);
  return ctx;
}
