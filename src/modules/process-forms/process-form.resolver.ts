import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, ConnectionType, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { ProcessForm, ProcessFormVersion } from './process-form.entity';
import { CreateProcessFormInput, UpdateProcessFormInput } from './process-form.inputs';
import { createProcessForm, getProcessForm, listProcessForms, updateProcessForm } from './process-form.service';

export const ProcessFormConnection = ConnectionType(ProcessForm, 'ProcessForm', 'process form');

@ObjectType({ description: 'The new form.' })
export class CreateProcessFormPayload {
  @Field(() => ProcessForm, { description: 'The form at version 1.' })
  form: ProcessForm;
}

@ObjectType({ description: 'The form with its new version.' })
export class UpdateProcessFormPayload {
  @Field(() => ProcessForm, { description: 'The form at its new version.' })
  form: ProcessForm;
}

@Resolver(() => ProcessForm)
export class ProcessFormResolver {
  @Authorized()
  @Query(() => ProcessForm, { nullable: true, description: "A process form: your member's, or one behind a department in your directory." })
  processForm(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Form id.' }) id: string): Promise<ProcessForm> {
    return getProcessForm(ctx, id);
  }

  @Authorized()
  @Query(() => ProcessFormConnection, { description: "Your member's process forms (every form, for the operator)." })
  async processForms(@Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return toConnection(ProcessFormConnection, await listProcessForms(ctx, args));
  }

  @Authorized('ADMIN')
  @Mutation(() => CreateProcessFormPayload, { description: 'Member admin: create a process form.' })
  async createProcessForm(@Ctx() ctx: Context, @Arg('input', { description: 'The form.' }) input: CreateProcessFormInput): Promise<CreateProcessFormPayload> {
    return { form: await createProcessForm(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => UpdateProcessFormPayload, { description: 'Member admin: publish a new version of a form; requests keep the version they were submitted on.' })
  async updateProcessForm(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: UpdateProcessFormInput): Promise<UpdateProcessFormPayload> {
    return { form: await updateProcessForm(ctx, input) };
  }

  @FieldResolver(() => [ProcessFormVersion], { description: 'Every version, oldest first.' })
  versions(@Ctx() ctx: Context, @Root() form: ProcessForm): Promise<ProcessFormVersion[]> {
    return ctx.loaders.formVersions.load(form.id);
  }
}

@Resolver(() => ProcessFormVersion)
export class ProcessFormVersionResolver {
  @FieldResolver(() => ProcessForm, { description: 'The form this is a version of.' })
  async form(@Ctx() ctx: Context, @Root() v: ProcessFormVersion): Promise<ProcessForm> {
    return (await ctx.loaders.form.load(v.formId))!;
  }
}
