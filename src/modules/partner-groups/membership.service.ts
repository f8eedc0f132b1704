import { In } from 'typeorm';
import { canSeeMember, requireMemberId } from '../../common/access';
import { BadUserInputError, ConflictError, InvalidTransitionError, NotFoundError } from '../../common/errors';
import type { ChildListSpec } from '../../db/batched-pages';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { Member } from '../members/member.entity';
import { applyVisibility } from './membership.access';
import { CURRENT_STATUSES, GroupMembership, MembershipChange, MembershipStatus } from './membership.entity';
import type {
  AcceptInvitationInput,
  ApproveMembershipInput,
  DeclineMembershipInput,
  InviteMemberInput,
  LeaveGroupInput,
  RequestMembershipInput,
  SuspendMembershipInput,
} from './membership.inputs';
import { PartnerGroup } from './partner-group.entity';
import { GroupKind } from './partner-group.types';

const S = MembershipStatus;

/** Every allowed step: from which statuses it may be taken, and where it leads. */
const STEPS = {
  acceptInvitation: { from: [S.INVITED], to: S.ACTIVE },
  approveMembership: { from: [S.REQUESTED, S.SUSPENDED], to: S.ACTIVE },
  declineMembership: { from: [S.REQUESTED, S.INVITED], to: S.DECLINED },
  suspendMembership: { from: [S.ACTIVE], to: S.SUSPENDED },
  leaveGroup: { from: [S.INVITED, S.REQUESTED, S.ACTIVE, S.SUSPENDED], to: S.LEFT },
} as const;
type Step = keyof typeof STEPS;

/** A group's memberships the caller may see (batched over every group of a list). */
export const membershipsOfGroup: ChildListSpec<GroupMembership> = {
  entity: GroupMembership,
  parentProperty: 'groupId',
  scope: async (qb, ctx) => applyVisibility(qb, 't', await ctx.loaders.membershipVisibility()),
};

/** A member's memberships, current and past, the caller may see. */
export const membershipsOfMember: ChildListSpec<GroupMembership> = {
  entity: GroupMembership,
  parentProperty: 'memberId',
  scope: async (qb, ctx) => applyVisibility(qb, 't', await ctx.loaders.membershipVisibility()),
};

/** The history of a membership, for the operator and the member itself. */
export async function membershipHistory(ctx: Context, membership: GroupMembership): Promise<MembershipChange[]> {
  if (!canSeeMember(ctx.caller, membership.memberId)) return [];
  return ctx.loaders.membershipHistory.load(membership.id);
}

async function record(tx: Context, m: GroupMembership, from: MembershipStatus | null, reason?: string | null): Promise<void> {
  await tx.manager.insert(MembershipChange, {
    membershipId: m.id,
    fromStatus: from,
    toStatus: m.status,
    byOperator: tx.caller.kind === 'operator',
    actorUserId: tx.caller.kind === 'user' ? tx.caller.userId : null,
    reason: reason ?? null,
  });
}

async function lockCurrent(tx: Context, groupId: string, memberId: string): Promise<GroupMembership | null> {
  return tx.manager.findOne(GroupMembership, {
    where: { groupId, memberId, status: In(CURRENT_STATUSES) },
    lock: { mode: 'pessimistic_write' },
  });
}

function requireAttestation(group: PartnerGroup, attestation: string | null | undefined): string | null {
  const text = attestation?.trim() || null;
  if (group.kind === GroupKind.CRITICAL_ESCALATION && !text) {
    throw new BadUserInputError([
      { path: 'attestation', message: 'joining the critical-escalation group requires attesting a working internal 24x7 critical-escalation process, with a contact' },
    ]);
  }
  return text;
}

async function begin(tx: Context, groupId: string, memberId: string, status: MembershipStatus, attestation: string | null): Promise<GroupMembership> {
  // serialise concurrent starts for the same pair (the partial unique index is the last word)
  await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`membership:${groupId}:${memberId}`]);
  const current = await lockCurrent(tx, groupId, memberId);
  if (current) {
    throw new ConflictError(`The member already has a membership in this group (status ${current.status}); a member is in a group at most once at a time.`);
  }
  const m = await tx.manager.save(tx.manager.create(GroupMembership, { groupId, memberId, status, attestation }));
  await record(tx, m, null);
  return m;
}

/** Operator: invites a member into a group (→ INVITED). */
export async function inviteMember(ctx: Context, input: InviteMemberInput): Promise<GroupMembership> {
  return withTransaction(ctx, async (tx) => {
    if (!(await tx.manager.existsBy(PartnerGroup, { id: input.groupId }))) throw new NotFoundError('Partner group', input.groupId);
    if (!(await tx.manager.existsBy(Member, { id: input.memberId }))) throw new NotFoundError('Member', input.memberId);
    return begin(tx, input.groupId, input.memberId, S.INVITED, null);
  });
}

/** Member admin: asks to join a group (→ REQUESTED); the critical group needs an attestation. */
export async function requestMembership(ctx: Context, input: RequestMembershipInput): Promise<GroupMembership> {
  const memberId = requireMemberId(ctx.caller);
  return withTransaction(ctx, async (tx) => {
    const group = await tx.manager.findOneBy(PartnerGroup, { id: input.groupId });
    if (!group) throw new NotFoundError('Partner group', input.groupId);
    return begin(tx, group.id, memberId, S.REQUESTED, requireAttestation(group, input.attestation));
  });
}

async function step(
  ctx: Context,
  name: Step,
  find: (tx: Context) => Promise<GroupMembership | null>,
  opts: { reason?: string | null; before?: (tx: Context, m: GroupMembership) => Promise<void> } = {},
): Promise<GroupMembership> {
  return withTransaction(ctx, async (tx) => {
    const m = await find(tx);
    if (!m) throw new NotFoundError('Membership');
    const rule = STEPS[name];
    if (!(rule.from as readonly MembershipStatus[]).includes(m.status)) {
      throw new InvalidTransitionError(`${name} is not allowed while the membership is ${m.status}; it needs ${rule.from.join(' or ')}.`, m.status);
    }
    await opts.before?.(tx, m);
    const from = m.status;
    m.status = rule.to;
    await tx.manager.save(m);
    await record(tx, m, from, opts.reason);
    return m;
  });
}

const byIdLocked = (id: string, memberId?: string) => (tx: Context) =>
  tx.manager.findOne(GroupMembership, { where: memberId ? { id, memberId } : { id }, lock: { mode: 'pessimistic_write' } });

/** Member admin: accepts its member's invitation (→ ACTIVE). */
export function acceptInvitation(ctx: Context, input: AcceptInvitationInput): Promise<GroupMembership> {
  const memberId = requireMemberId(ctx.caller);
  return step(ctx, 'acceptInvitation', byIdLocked(input.id, memberId), {
    before: async (tx, m) => {
      const group = await tx.manager.findOneByOrFail(PartnerGroup, { id: m.groupId });
      const attestation = requireAttestation(group, input.attestation ?? m.attestation);
      m.attestation = attestation;
    },
  });
}

/** Operator: approves a request, or reinstates a suspended membership (→ ACTIVE). */
export function approveMembership(ctx: Context, input: ApproveMembershipInput): Promise<GroupMembership> {
  return step(ctx, 'approveMembership', byIdLocked(input.id));
}

/** Operator: declines a request or withdraws an invitation (→ DECLINED). */
export function declineMembership(ctx: Context, input: DeclineMembershipInput): Promise<GroupMembership> {
  return step(ctx, 'declineMembership', byIdLocked(input.id), { reason: input.reason.trim() });
}

/** Operator: suspends an active membership (→ SUSPENDED); it routes nothing until approved again. */
export function suspendMembership(ctx: Context, input: SuspendMembershipInput): Promise<GroupMembership> {
  return step(ctx, 'suspendMembership', byIdLocked(input.id), { reason: input.reason.trim() });
}

/** Member admin: leaves a group, withdraws a request or turns down an invitation (→ LEFT). */
export function leaveGroup(ctx: Context, input: LeaveGroupInput): Promise<GroupMembership> {
  const memberId = requireMemberId(ctx.caller);
  return step(ctx, 'leaveGroup', (tx) => lockCurrent(tx, input.groupId, memberId));
}

