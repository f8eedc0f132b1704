import type { DataSource } from 'typeorm';
import { requireMemberId, lockOwned } from '../../common/access';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { paginate, type Page } from '../../common/pagination';
import type { ChildListSpec } from '../../db/batched-pages';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { seqFromCursor } from '../events/event-cursor';
import { canSeeEvent, eventVisibleTo } from '../events/event.access';
import { RequestEvent, type RequestEventType } from '../events/request-event.entity';
import { Webhook, WebhookDelivery } from './webhook.entity';
import type { CreateWebhookInput, DeleteWebhookInput, DeliveriesArgs, RedeliverWebhookEventInput, ResumeWebhookInput, RotateWebhookSecretInput, UpdateWebhookInput } from './webhook.inputs';
import { disableWebhook } from './webhook-queue';
import type { SecretBox } from '../../common/secret-box';
import { generateWebhookSecret } from './webhook-signature';
import { requireAllowedTarget } from './webhook-target';
import { DeliveryStatus, ROTATION_OVERLAP_MS, WEBHOOK_RETENTION_DAYS } from './webhook.types';

const DAY_MS = 86_400_000;

/** Event types as stored: each once, sorted; empty means every type. */
function normaliseTypes(types: RequestEventType[] | null | undefined): RequestEventType[] {
  return [...new Set(types ?? [])].sort();
}

function cleanDescription(d: string | null | undefined): string | null {
  const t = d?.trim();
  return t ? t : null;
}

/** One of the caller's member's webhooks, locked for the transaction; NOT_FOUND for any other id. */
async function ownWebhook(tx: Context, id: string): Promise<Webhook> {
  const memberId = requireMemberId(tx.caller);
  return lockOwned(tx, Webhook, id, memberId, 'Webhook');
}

/** Creates an endpoint of the admin's member and returns its signing secret, shown this once. */
export async function createWebhook(ctx: Context, input: CreateWebhookInput): Promise<{ webhook: Webhook; secret: string }> {
  const memberId = requireMemberId(ctx.caller);
  await requireAllowedTarget(ctx, input.url);
  return withTransaction(ctx, async (tx) => {
    const secret = generateWebhookSecret();
    const webhook = await tx.manager.save(
      tx.manager.create(Webhook, {
        memberId,
        url: input.url,
        eventTypes: normaliseTypes(input.eventTypes),
        description: cleanDescription(input.description),
        enabled: true,
        disabledReason: null,
        secret: tx.services.secrets.seal(secret),
        previousSecret: null,
        previousSecretExpiresAt: null,
        failingSince: null,
      }),
    );
    return { webhook, secret };
  });
}

/**
 * Changes an endpoint. Disabling drops its pending attempts (nothing is queued for a
 * disabled endpoint either); enabling clears the reason and the failure streak.
 */
export async function updateWebhook(ctx: Context, input: UpdateWebhookInput): Promise<Webhook> {
  if (input.url != null) await requireAllowedTarget(ctx, input.url);
  return withTransaction(ctx, async (tx) => {
    const hook = await ownWebhook(tx, input.id);
    const changes: Partial<Webhook> = {};
    if (input.url != null) changes.url = input.url;
    if (input.eventTypes != null) changes.eventTypes = normaliseTypes(input.eventTypes);
    if (input.description !== undefined) changes.description = cleanDescription(input.description);
    if (input.enabled === true && !hook.enabled) Object.assign(changes, { enabled: true, disabledReason: null, failingSince: null });
    if (Object.keys(changes).length) await tx.manager.update(Webhook, { id: hook.id }, changes);
    if (input.enabled === false && hook.enabled) await disableWebhook(tx, hook.id, null);
    return (await tx.manager.findOneBy(Webhook, { id: hook.id }))!;
  });
}

/** A new signing secret, shown once; the previous one keeps signing (as a second signature) for 24 hours. */
export async function rotateWebhookSecret(ctx: Context, input: RotateWebhookSecretInput): Promise<{ webhook: Webhook; secret: string }> {
  return withTransaction(ctx, async (tx) => {
    const hook = await ownWebhook(tx, input.id);
    const secret = generateWebhookSecret();
    await tx.manager.update(Webhook, { id: hook.id }, { secret: tx.services.secrets.seal(secret), previousSecret: hook.secret, previousSecretExpiresAt: new Date(tx.clock.now().getTime() + ROTATION_OVERLAP_MS) });
    return { webhook: (await tx.manager.findOneBy(Webhook, { id: hook.id }))!, secret };
  });
}

/** Deletes an endpoint with its delivery log; an attempt in flight is not recorded. */
export async function deleteWebhook(ctx: Context, input: DeleteWebhookInput): Promise<Webhook> {
  return withTransaction(ctx, async (tx) => {
    const hook = await ownWebhook(tx, input.id);
    await tx.manager.delete(WebhookDelivery, { webhookId: hook.id });
    await tx.manager.delete(Webhook, { id: hook.id });
    return hook;
  });
}

/**
 * Queues one more delivery of an event to an endpoint, due now. The event must be one the
 * endpoint's member may see (the `events` rule), whatever types the endpoint subscribes to.
 */
export async function redeliverWebhookEvent(ctx: Context, input: RedeliverWebhookEventInput): Promise<WebhookDelivery> {
  return withTransaction(ctx, async (tx) => {
    const hook = await ownWebhook(tx, input.webhookId);
    const event = await tx.manager.findOneBy(RequestEvent, { id: input.eventId });
    if (!event || !canSeeEvent(tx.caller, event)) throw new NotFoundError('Event', input.eventId);
    if (!hook.enabled) throw new BadUserInputError([{ path: 'webhookId', message: 'the webhook is disabled: enable it first' }]);
    const delivery = await tx.manager.save(
      tx.manager.create(WebhookDelivery, {
        webhookId: hook.id,
        eventId: event.id,
        eventSeq: event.seq,
        attempt: 1,
        status: DeliveryStatus.PENDING,
        redelivery: true,
        nextAttemptAt: tx.clock.now(),
        lockedUntil: null,
        leaseToken: null,
        retryUntil: null,
        attemptedAt: null,
        httpStatus: null,
        durationMs: null,
        error: null,
        responseBody: null,
      }),
    );
    tx.afterCommit.push(() => tx.services.webhooks?.wake());
    return delivery;
  });
}

/**
 * Member admin: re-enables an endpoint (clearing why it was disabled) and queues, in event
 * order, every event after `after` (default: the last one it accepted) that it should have
 * received: those its member may see, of its types, from the last `WEBHOOK_RETENTION_DAYS`
 * days, that have no attempt pending already. The worker sends an endpoint's events in
 * order, so these go before any new one. Answers the webhook and how many were queued.
 */
export async function resumeWebhook(ctx: Context, input: ResumeWebhookInput): Promise<{ webhook: Webhook; queued: number }> {
  return withTransaction(ctx, async (tx) => {
    const hook = await ownWebhook(tx, input.id);
    const after = input.after ? seqFromCursor(input.after) : ((await lastDeliveredSeqs(tx, [hook.id])).get(hook.id) ?? '0');
    const now = tx.clock.now();
    if (!hook.enabled) {
      await tx.manager.update(Webhook, { id: hook.id }, { enabled: true, disabledReason: null, failingSince: null });
      Object.assign(hook, { enabled: true, disabledReason: null, failingSince: null });
    }
    const queued: unknown[] = await tx.manager.query(
      `INSERT INTO webhook_delivery (webhook_id, event_id, event_seq, attempt, status, redelivery, next_attempt_at)
       SELECT w.id, e.id, e.seq, 1, 'PENDING', true, $3
         FROM request_event e JOIN webhook w ON w.id = $1
        WHERE e.seq > $2 AND e.at >= $4
          AND (cardinality(w.event_types) = 0 OR e.type::text = ANY (w.event_types))
          AND ${eventVisibleTo('e', 'w.member_id')}
          AND NOT EXISTS (SELECT 1 FROM webhook_delivery p WHERE p.webhook_id = w.id AND p.event_id = e.id AND p.status = 'PENDING')
        ORDER BY e.seq
       RETURNING id`,
      [hook.id, after, now, new Date(now.getTime() - WEBHOOK_RETENTION_DAYS * DAY_MS)],
    );
    if (queued.length) tx.afterCommit.push(() => tx.services.webhooks?.wake());
    return { webhook: hook, queued: queued.length };
  });
}

/** The log position of the last event each webhook accepted (a SUCCEEDED attempt), in one query. */
export async function lastDeliveredSeqs(ctx: Pick<Context, 'manager'>, webhookIds: readonly string[]): Promise<Map<string, string>> {
  const rows: Array<{ webhook_id: string; seq: string }> = await ctx.manager.query(
    `SELECT webhook_id, max(event_seq)::text AS seq FROM webhook_delivery WHERE webhook_id = ANY ($1::uuid[]) AND status = 'SUCCEEDED' GROUP BY webhook_id`,
    [[...webhookIds]],
  );
  return new Map(rows.map((r) => [r.webhook_id, r.seq]));
}

/** The caller's member's endpoints, oldest first. */
export async function listWebhooks(ctx: Context, args: { first?: number; after?: string }): Promise<Page<Webhook>> {
  const memberId = requireMemberId(ctx.caller);
  return paginate(ctx.manager.createQueryBuilder(Webhook, 'w').where('w.memberId = :memberId', { memberId }), args);
}

/**
 * A webhook's delivery log, newest first, batched over every webhook of a list. Webhooks
 * are only ever resolved for their own member's admins, so no further check is needed.
 */
export const deliveriesOfWebhook: ChildListSpec<WebhookDelivery, DeliveriesArgs> = {
  entity: WebhookDelivery,
  parentProperty: 'webhookId',
  scope: (qb, _ctx, args) => {
    if (args.status) qb.andWhere('t.status = :deliveryStatus', { deliveryStatus: args.status });
  },
  descending: true,
};

/**
 * Refuses to start when stored webhook secrets were encrypted and cannot be opened: no
 * `CROSSDESK_SECRET_KEY`, or another key than the one that sealed them. Failing at start
 * says so at once, instead of every delivery failing later.
 */
export async function checkStoredSecrets(dataSource: DataSource, secrets: SecretBox): Promise<void> {
  const [row] = (await dataSource.query(`SELECT secret FROM webhook WHERE secret LIKE 'enc:%' LIMIT 1`)) as Array<{ secret: string }>;
  if (row) secrets.open(row.secret);
}
