import { isMemberCaller } from '../../common/caller';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import type { ChildListSpec, PageArgs } from '../../db/batched-pages';
import { isAdminOf, requireMemberId, lockOwned } from '../../common/access';
import type { Page } from '../../common/pagination';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { User } from '../members/user.entity';
import { ApiToken, type TokenKind } from './api-token.entity';
import { generateSecret, hashSecret, secretPrefix } from './secrets';
import type { IssueTokenInput, RevokeTokenInput } from './token.inputs';

/** Creates a token row and returns its secret, which is never stored nor shown again. */
export async function issueSecretFor(
  tx: Context,
  spec: { kind: TokenKind; memberId: string; userId: string | null; name: string },
): Promise<{ token: ApiToken; secret: string }> {
  const secret = generateSecret();
  const token = await tx.manager.save(
    tx.manager.create(ApiToken, {
      kind: spec.kind,
      memberId: spec.memberId,
      userId: spec.userId,
      name: spec.name,
      secretHash: hashSecret(secret),
      secretPrefix: secretPrefix(secret),
      canSubmitCritical: false,
      lastUsedAt: null,
      revokedAt: null,
    }),
  );
  return { token, secret };
}

/** Issues a personal token (for a user of the admin's member) or a service token (for the member). */
export async function issueToken(ctx: Context, input: IssueTokenInput): Promise<{ token: ApiToken; secret: string }> {
  const memberId = requireMemberId(ctx.caller);
  const service = input.service ?? false;
  if (service && input.userId) throw new BadUserInputError([{ path: 'userId', message: 'a service token belongs to the member: leave userId out' }]);
  if (!service && !input.userId) throw new BadUserInputError([{ path: 'userId', message: 'a personal token needs the user it acts as' }]);
  return withTransaction(ctx, async (tx) => {
    if (!service) {
      const user = await tx.manager.findOneBy(User, { id: input.userId!, memberId });
      if (!user) throw new NotFoundError('User', input.userId);
    }
    return issueSecretFor(tx, { kind: service ? 'SERVICE' : 'PERSONAL', memberId, userId: service ? null : input.userId!, name: input.name.trim() });
  });
}

/** Revokes one of the admin's member's tokens; effective from the next call on, on every instance. */
export async function revokeToken(ctx: Context, input: RevokeTokenInput): Promise<ApiToken> {
  const memberId = requireMemberId(ctx.caller);
  return withTransaction(ctx, async (tx) => {
    const token = await lockOwned(tx, ApiToken, input.id, memberId, 'Token');
    if (!token.revokedAt) {
      token.revokedAt = tx.clock.now();
      await tx.manager.update(ApiToken, { id: token.id }, { revokedAt: token.revokedAt });
    }
    return token;
  });
}

/** A member's tokens (personal and service), for its admins (batched over a list of members). */
export const tokensOfMember: ChildListSpec<ApiToken> = {
  entity: ApiToken,
  parentProperty: 'memberId',
  visibleParents: (ctx, ids) => ids.filter((id) => isAdminOf(ctx.caller, id)),
};

/** A member's tokens (personal and service), for its admins; empty for anyone else. */
export function listTokens(ctx: Context, memberId: string, args: PageArgs): Promise<Page<ApiToken>> {
  return ctx.loaders.tokensOfMember(memberId, { first: args.first, after: args.after });
}

/** The token the caller authenticated with (personal or service), if any. */
export async function currentToken(ctx: Context): Promise<ApiToken | null> {
  if (!isMemberCaller(ctx.caller)) return null;
  return ctx.loaders.token.load(ctx.caller.tokenId);
}
