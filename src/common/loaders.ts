import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Context } from '../context';
import { ApiToken } from '../modules/auth/api-token.entity';
import { criticalTeamOfMember, rosterHistoryOfMember } from '../modules/members/critical-roster.service';
import { tokensOfMember } from '../modules/auth/token.service';
import { Member } from '../modules/members/member.entity';
import { usersOfMember } from '../modules/members/member.service';
import { User } from '../modules/members/user.entity';
import { MembershipChange } from '../modules/partner-groups/membership.entity';
import { membershipsOfGroup, membershipsOfMember, visibleMembershipFilter } from '../modules/partner-groups/membership.service';
import { PartnerGroup } from '../modules/partner-groups/partner-group.entity';
import { Department } from '../modules/departments/department.entity';
import { onCriticalRoster } from '../modules/departments/directory.service';
import { ProcessForm, ProcessFormVersion } from '../modules/process-forms/process-form.entity';
import { timelineOfRequest } from '../modules/events/event-log.service';
import { RequestEvent } from '../modules/events/request-event.entity';
import { deliveriesOfWebhook } from '../modules/webhooks/webhook.service';
import { CollaborationRequest } from '../modules/requests/request.entity';
import { notesOfRequest } from '../modules/requests/request.service';
import { currentClocksLoader } from '../modules/sla/sla-clock.service';
import { duplicatesOfRequest } from '../modules/automation/automation.service';
import { childPages } from './batched-pages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-supplied id can be one of ours (so it may be sent to the database). */
export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

/**
 * A loader by primary key: one `IN (...)` query per tick for every id asked, answering in
 * key order (null for a missing id). It reads through the request's base manager, so it is
 * for field resolvers, not for code inside a transaction.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(ctx: Pick<Context, 'dataSource'>, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    // ids are opaque to clients: anything that is not one of ours simply does not exist
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.dataSource.manager.findBy(entity, { id: In(valid) } as never) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Rows grouped by a parent column, in creation order: one `IN (...)` query per tick. */
export function byParentLoader<T extends ObjectLiteral>(ctx: Context, entity: EntityTarget<T>, parent: keyof T & string, order: keyof T & string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await ctx.dataSource.manager.find(entity, { where: { [parent]: In([...ids]) } as never, order: { [order]: 'ASC' } as never });
    const out = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(r[parent] as string)?.push(r);
    return ids.map((id) => out.get(id)!);
  });
}

/** Memoises one async computation per request. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}

/**
 * Loaders by id, which answer the same whoever asks (visibility is checked before an id is
 * loaded): a subscription event's batch shares one set across all its subscribers, so a
 * pushed event costs one query per kind of object, not one per subscriber.
 */
export function createSharedLoaders(ctx: Pick<Context, 'dataSource'>) {
  return {
    member: byIdLoader(ctx, Member),
    user: byIdLoader(ctx, User),
    group: byIdLoader(ctx, PartnerGroup),
    department: byIdLoader(ctx, Department),
    form: byIdLoader(ctx, ProcessForm),
    formVersion: byIdLoader(ctx, ProcessFormVersion),
    request: byIdLoader(ctx, CollaborationRequest),
  };
}

export type SharedLoaders = ReturnType<typeof createSharedLoaders>;

/**
 * An object whose entries are built on first use and then kept. A request (or a pushed
 * event, resolved once per subscriber) uses a few of the loaders below, so building all
 * of them every time was wasted work.
 */
function lazily<T extends Record<string, unknown>>(makers: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(makers) as Array<keyof T>) {
    Object.defineProperty(out, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = makers[key]();
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
}

/** The per-request loaders; one set per HTTP request and per subscription event, each built when first used. */
export function createLoaders(ctx: Context, shared: SharedLoaders = createSharedLoaders(ctx)) {
  const own = lazily({
    formVersions: () => byParentLoader(ctx, ProcessFormVersion, 'formId', 'version'),
    notesOfRequest: () => childPages(ctx, notesOfRequest),
    timelineOfRequest: () => childPages(ctx, timelineOfRequest),
    duplicatesOfRequest: () => childPages(ctx, duplicatesOfRequest),
    slaClocks: () => currentClocksLoader(ctx),
    criticalRoster: () => once(() => onCriticalRoster(ctx)),
    membershipHistory: () => byParentLoader(ctx, MembershipChange, 'membershipId', 'at'),
    token: () => byIdLoader(ctx, ApiToken),
    criticalTeamOfMember: () => childPages(ctx, criticalTeamOfMember),
    rosterHistoryOfMember: () => childPages(ctx, rosterHistoryOfMember),
    tokensOfMember: () => childPages(ctx, tokensOfMember),
    membershipVisibility: () => once(() => visibleMembershipFilter(ctx)),
    usersOfMember: () => childPages(ctx, usersOfMember),
    membershipsOfGroup: () => childPages(ctx, membershipsOfGroup),
    membershipsOfMember: () => childPages(ctx, membershipsOfMember),
    event: () => byIdLoader(ctx, RequestEvent),
    deliveriesOfWebhook: () => childPages(ctx, deliveriesOfWebhook),
  });
  return Object.assign(own, shared);
}

export type Loaders = ReturnType<typeof createLoaders>;
