import { BadUserInputError, NotFoundError } from '../../common/errors';
import { canSeeMember, requireMemberId, lockOwned } from '../../common/access';
import { paginate, type Page } from '../../common/pagination';
import type { Context } from '../../context';
import { withTransaction } from '../../db/transaction';
import { canSeeOtherMembersForm } from '../departments/department.access';
import { validateFormDefinition, type FormFieldSpec } from './form-fields';
import { ProcessForm, ProcessFormVersion } from './process-form.entity';
import type { CreateProcessFormInput, FormFieldInput, UpdateProcessFormInput } from './process-form.inputs';

/** The stored shape of a field: trimmed, with only the limits that apply. */
function toSpec(f: FormFieldInput): FormFieldSpec {
  const spec: FormFieldSpec = { key: f.key, label: f.label.trim(), type: f.type, required: f.required ?? false };
  if (f.helpText?.trim()) spec.helpText = f.helpText.trim();
  if (f.options != null) spec.options = f.options.map((o) => (typeof o === 'string' ? o.trim() : o));
  if (f.min != null) spec.min = f.min;
  if (f.max != null) spec.max = f.max;
  if (f.minDate != null) spec.minDate = f.minDate;
  if (f.maxDate != null) spec.maxDate = f.maxDate;
  if (f.maxLength != null) spec.maxLength = f.maxLength;
  return spec;
}

function checkDefinition(name: string, fields: FormFieldSpec[]): void {
  const problems = validateFormDefinition({ name, fields });
  if (problems.length) throw new BadUserInputError(problems);
}

/**
 * Whether the caller may see a form: the operator, its own member, and other members whose
 * department using it is in the caller's directory.
 */
export async function canSeeForm(ctx: Context, form: ProcessForm): Promise<boolean> {
  return canSeeMember(ctx.caller, form.memberId) || canSeeOtherMembersForm(ctx, form.id);
}

export async function getProcessForm(ctx: Context, id: string): Promise<ProcessForm> {
  const form = await ctx.loaders.form.load(id);
  if (!form || !(await canSeeForm(ctx, form))) throw new NotFoundError('Process form', id);
  return form;
}

/** The caller's member's forms (all forms for the operator). */
export async function listProcessForms(ctx: Context, args: { first?: number; after?: string }): Promise<Page<ProcessForm>> {
  const qb = ctx.manager.createQueryBuilder(ProcessForm, 'f');
  if (ctx.caller.kind !== 'operator') qb.where('f.memberId = :memberId', { memberId: requireMemberId(ctx.caller) });
  return paginate(qb, args);
}

/** Member admin: creates a form at version 1. */
export async function createProcessForm(ctx: Context, input: CreateProcessFormInput): Promise<ProcessForm> {
  const memberId = requireMemberId(ctx.caller);
  const name = input.name.trim();
  const fields = input.fields.map(toSpec);
  checkDefinition(name, fields);
  return withTransaction(ctx, async (tx) => {
    const form = await tx.manager.save(tx.manager.create(ProcessForm, { memberId, name, version: 1, fields }));
    await tx.manager.insert(ProcessFormVersion, { formId: form.id, version: 1, name, fields });
    return form;
  });
}

/** Member admin: publishes a new version; every earlier version stays as it was. */
export async function updateProcessForm(ctx: Context, input: UpdateProcessFormInput): Promise<ProcessForm> {
  const memberId = requireMemberId(ctx.caller);
  return withTransaction(ctx, async (tx) => {
    const form = await lockOwned(tx, ProcessForm, input.id, memberId, 'Process form');
    const name = input.name?.trim() ?? form.name;
    const fields = input.fields ? input.fields.map(toSpec) : form.fields;
    checkDefinition(name, fields);
    form.version += 1;
    form.name = name;
    form.fields = fields;
    await tx.manager.save(form);
    await tx.manager.insert(ProcessFormVersion, { formId: form.id, version: form.version, name, fields });
    return form;
  });
}
