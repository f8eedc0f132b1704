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
  return isMemberCaller(caller) ? caller.memberId : undefined;
}
