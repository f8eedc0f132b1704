import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` / `after` of every Relay connection. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge `cursor`).' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

/** Paging state of a connection. */
@ObjectType({ description: 'Where a page of a connection ends and whether more follow.' })
export class PageInfo {
  @Field({ description: 'Whether items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page; pass it as `after` for the next page.' })
  endCursor: string | null;
}

/** What a service returns for a connection; `totalCount` is counted only when asked for. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Builds the `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} and its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item, stable while items are added.' })
    cursor: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} items (Relay connection).` })
  class Connection implements Page<T> {
    @Field(() => [Edge], { description: 'The items of this page.' })
    edges: Array<{ cursor: string; node: T }>;

    @Field(() => PageInfo, { description: 'Paging state.' })
    pageInfo: PageInfo;

    count: () => Promise<number>;

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return Connection;
}

type CursorKey = [string, string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** A keyset cursor's id: a UUID, as every table's key. */
const CURSOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A keyset cursor's time, exactly as `toISOString` writes it (years 0000-9999: inside PostgreSQL's range). */
const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The position a keyset cursor names. Anything this server did not write (not base64url
 * JSON, an id that is not a UUID or holds NUL, a time PostgreSQL cannot hold) is
 * BAD_USER_INPUT on `after`, before any query sees it.
 */
export function decodeCursor(cursor: string): CursorKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string') {
      if (CURSOR_AT.test(key[0]) && !Number.isNaN(Date.parse(key[0])) && CURSOR_ID.test(key[1])) return key as CursorKey;
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError([{ path: 'after', message: 'is not a cursor returned by this list' }]);
}

/**
 * Keyset pagination over `(createdAt, id)`: a cursor names a position, not an offset, so
 * pages stay correct while rows are inserted. `createdAt` columns have millisecond precision
 * so that the JavaScript Date in a cursor compares exactly.
 */
export async function paginate<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  qb: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Page<T>> {
  const alias = qb.alias;
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  const countQb = qb.clone();
  const pageQb = qb.clone();
  if (args.after) {
    const [at, id] = decodeCursor(args.after);
    const op = direction === 'ASC' ? '>' : '<';
    pageQb.andWhere(`(${alias}.createdAt, ${alias}.id) ${op} (:cursorAt, :cursorId)`, { cursorAt: new Date(at), cursorId: id });
  }
  pageQb.orderBy(`${alias}.createdAt`, direction).addOrderBy(`${alias}.id`, direction).take(undefined).limit(limit + 1);
  const rows = limit === 0 ? [] : await pageQb.getMany();
  const hasNextPage = rows.length > limit;
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor([node.createdAt.toISOString(), node.id]), node }));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : (args.after ?? null) },
    count: () => countQb.getCount(),
  };
}

/** Wraps a page in a connection class instance so its `totalCount` resolver is available. */
export function toConnection<C extends object, T>(Conn: new () => C, page: Page<T>): C {
  return Object.assign(new Conn(), page);
}

/** Escapes a user's search text for ILIKE. */
export function likePattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
