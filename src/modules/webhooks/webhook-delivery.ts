import { EventEmitter } from 'node:events';
import { logger } from '../../common/logger';
import { withSpan } from '../../common/spans';
import { webhookDeliveryLatency } from '../../common/metrics';
import type { AppServices, PinnedTarget } from '../../context';
import { eventCursor } from '../events/event-cursor';
import { claimDue, expireKeptDeliveries, LEASE_MS, recordAttempt, releaseClaims, type AttemptResult, type ClaimedDelivery, type Recorded } from './webhook-queue';
import { signatureHeader } from './webhook-signature';
import { postPinned, type PinnedPostError } from './webhook-http';
import { TargetRefusedError } from './webhook-target';
import { DELIVERY_TIMEOUT_MS, MAX_RESPONSE_BODY_BYTES } from './webhook.types';

/** The JSON body of a delivery: the event as the `events` query shows it, with its request's main fields. */
export function deliveryBody(claimed: ClaimedDelivery): string {
  const e = claimed.event;
  return JSON.stringify({
    id: e.id,
    cursor: eventCursor(e.seq),
    type: e.type,
    at: new Date(e.at).toISOString(),
    critical: e.critical,
    detail: e.detail,
    actor: e.actorUserId ? { id: e.actorUserId } : null,
    request: claimed.request,
  });
}

/**
 * Sends one claimed attempt: a JSON POST signed with the webhook's secret (and, during a
 * rotation, also with the previous one), redirects not followed, 10 s for the whole
 * exchange, at most 1 KB of the answer kept. The URL is checked against the target rule
 * again first (its host resolved anew) and the connection goes to the addresses checked,
 * so a name that now resolves to a private address (DNS rebinding) is a failed attempt,
 * never a request. Nothing here touches the database.
 */
export async function sendAttempt(services: AppServices, claimed: ClaimedDelivery, options: { timeoutMs: number; signal?: AbortSignal }): Promise<AttemptResult> {
  const attemptedAt = services.clock.now();
  const body = deliveryBody(claimed);
  const timestamp = Math.floor(attemptedAt.getTime() / 1000);
  const secrets = [claimed.secret];
  if (claimed.previousSecret && claimed.previousSecretExpiresAt && new Date(claimed.previousSecretExpiresAt).getTime() > attemptedAt.getTime()) secrets.push(claimed.previousSecret);
  const started = performance.now();
  const failed = (error: string): AttemptResult => ({ ok: false, attemptedAt, httpStatus: null, durationMs: Math.round(performance.now() - started), error, responseBody: null });
  let target: PinnedTarget;
  try {
    target = await services.outbound.check(claimed.url);
  } catch (err) {
    if (err instanceof TargetRefusedError) return failed(`target refused: ${err.message}`);
    throw err;
  }
  try {
    const res = await postPinned(target, {
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      maxBody: MAX_RESPONSE_BODY_BYTES,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Crossdesk-Webhooks/1',
        'crossdesk-event-id': claimed.event.id,
        'crossdesk-event-type': claimed.event.type,
        'crossdesk-delivery-id': claimed.id,
        'crossdesk-attempt': String(claimed.attempt),
        'crossdesk-timestamp': String(timestamp),
        'crossdesk-signature': signatureHeader(secrets, timestamp, body),
      },
      body,
    });
    const ok = res.status >= 200 && res.status < 300;
    const error = ok ? null : res.status >= 300 && res.status < 400 ? `redirect not followed (HTTP ${res.status})` : `HTTP ${res.status}`;
    return { ok, attemptedAt, httpStatus: res.status, durationMs: Math.round(performance.now() - started), error, responseBody: res.body };
  } catch (err) {
    if (options.signal?.aborted) throw err; // the worker is stopping: not an attempt
    const e = err as PinnedPostError;
    if (e.kind === 'timeout') return failed(`timeout: no complete answer within ${Math.round(options.timeoutMs / 1000)} s`);
    return failed(`network error: ${String(e.message ?? 'network error').slice(0, 200)}`);
  }
}

/** What the worker reports after each recorded attempt (tests and benchmarks wait on it). */
export interface AttemptReport {
  deliveryId: string;
  webhookId: string;
  eventId: string;
  attempt: number;
  outcome: NonNullable<Recorded>;
}

export interface WebhookWorkerOptions {
  /** How often to look for due attempts without a signal, in ms (0: only when woken). */
  intervalMs: number;
  /** Most attempts in flight at once (default 8). */
  concurrency?: number;
  /** One attempt's time limit (default 10 s). */
  timeoutMs?: number;
}

/**
 * This instance's webhook sender. It claims due attempts (one per endpoint, the earliest),
 * sends them outside any transaction, records each, and claims again as slots free up.
 * It is woken right after a transaction queued deliveries, and looks every `intervalMs`
 * anyway (retries come due, and on PostgreSQL other instances queue too). `stop()` gives
 * attempts in flight back unsent, so a restart sends them at once.
 */
export class WebhookWorker {
  /** Emits `attempt` with an AttemptReport after every recorded attempt. */
  readonly events = new EventEmitter();
  private inFlight = new Map<string, ClaimedDelivery>();
  private claiming: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly abort = new AbortController();
  private readonly concurrency: number;
  private readonly timeoutMs: number;
  private running = new Set<Promise<void>>();

  constructor(
    private readonly services: AppServices,
    private readonly options: WebhookWorkerOptions,
  ) {
    this.concurrency = options.concurrency ?? 8;
    this.timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
    this.events.setMaxListeners(0);
  }

  start(): this {
    if (this.options.intervalMs > 0) {
      let expiredAt = 0;
      this.timer = setInterval(() => {
        this.wake();
        // once a minute: the queues that disabled endpoints kept too long go
        if (Date.now() - expiredAt < 60_000) return;
        expiredAt = Date.now();
        expireKeptDeliveries(this.services).catch((err: unknown) => logger.warn({ err }, 'expiring kept webhook deliveries failed'));
      }, this.options.intervalMs);
      this.timer.unref();
    }
    this.wake();
    return this;
  }

  /** Looks for due attempts now; calls while a look is under way coalesce into one more. */
  wake(): void {
    if (this.stopped) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    this.claiming = this.fill()
      .catch((err: unknown) => logger.warn({ err }, 'webhook claim failed; retrying at the next interval'))
      .finally(() => {
        this.claiming = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async fill(): Promise<void> {
    while (!this.stopped && this.inFlight.size < this.concurrency) {
      const claimed = await claimDue(this.services, this.concurrency - this.inFlight.size, Math.max(LEASE_MS, this.timeoutMs + 20_000));
      if (this.stopped) {
        await releaseClaims(this.services, claimed);
        return;
      }
      for (const c of claimed) {
        this.inFlight.set(c.id, c);
        const run = this.deliver(c).finally(() => {
          this.inFlight.delete(c.id);
          this.running.delete(run);
          this.wake();
        });
        this.running.add(run);
      }
      if (!claimed.length) return;
    }
  }

  private deliver(claimed: ClaimedDelivery): Promise<void> {
    return withSpan('webhook attempt', { 'crossdesk.webhook.id': claimed.webhookId, 'crossdesk.webhook.attempt': claimed.attempt }, () => this.attempt(claimed));
  }

  private async attempt(claimed: ClaimedDelivery): Promise<void> {
    let result: AttemptResult;
    try {
      result = await sendAttempt(this.services, claimed, { timeoutMs: this.timeoutMs, signal: this.abort.signal });
    } catch {
      return; // stopping: stop() gives it back
    }
    try {
      const outcome = await recordAttempt(this.services, claimed, result);
      if (!outcome) return;
      if (outcome.status === 'SUCCEEDED' && claimed.attempt === 1) {
        webhookDeliveryLatency.observe(Math.max(0, this.services.clock.now().getTime() - new Date(claimed.event.at).getTime()) / 1000);
      }
      if (outcome.disabled) logger.warn({ webhookId: claimed.webhookId }, 'webhook disabled after failing for 24 hours');
      this.events.emit('attempt', { deliveryId: claimed.id, webhookId: claimed.webhookId, eventId: claimed.event.id, attempt: claimed.attempt, outcome } satisfies AttemptReport);
    } catch (err) {
      // the lease runs out and the attempt is made again: at least once
      logger.warn({ err, deliveryId: claimed.id }, 'recording a webhook attempt failed');
    }
  }

  /** Resolves once nothing is in flight and a look found nothing due (for tools and tests that drive the worker). */
  async idle(): Promise<void> {
    for (;;) {
      await this.claiming;
      if (!this.running.size && !this.claiming) return;
      await Promise.all([...this.running]);
    }
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const claims = [...this.inFlight.values()];
    this.abort.abort();
    await this.claiming;
    await Promise.all([...this.running]);
    await releaseClaims(this.services, claims).catch((err: unknown) => logger.warn({ err }, 'giving back webhook claims failed'));
  }
}

/** Starts the worker: a first look at once (attempts that came due while no server ran go now), then on signals and every `intervalMs`. */
export function startWebhookWorker(services: AppServices, options: WebhookWorkerOptions): WebhookWorker {
  return new WebhookWorker(services, options).start();
}

/**
 * Sends every attempt due now, once, and answers how many were recorded (for tests and
 * tools that drive delivery by hand; retries queued by this pass wait for the next one).
 */
export async function processDueDeliveries(services: AppServices, options: { timeoutMs?: number; concurrency?: number } = {}): Promise<number> {
  let recorded = 0;
  for (;;) {
    const claimed = await claimDue(services, options.concurrency ?? 8);
    if (!claimed.length) return recorded;
    const results = await Promise.all(
      claimed.map(async (c) => recordAttempt(services, c, await sendAttempt(services, c, { timeoutMs: options.timeoutMs ?? DELIVERY_TIMEOUT_MS }))),
    );
    recorded += results.filter(Boolean).length;
  }
}
