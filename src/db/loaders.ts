import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { isUuid } from '../common/ids';
import type { Context } from '../context';

/**
 * The parts loaders are made of: by id, by parent, memoised once per request, and an
 * object of loaders each built on first use. The registry that names every feature's
 * loaders is `src/loaders.ts`; child connections batched over a list are `batched-pages.ts`.
 */

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
export function byParentLoader<T extends ObjectLiteral>(ctx: Pick<Context, 'dataSource'>, entity: EntityTarget<T>, parent: keyof T & string, order: keyof T & string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await ctx.dataSource.manager.find(entity, { where: { [parent]: In([...ids]) } as never, order: { [order]: 'ASC' } as never });
    const out = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) out.get(r[parent] as string)?.push(r);
    return ids.map((id) => out.get(id)!);
  });
}

/** Memoises one async computation per request. */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}

/**
 * An object whose entries are built on first use and then kept. A request (or a pushed
 * event, resolved once per subscriber) uses a few of the loaders below, so building all
 * of them every time was wasted work.
 */
export function lazily<T extends Record<string, unknown>>(makers: { [K in keyof T]: () => T[K] }): T {
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
