import { NotFoundError } from './errors';
import type { UserRole } from './roles';

/** Who is calling: resolved once per HTTP request or WebSocket connection from the bearer token. */
export type Caller =
  | { kind: 'anonymous'; invalidToken: boolean }
  | { kind: 'operator'; tokenId: string }
  | { kind: 'user'; tokenId: string; userId: string; memberId: string; role: UserRole }
  | { kind: 'service'; tokenId: string; memberId: string; canSubmitCritical: boolean };

export const ANONYMOUS: Caller = { kind: 'anonymous', invalidToken: false };

/** A caller that acts for a member: one of its users, or one of its service tokens. */
export type MemberCaller = Extract<Caller, { kind: 'user' | 'service' }>;

/** Whether the caller acts for a member (the one type guard for the nine places that asked). */
export function isMemberCaller(caller: Caller): caller is MemberCaller {
  return caller.kind === 'user' || caller.kind === 'service';
}

/** The member a caller acts for, if any. */
export function callerMemberId(caller: Caller): string | undefined {
  return caller.kind === 'user' || caller.kind === 'service' ? caller.memberId : undefined;
}

/** Whether the caller is an admin of the member (its tokens and roster history are theirs only). */
export function isAdminOf(caller: Caller, memberId: string): boolean {
  return caller.kind === 'user' && caller.role === 'ADMIN' && caller.memberId === memberId;
}

/** Whether the caller may see a member's own things: the operator, or a caller of that member. */
export function canSeeMember(caller: Caller, memberId: string): boolean {
  return caller.kind === 'operator' || callerMemberId(caller) === memberId;
}

/**
 * The member a caller acts for. The role checks let only members' callers reach the
 * services that ask; anyone else gets NOT_FOUND, as for anything they may not see.
 */
export function requireMemberId(caller: Caller): string {
  if (caller.kind !== 'user' && caller.kind !== 'service') throw new NotFoundError('Member');
  return caller.memberId;
}
