import type { Clock } from '../common/clock';
import type { SecretBox } from '../common/secret-box';
import type { AppServices, OutboundTargets } from '../context';
import { createLoaders, createSharedLoaders } from '../loaders';
import { EventFeed, InProcessBus, PostgresBus } from '../modules/events/event-feed';
import { startWebhookWorker } from '../modules/webhooks/webhook-delivery';
import { queueDeliveriesSql } from '../modules/webhooks/webhook-queue';
import { startTimerWorker } from '../modules/timers/timer-worker';
import type { OpenDatabase } from './database';
import type { ServerOptions } from './options';

/** The process-wide services with the workers running, and how to stop them in order. */
export interface RunningServices {
  services: AppServices;
  stop(): Promise<void>;
}

/**
 * Wires the process-wide services once: the event bus (in-process on the embedded
 * database, LISTEN/NOTIFY on PostgreSQL), this instance's event feed, the loader registry,
 * the event log's consumers (webhook deliveries, queued with each append), and the workers: durable timers (due ones fire at start, also those that came due while
 * the server was down, then every second) and webhook deliveries (woken after each commit
 * that queued some, and every second for retries and other instances).
 */
export async function startAppServices(db: OpenDatabase, secrets: SecretBox, clock: Clock, options: ServerOptions, outbound: OutboundTargets): Promise<RunningServices> {
  const { dataSource } = db;
  const bus = db.embedded ? new InProcessBus() : new PostgresBus(db.url, dataSource);
  const feed = new EventFeed(dataSource, bus, () => createSharedLoaders({ dataSource }));
  await feed.start(options.feedPollMs ?? 1000);
  const services: AppServices = {
    dataSource,
    clock,
    bus,
    feed,
    createLoaders,
    // webhook deliveries are queued in the statement that appends their events
    fanouts: [{ queueSql: queueDeliveriesSql, wake: () => services.webhooks?.wake() }],
    secrets,
    outbound,
    maxBufferedEvents: options.maxBufferedEvents,
    slowConsumerMs: options.slowConsumerMs,
  };
  const timers = options.slaTimerIntervalMs === 0 ? undefined : startTimerWorker(services, { intervalMs: options.slaTimerIntervalMs ?? 1000 });
  const webhooks = options.webhookIntervalMs === 0 ? undefined : startWebhookWorker(services, { intervalMs: options.webhookIntervalMs ?? 1000, timeoutMs: options.webhookTimeoutMs });
  services.webhooks = webhooks;
  return {
    services,
    async stop() {
      await timers?.stop();
      await webhooks?.stop();
      await feed.stop();
    },
  };
}
