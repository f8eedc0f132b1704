import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Context } from '../context';
import { Member } from '../modules/members/member.entity';
import { User } from '../modules/members/user.entity';

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
export function byIdLoader<T extends ObjectLiteral & { id: string }>(ctx: Context, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    // ids are opaque to clients: anything that is not one of ours simply does not exist
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ctx.dataSource.manager.findBy(entity, { id: In(valid) } as never) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The per-request loaders; created once per HTTP request and once per subscription event. */
export function createLoaders(ctx: Context) {
  return {
    member: byIdLoader(ctx, Member),
    user: byIdLoader(ctx, User),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
