import { ConflictError, BadUserInputError, NotFoundError } from '../../common/errors';
import { canSeeMember, requireMemberId, lockOwned } from '../../common/access';
import { paginate, type Page } from '../../common/pagination';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { GroupMembership, MembershipStatus } from '../partner-groups/membership.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { ProcessForm } from '../process-forms/process-form.entity';
import { Department } from './department.entity';
import type { ArchiveDepartmentInput, CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs';
import { inDirectory } from './department.access';

/** A department the caller may see: the operator, its own member's, or one in its directory. */
export async function getDepartment(ctx: Context, id: string): Promise<Department> {
  const d = await ctx.loaders.department.load(id);
  const own = d && canSeeMember(ctx.caller, d.memberId);
  if (!d || !(own || (await inDirectory(ctx, d.id)))) throw new NotFoundError('Department', id);
  return d;
}

/** The caller's member's departments (every department, for the operator). */
export async function listDepartments(ctx: Context, args: { first?: number; after?: string; includeArchived?: boolean }): Promise<Page<Department>> {
  const qb = ctx.manager.createQueryBuilder(Department, 'd');
  if (ctx.caller.kind !== 'operator') qb.where('d.memberId = :memberId', { memberId: requireMemberId(ctx.caller) });
  if (!args.includeArchived) qb.andWhere('d.archivedAt IS NULL');
  return paginate(qb, args);
}

async function ownForm(tx: Context, memberId: string, formId: string): Promise<void> {
  if (!(await tx.manager.existsBy(ProcessForm, { id: formId, memberId }))) throw new NotFoundError('Process form', formId);
}

async function assertNameFree(tx: Context, d: { memberId: string; groupId: string; name: string; id?: string }): Promise<void> {
  const qb = tx.manager
    .createQueryBuilder(Department, 'd')
    .where('d.memberId = :memberId AND d.groupId = :groupId AND d.archivedAt IS NULL AND lower(d.name) = lower(:name)', d);
  if (d.id) qb.andWhere('d.id <> :id', { id: d.id });
  if (await qb.getExists()) throw new ConflictError(`You already have an active department named "${d.name}" in this group.`);
}

/** Member admin: links one of its active groups to one of its forms. */
export async function createDepartment(ctx: Context, input: CreateDepartmentInput): Promise<Department> {
  const memberId = requireMemberId(ctx.caller);
  return withTransaction(ctx, async (tx) => {
    if (!(await tx.manager.existsBy(PartnerGroup, { id: input.groupId }))) throw new NotFoundError('Partner group', input.groupId);
    const active = await tx.manager.existsBy(GroupMembership, { groupId: input.groupId, memberId, status: MembershipStatus.ACTIVE });
    if (!active) throw new BadUserInputError([{ path: 'groupId', message: 'your member is not ACTIVE in this group' }]);
    await ownForm(tx, memberId, input.formId);
    const name = input.name.trim();
    await assertNameFree(tx, { memberId, groupId: input.groupId, name });
    return tx.manager.save(
      tx.manager.create(Department, { memberId, groupId: input.groupId, formId: input.formId, name, description: input.description?.trim() || null, archivedAt: null }),
    );
  });
}

async function lockOwn(tx: Context, id: string): Promise<Department> {
  return lockOwned(tx, Department, id, requireMemberId(tx.caller), 'Department');
}

/** Member admin: renames, re-describes or switches the form; submitted requests keep theirs. */
export async function updateDepartment(ctx: Context, input: UpdateDepartmentInput): Promise<Department> {
  return withTransaction(ctx, async (tx) => {
    const d = await lockOwn(tx, input.id);
    if (input.formId) {
      await ownForm(tx, d.memberId, input.formId);
      d.formId = input.formId;
    }
    if (input.name != null) {
      d.name = input.name.trim();
      if (!d.archivedAt) await assertNameFree(tx, d);
    }
    if (input.description !== undefined) d.description = input.description?.trim() || null;
    return tx.manager.save(d);
  });
}

/** Member admin: hides a department from the directory; it stays for history. */
export async function archiveDepartment(ctx: Context, input: ArchiveDepartmentInput): Promise<Department> {
  return withTransaction(ctx, async (tx) => {
    const d = await lockOwn(tx, input.id);
    if (!d.archivedAt) {
      d.archivedAt = tx.clock.now();
      await tx.manager.save(d);
    }
    return d;
  });
}
