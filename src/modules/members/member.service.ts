import { callerMemberId } from '../../common/caller';
import { Brackets } from 'typeorm';
import { canSeeMember } from '../../common/access';
import { ConflictError, NotFoundError } from '../../common/errors';
import type { ChildListSpec } from '../../db/batched-pages';
import { likePattern, paginate, type Page } from '../../common/pagination';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { issueSecretFor } from '../auth/token.service';
import { Member } from './member.entity';
import type { CreateMemberInput, CreateUserInput } from './member.inputs';
import { UserRole } from '../../common/roles';
import { User } from './user.entity';

/** The caller's own member, or the operator's view of any member; NOT_FOUND otherwise. */
export async function getMember(ctx: Context, id: string): Promise<Member> {
  const member = canSeeMember(ctx.caller, id) ? await ctx.loaders.member.load(id) : null;
  if (!member) throw new NotFoundError('Member', id);
  return member;
}

/** Members the caller may see: all for the operator, its own for a member's caller. */
export async function listMembers(ctx: Context, args: { first?: number; after?: string; search?: string }): Promise<Page<Member>> {
  const qb = ctx.manager.createQueryBuilder(Member, 'm');
  if (ctx.caller.kind !== 'operator') {
    const own = callerMemberId(ctx.caller) ?? null;
    if (!own) qb.where('false');
    else qb.where('m.id = :own', { own });
  }
  if (args.search?.trim()) qb.andWhere('m.name ILIKE :q', { q: likePattern(args.search) });
  return paginate(qb, args);
}

/** A member's users, searchable by name or e-mail; empty for a member the caller may not see. */
export const usersOfMember: ChildListSpec<User, { first?: number; after?: string; search?: string }> = {
  entity: User,
  parentProperty: 'memberId',
  visibleParents: (ctx, ids) => ids.filter((id) => canSeeMember(ctx.caller, id)),
  scope(qb, _ctx, args) {
    if (args.search?.trim()) {
      const q = likePattern(args.search);
      qb.andWhere(new Brackets((w) => w.where('t.name ILIKE :q', { q }).orWhere('t.email ILIKE :q', { q })));
    }
  },
};

/** A user the caller may see (its member's), or NOT_FOUND. */
export async function getUser(ctx: Context, id: string): Promise<User> {
  const user = await ctx.loaders.user.load(id);
  if (!user || !canSeeMember(ctx.caller, user.memberId)) throw new NotFoundError('User', id);
  return user;
}

async function assertEmailFree(ctx: Context, email: string): Promise<void> {
  if (await ctx.manager.existsBy(User, { email })) {
    throw new ConflictError(`The e-mail address ${email} is already used on the network.`);
  }
}

/**
 * Admits a member with its first admin and that admin's personal token (secret returned
 * once). Names are unique case-insensitively, e-mails network-wide.
 */
export async function createMember(ctx: Context, input: CreateMemberInput): Promise<{ member: Member; adminUser: User; adminToken: string }> {
  return withTransaction(ctx, async (tx) => {
    const name = input.name.trim();
    const email = input.admin.email.trim().toLowerCase();
    const taken = await tx.manager.createQueryBuilder(Member, 'm').where('lower(m.name) = lower(:name)', { name }).getExists();
    if (taken) throw new ConflictError(`A member named "${name}" already exists.`);
    await assertEmailFree(tx, email);
    const member = await tx.manager.save(tx.manager.create(Member, { name }));
    const adminUser = await tx.manager.save(
      tx.manager.create(User, { memberId: member.id, email, name: input.admin.name.trim(), role: UserRole.ADMIN, onCriticalTeam: false }),
    );
    const { secret } = await issueSecretFor(tx, { kind: 'PERSONAL', memberId: member.id, userId: adminUser.id, name: 'first admin token' });
    tx.log.info({ memberId: member.id }, 'member created');
    return { member, adminUser, adminToken: secret };
  });
}

/** Adds a user to the calling admin's member. */
export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  if (ctx.caller.kind !== 'user') throw new NotFoundError('Member');
  const memberId = ctx.caller.memberId;
  return withTransaction(ctx, async (tx) => {
    const email = input.email.trim().toLowerCase();
    await assertEmailFree(tx, email);
    return tx.manager.save(tx.manager.create(User, { memberId, email, name: input.name.trim(), role: input.role, onCriticalTeam: false }));
  });
}
