import type { DataSource } from 'typeorm';
import { In, IsNull } from 'typeorm';
import { ANONYMOUS, type Caller } from '../../common/caller';
import type { Clock } from '../../common/clock';
import { logger } from '../../common/logger';
import type { User } from '../members/user.entity';
import { ApiToken } from './api-token.entity';
import { generateSecret, hashSecret, parseBearer, secretPrefix } from './secrets';

const LAST_USED_RESOLUTION_MS = 60_000;

/** What authentication reads of a token and its user. */
interface TokenRow {
  id: string;
  kind: ApiToken['kind'];
  member_id: string | null;
  user_id: string | null;
  can_submit_critical: boolean;
  last_used_at: Date | null;
  user_member_id: string | null;
  user_role: User['role'] | null;
}

/**
 * Resolves a bearer token to a caller. Looked up on every call (one indexed query), so a
 * revocation takes effect at once on every instance. `lastUsedAt` is written at most once
 * a minute per token, off the request's path.
 */
export async function authenticate(dataSource: DataSource, clock: Clock, authorization: unknown): Promise<Caller> {
  if (authorization === undefined || authorization === null || authorization === '') return ANONYMOUS;
  const secret = parseBearer(authorization);
  if (!secret) return { kind: 'anonymous', invalidToken: true };
  // the token and, for a personal token, its user: one indexed query on every call
  const [token] = (await dataSource.query(
    `SELECT t.id, t.kind, t.member_id, t.user_id, t.can_submit_critical, t.last_used_at, u.member_id AS user_member_id, u.role AS user_role
       FROM api_token t LEFT JOIN user_account u ON u.id = t.user_id
      WHERE t.secret_hash = $1 AND t.revoked_at IS NULL`,
    [hashSecret(secret)],
  )) as TokenRow[];
  if (!token) return { kind: 'anonymous', invalidToken: true };

  let caller: Caller;
  if (token.kind === 'OPERATOR') {
    caller = { kind: 'operator', tokenId: token.id };
  } else if (token.kind === 'SERVICE' && token.member_id) {
    caller = { kind: 'service', tokenId: token.id, memberId: token.member_id, canSubmitCritical: token.can_submit_critical };
  } else if (token.kind === 'PERSONAL' && token.user_id && token.user_member_id && token.user_role) {
    caller = { kind: 'user', tokenId: token.id, userId: token.user_id, memberId: token.user_member_id, role: token.user_role };
  } else {
    return { kind: 'anonymous', invalidToken: true };
  }

  const now = clock.now();
  if (!token.last_used_at || now.getTime() - token.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    const write = dataSource.manager
      .update(ApiToken, { id: token.id }, { lastUsedAt: now })
      .then(() => undefined)
      .catch((err: unknown) => logger.warn({ err }, 'could not record token use'))
      .finally(() => tokenUses.delete(write));
    tokenUses.add(write);
  }
  return caller;
}

/** The `lastUsedAt` writes under way, off the requests' paths. */
const tokenUses = new Set<Promise<void>>();

/**
 * Resolves once every `lastUsedAt` write started so far has ended: the seam for tests that
 * count a request's statements (and for an orderly shutdown), instead of waiting on time.
 */
export async function tokenUsesRecorded(): Promise<void> {
  await Promise.all([...tokenUses]);
}

/**
 * Makes sure the network has an operator token. With `configured` set, exactly that secret
 * authenticates the operator (any other operator token is revoked). Without it, a fresh
 * database gets a generated one, returned so the caller can print it once.
 */
export async function bootstrapOperator(dataSource: DataSource, clock: Clock, configured?: string): Promise<{ generated?: string }> {
  return dataSource.transaction(async (manager) => {
    // serialise concurrent start-ups of several instances
    await manager.query('SELECT pg_advisory_xact_lock(727274)');
    const active = await manager.findBy(ApiToken, { kind: 'OPERATOR', revokedAt: IsNull() });
    if (configured) {
      const hash = hashSecret(configured);
      const others = active.filter((t) => t.secretHash !== hash);
      if (others.length) await manager.update(ApiToken, others.map((t) => t.id), { revokedAt: clock.now() });
      if (!active.some((t) => t.secretHash === hash)) {
        const existing = await manager.findOneBy(ApiToken, { secretHash: hash });
        if (existing) await manager.update(ApiToken, { id: existing.id }, { revokedAt: null, kind: 'OPERATOR' });
        else await manager.insert(ApiToken, operatorToken(hash, secretPrefix(configured)));
      }
      return {};
    }
    if (active.length > 0) return {};
    const secret = generateSecret();
    await manager.insert(ApiToken, operatorToken(hashSecret(secret), secretPrefix(secret)));
    return { generated: secret };
  });
}

function operatorToken(secretHash: string, prefix: string): Partial<ApiToken> {
  return { kind: 'OPERATOR', secretHash, secretPrefix: prefix, name: 'network operator', memberId: null, userId: null, canSubmitCritical: false };
}

/** The sweep's lookup: which of these tokens are not revoked (one query). */
export function aliveTokenIds(dataSource: DataSource): (ids: string[]) => Promise<string[]> {
  return async (ids) => (await dataSource.manager.find(ApiToken, { select: { id: true }, where: { id: In(ids), revokedAt: IsNull() } })).map((t) => t.id);
}
