import type { AuthChecker } from 'type-graphql';
import { isMemberCaller, type Caller } from './caller';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { UserRole } from './roles';

/** What the auth checker reads of the request context. */
type WithCaller = { caller: Caller };

/**
 * Roles named in `@Authorized(...)`: `OPERATOR` (the network operator), `ADMIN` (a member
 * admin's personal token), `MEMBER` (any user or service token of a member). An empty list
 * means any authenticated caller. Role comes before ownership: this runs before any service.
 */
export type Role = 'OPERATOR' | 'ADMIN' | 'MEMBER';

export function hasRole(ctx: WithCaller, role: Role): boolean {
  const c = ctx.caller;
  switch (role) {
    case 'OPERATOR':
      return c.kind === 'operator';
    case 'ADMIN':
      return c.kind === 'user' && c.role === UserRole.ADMIN;
    case 'MEMBER':
      return isMemberCaller(c);
  }
}

/** type-graphql's auth checker: UNAUTHENTICATED without a valid token, FORBIDDEN for a wrong role. */
export const authChecker: AuthChecker<WithCaller, Role> = ({ context }, roles) => {
  if (context.caller.kind === 'anonymous') {
    throw new UnauthenticatedError(
      context.caller.invalidToken ? 'The token is unknown or revoked.' : 'A valid token is required: send "Authorization: Bearer <token>".',
    );
  }
  if (roles.length === 0 || roles.some((r) => hasRole(context, r))) return true;
  throw new ForbiddenError(`This operation needs the role ${roles.join(' or ')}.`);
};
