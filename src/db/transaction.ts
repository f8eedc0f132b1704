import type { EntityManager } from 'typeorm';
import { ConflictError } from '../common/errors';
import type { Context } from '../context';

interface PgError {
  code?: string;
  constraint?: string;
}

/** Maps the database's concurrency and uniqueness failures to typed errors; anything else passes. */
export function mapDatabaseError(err: unknown): unknown {
  const code = (err as PgError | undefined)?.code ?? (err as { driverError?: PgError })?.driverError?.code;
  if (code === '23505') return new ConflictError('An object with the same unique value already exists.');
  if (code === '40001' || code === '40P01' || code === '55P03') {
    return new ConflictError('A concurrent change won; reload and try again.');
  }
  return err;
}

/**
 * Runs `work` in one database transaction, handing it a copy of the context whose
 * `manager` is the transaction's. Everything inside must use `ctx.manager` (on PGlite any
 * other connection waits for the open transaction). Events queued on the copy are handed to
 * subscribers only after commit, never on rollback.
 */
export async function withTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  const afterCommit: Array<() => void | Promise<void>> = [];
  let result: T;
  try {
    result = await ctx.dataSource.transaction(async (manager: EntityManager) => {
      const tx: Context = { ...ctx, manager, inTransaction: true, afterCommit };
      return work(tx);
    });
  } catch (err) {
    throw mapDatabaseError(err);
  }
  for (const hook of afterCommit) {
    try {
      await hook();
    } catch (err) {
      ctx.log.error({ err }, 'after-commit hook failed');
    }
  }
  return result;
}
