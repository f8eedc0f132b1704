import type { Clock } from '../common/clock';
import type { StatementCounter } from '../db/data-source';

/** What tests and benchmarks may set beside the configuration. */
export interface ServerOptions {
  clock?: Clock;
  /** How often open WebSockets are checked for revoked tokens. */
  tokenSweepMs?: number;
  /** Live events one subscriber may have buffered before they are read from the log instead (default 1000). */
  maxBufferedEvents?: number;
  /** How long a subscriber may hold an event before a full buffer marks it as too slow (default 10 s). */
  slowConsumerMs?: number;
  /** How often the durable timers (SLA, follow-ups) are checked, in ms (default 1000; 0 disables the worker, for tests that drive it). */
  slaTimerIntervalMs?: number;
  /** How often the event feed reads the log without a signal, in ms (default 1000; 0: only on signals). */
  feedPollMs?: number;
  /**
   * How often the webhook worker looks for due attempts without a signal, in ms (default 1000;
   * 0 disables the worker, for tests that drive delivery with processDueDeliveries).
   */
  webhookIntervalMs?: number;
  /** One webhook attempt's time limit in ms (default 10 s). */
  webhookTimeoutMs?: number;
  /** Resolves webhook host names (default: the system resolver; tests give a fake DNS). */
  resolveHost?: (hostname: string) => Promise<string[]>;
  /** Counts every SQL statement (tests hold list queries flat with it). */
  statementCounter?: StatementCounter;
}
