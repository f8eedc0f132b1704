import { logger } from '../common/logger';
import type { Listener } from './listener';
import type { RunningWebSockets } from './websocket';

/** WebSocket close code 1012: the service is restarting, reconnect (to another instance) and resume. */
export const SERVICE_RESTART = 1012;

/** How long sockets get to flush and close after the 1012 close frame, before they are dropped. */
const SOCKET_CLOSE_MS = 2000;

/** What a graceful stop did. */
export interface DrainReport {
  /** HTTP requests still running when the grace period ran out (0: all finished). */
  unfinished: number;
  /** WebSockets closed with 1012. */
  sockets: number;
  ms: number;
}

/**
 * A rolling restart's stop, in order: `/readyz` answers 503 and no new connection is taken
 * (a load balancer sends the next requests to another instance); the HTTP operations under
 * way finish, up to `graceMs`; every graphql-ws socket is closed with 1012 after the frames
 * already queued for it (subscribers resume on another instance with their cursor); then
 * `rest` stops the remainder (Apollo, the workers, which finish the item in hand and hand
 * their webhook leases back, the event feed, the database).
 */
export async function drainInOrder(parts: { listener: Listener; sockets: RunningWebSockets; graceMs: number; rest: () => Promise<void> }): Promise<DrainReport> {
  const started = Date.now();
  logger.info({ graceMs: parts.graceMs }, 'draining: not ready, no new connections, finishing the operations under way');
  const { unfinished } = await parts.listener.drain(parts.graceMs);
  if (unfinished) logger.warn({ unfinished }, 'the grace period ran out with HTTP requests still running: they are cut off');
  const sockets = await parts.sockets.closeAll(SERVICE_RESTART, 'Service restart: reconnect and resume with after=<cursor>', SOCKET_CLOSE_MS);
  await parts.rest();
  const report = { unfinished, sockets, ms: Date.now() - started };
  logger.info(report, 'drained');
  return report;
}
