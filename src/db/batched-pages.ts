import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { NO_ID } from '../common/ids';
import type { Context } from '../context';
import { DEFAULT_PAGE_SIZE, decodeCursor, encodeCursor, type Page } from '../common/pagination';

type Row = ObjectLiteral & { id: string; createdAt?: Date };

/** How to page a child list of many parents at once (e.g. the users of each member in a list). */
export type PageArgs = { first?: number | null; after?: string | null };

export interface ChildListSpec<T extends Row, A extends PageArgs = PageArgs> {
  entity: EntityTarget<T>;
  /** Property of T holding the parent's id. */
  parentProperty: keyof T & string;
  /** Narrows the rows (search, visibility); `parentIds` are those asked for in this batch. */
  scope?: (qb: SelectQueryBuilder<T>, ctx: Context, args: A) => void | Promise<void>;
  /** Parents whose lists the caller may see at all; the others get empty pages. */
  visibleParents?: (ctx: Context, parentIds: readonly string[]) => readonly string[] | Promise<readonly string[]>;
  /** The order of the list and its cursor; by default `(createdAt, id)` with keyset cursors. */
  order?: { properties: string[]; cursorOf: (node: T) => string; parseCursor: (cursor: string) => unknown[] };
  /** Newest first: the order's columns descending, `after` moving back in time. */
  descending?: boolean;
}

const DEFAULT_ORDER = {
  properties: ['createdAt', 'id'],
  cursorOf: (node: Row) => encodeCursor([node.createdAt!.toISOString(), node.id]),
  parseCursor: (cursor: string) => {
    const [at, id] = decodeCursor(cursor);
    return [new Date(at), id];
  },
};

/**
 * Batches a connection field over every parent of a list: one statement for the page rows
 * of all parents (`row_number() OVER (PARTITION BY parent)`), one to load them, and one
 * for all `totalCount`s when asked, whatever the number of parents. Keyset cursors as in
 * `paginate`.
 */
export function childPages<T extends Row, A extends PageArgs = PageArgs>(ctx: Context, spec: ChildListSpec<T, A>) {
  const loaders = new Map<string, { pages: DataLoader<string, Page<T>>; counts: DataLoader<string, number> }>();
  const meta = ctx.dataSource.getMetadata(spec.entity);
  const col = (prop: string) => `"t"."${meta.findColumnsWithPropertyPath(prop)[0].databaseName}"`;

  async function base(parentIds: readonly string[], args: A) {
    const visible = spec.visibleParents ? await spec.visibleParents(ctx, parentIds) : parentIds;
    const qb = ctx.dataSource.manager.createQueryBuilder(spec.entity, 't');
    qb.where(`${col(spec.parentProperty)} IN (:...parentIds)`, { parentIds: visible.length ? [...visible] : [NO_ID] });
    await spec.scope?.(qb, ctx, args);
    return qb;
  }

  function forArgs(args: A) {
    const key = JSON.stringify(Object.entries(args).sort(([a], [b]) => a.localeCompare(b)));
    let entry = loaders.get(key);
    if (entry) return entry;
    const limit = args.first ?? DEFAULT_PAGE_SIZE;
    const order = (spec.order ?? DEFAULT_ORDER) as NonNullable<ChildListSpec<T, A>['order']>;
    const cursor = args.after ? order.parseCursor(args.after) : null;
    const orderCols = order.properties.map(col).join(', ');
    const dir = spec.descending ? 'DESC' : 'ASC';
    const orderBy = order.properties.map((p) => `${col(p)} ${dir}`).join(', ');
    const pages = new DataLoader<string, Page<T>>(async (parentIds) => {
      const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
      if (limit > 0) {
        const qb = await base(parentIds, args);
        if (cursor) {
          const params = Object.fromEntries(cursor.map((v, i) => [`cursor${i}`, v]));
          qb.andWhere(`(${orderCols}) ${spec.descending ? '<' : '>'} (${cursor.map((_, i) => `:cursor${i}`).join(', ')})`, params);
        }
        qb.select(`${col('id')}`, 'id')
          .addSelect(`${col(spec.parentProperty)}`, 'parent')
          .addSelect(`row_number() OVER (PARTITION BY ${col(spec.parentProperty)} ORDER BY ${orderBy})`, 'rn');
        const [sql, params] = qb.getQueryAndParameters();
        const ranked: Array<{ id: string; parent: string }> = await ctx.dataSource.query(
          `SELECT id, parent FROM (${sql}) ranked WHERE rn <= $${params.length + 1} ORDER BY parent, rn`,
          [...params, limit + 1],
        );
        const rows = ranked.length ? await ctx.dataSource.manager.findBy(spec.entity, { id: In(ranked.map((r) => r.id)) } as never) : [];
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const r of ranked) byParent.get(r.parent)?.push(byId.get(r.id)!);
      }
      return parentIds.map((id) => {
        const list = byParent.get(id)!;
        const nodes = list.slice(0, limit);
        const edges = nodes.map((node) => ({ cursor: order.cursorOf(node), node }));
        return {
          edges,
          pageInfo: { hasNextPage: list.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : (args.after ?? null) },
          count: () => entry!.counts.load(id),
        };
      });
    });
    const counts = new DataLoader<string, number>(async (parentIds) => {
      const qb = await base(parentIds, args);
      qb.select(`${col(spec.parentProperty)}`, 'parent').addSelect('count(*)::int', 'n').groupBy(col(spec.parentProperty));
      const rows: Array<{ parent: string; n: number }> = await qb.getRawMany();
      const byParent = new Map(rows.map((r) => [r.parent, Number(r.n)]));
      return parentIds.map((id) => byParent.get(id) ?? 0);
    });
    entry = { pages, counts };
    loaders.set(key, entry);
    return entry;
  }

  return (parentId: string, args: A): Promise<Page<T>> => forArgs(args).pages.load(parentId);
}
