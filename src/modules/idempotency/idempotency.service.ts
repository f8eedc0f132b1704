import { createHash } from 'node:crypto';
import { requireMemberId } from '../../common/access';
import { BadUserInputError, ConflictError } from '../../common/errors';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';

/** How long a key answers as its first call did. */
export const IDEMPOTENCY_KEY_HOURS = 24;
/** What a key may be: 1 to 200 printable ASCII characters (a UUID, a CRM's own operation id…). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7e]{1,200}$/;
const HOUR_MS = 3_600_000;

/** JSON with object keys sorted, so that two equal inputs hash alike whatever their key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .filter((k) => k !== 'idempotencyKey' && (value as Record<string, unknown>)[k] !== undefined)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** The fingerprint of one call: the operation and its input, the key itself left out. */
export function inputHash(operation: string, input: object): string {
  return createHash('sha256').update(JSON.stringify([operation, canonical(input)])).digest('hex');
}

/** The key of a call: the input's `idempotencyKey`, else the HTTP `Idempotency-Key` header. */
function keyOf(ctx: Context, input: { idempotencyKey?: string | null }): string | undefined {
  const key = input.idempotencyKey ?? ctx.idempotencyKey;
  if (key === undefined || key === null) return undefined;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new BadUserInputError([{ path: 'idempotencyKey', message: 'must be 1 to 200 printable ASCII characters (the Idempotency-Key header too)' }]);
  }
  return key;
}

/**
 * Runs a mutation at most once per member and key. The key is claimed in the mutation's own
 * transaction (`INSERT … ON CONFLICT`), so:
 * - the first call writes, and its key commits with its change (a call that fails keeps no key);
 * - a repeat with the same input within `IDEMPOTENCY_KEY_HOURS` writes nothing and answers the
 *   object the first call answered (`replay`), as it now is;
 * - two calls at once: PostgreSQL makes the second insert wait for the first transaction,
 *   then it replays (or, if the first failed, it writes): never two writes;
 * - the same key with another operation or input is CONFLICT, `reason: IDEMPOTENCY_KEY_REUSED`.
 * Without a key, `work` simply runs.
 */
export async function idempotent<T extends { id: string }>(
  ctx: Context,
  operation: string,
  input: { idempotencyKey?: string | null },
  replay: (tx: Context, id: string) => Promise<T>,
  work: (tx: Context) => Promise<T>,
): Promise<T> {
  const key = keyOf(ctx, input);
  if (!key) return work(ctx);
  const memberId = requireMemberId(ctx.caller);
  const hash = inputHash(operation, input);
  return withTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const claimed: unknown[] = await tx.manager.query(
      `INSERT INTO idempotency_key (member_id, key, operation, input_hash, result_id, created_at, expires_at)
       VALUES ($1, $2, $3, $4, NULL, $5, $6)
       ON CONFLICT (member_id, key) DO UPDATE
         SET operation = EXCLUDED.operation, input_hash = EXCLUDED.input_hash, result_id = NULL, created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at
         WHERE idempotency_key.expires_at <= EXCLUDED.created_at
       RETURNING 1`,
      [memberId, key, operation, hash, now, new Date(now.getTime() + IDEMPOTENCY_KEY_HOURS * HOUR_MS)],
    );
    if (!claimed.length) {
      const [first] = (await tx.manager.query(`SELECT operation, input_hash, result_id FROM idempotency_key WHERE member_id = $1 AND key = $2`, [memberId, key])) as Array<{
        operation: string;
        input_hash: string;
        result_id: string | null;
      }>;
      if (!first || first.operation !== operation || first.input_hash !== hash || !first.result_id) {
        throw new ConflictError(
          `The idempotency key was already used${first ? ` with ${first.operation === operation ? 'another input' : first.operation}` : ''} in the last ${IDEMPOTENCY_KEY_HOURS} hours: use a new key for a new operation.`,
          { reason: 'IDEMPOTENCY_KEY_REUSED' },
        );
      }
      return replay(tx, first.result_id);
    }
    // the key is this call's: nothing the work calls in turn may claim it again
    const result = await work({ ...tx, idempotencyKey: undefined });
    await tx.manager.query(`UPDATE idempotency_key SET result_id = $3 WHERE member_id = $1 AND key = $2`, [memberId, key, result.id]);
    return result;
  });
}

/** Deletes expired keys, at most `limit` at a time (the timer worker calls it); answers how many went. */
export async function purgeExpiredKeys(ctx: Pick<Context, 'dataSource' | 'clock'>, limit = 1000): Promise<number> {
  // TypeORM answers a DELETE on PostgreSQL as [rows, affected]
  const [rows] = (await ctx.dataSource.query(
    `DELETE FROM idempotency_key k USING (SELECT member_id, key FROM idempotency_key WHERE expires_at <= $1 LIMIT $2) old
      WHERE k.member_id = old.member_id AND k.key = old.key RETURNING 1`,
    [ctx.clock.now(), limit],
  )) as [unknown[], number];
  return rows.length;
}
