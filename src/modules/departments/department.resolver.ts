import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { Member } from '../members/member.entity';
import { PartnerGroup } from '../partner-groups/partner-group.entity';
import { ProcessForm } from '../process-forms/process-form.entity';
import { Department } from './department.entity';
import { ArchiveDepartmentInput, CreateDepartmentInput, DepartmentsArgs, DirectoryArgs, UpdateDepartmentInput } from './department.inputs';
import { archiveDepartment, createDepartment, getDepartment, listDepartments, updateDepartment } from './department.service';
import { listDirectory } from './directory.service';

@ObjectType({ description: "An entry of the directory: another member's department in a group you share." })
export class DirectoryEntry {
  @Field(() => Department, { description: 'The department to submit requests to.' })
  department: Department;
}

export const DepartmentConnection = ConnectionType(Department, 'Department', 'department');
export const DirectoryEntryConnection = ConnectionType(DirectoryEntry, 'DirectoryEntry', 'directory entry');

function payload(name: string, description: string) {
  @ObjectType(name, { description })
  class DepartmentPayload {
    @Field(() => Department, { description: 'The department.' })
    department: Department;
  }
  return DepartmentPayload;
}
export const CreateDepartmentPayload = payload('CreateDepartmentPayload', 'The new department.');
export const UpdateDepartmentPayload = payload('UpdateDepartmentPayload', 'The department as it now is.');
export const ArchiveDepartmentPayload = payload('ArchiveDepartmentPayload', 'The archived department.');

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @Query(() => Department, { nullable: true, description: "A department: your member's, or one in your directory." })
  department(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Department id.' }) id: string): Promise<Department> {
    return getDepartment(ctx, id);
  }

  @Authorized()
  @Query(() => DepartmentConnection, { description: "Your member's departments (every department, for the operator)." })
  async departments(@Ctx() ctx: Context, @Args() args: DepartmentsArgs) {
    return toConnection(DepartmentConnection, await listDepartments(ctx, args));
  }

  @Authorized()
  @Query(() => DirectoryEntryConnection, { description: 'Departments of other members in groups where both your member and theirs are ACTIVE.' })
  async directory(@Ctx() ctx: Context, @Args() args: DirectoryArgs) {
    const page = await listDirectory(ctx, args);
    return toConnection(DirectoryEntryConnection, { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { department: e.node } })) });
  }

  @Authorized('ADMIN')
  @Mutation(() => CreateDepartmentPayload, { description: 'Member admin: publish an inbound process in one of your active groups.' })
  async createDepartment(@Ctx() ctx: Context, @Arg('input', { description: 'The department.' }) input: CreateDepartmentInput) {
    return { department: await createDepartment(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => UpdateDepartmentPayload, { description: 'Member admin: change a department or switch its form.' })
  async updateDepartment(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: UpdateDepartmentInput) {
    return { department: await updateDepartment(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => ArchiveDepartmentPayload, { description: 'Member admin: archive a department (hidden from the directory, kept for history).' })
  async archiveDepartment(@Ctx() ctx: Context, @Arg('input', { description: 'The department.' }) input: ArchiveDepartmentInput) {
    return { department: await archiveDepartment(ctx, input) };
  }

  @FieldResolver(() => Member, { description: 'The member that owns the department.' })
  async member(@Ctx() ctx: Context, @Root() d: Department): Promise<Member> {
    return (await ctx.loaders.member.load(d.memberId))!;
  }

  @FieldResolver(() => PartnerGroup, { description: 'The group the department serves.' })
  async group(@Ctx() ctx: Context, @Root() d: Department): Promise<PartnerGroup> {
    return (await ctx.loaders.group.load(d.groupId))!;
  }

  @FieldResolver(() => ProcessForm, { description: 'The form (current version) requests are submitted on.' })
  async form(@Ctx() ctx: Context, @Root() d: Department): Promise<ProcessForm> {
    return (await ctx.loaders.form.load(d.formId))!;
  }
}

@Resolver(() => DirectoryEntry)
export class DirectoryEntryResolver {
  @FieldResolver(() => Member, { description: 'The member that owns the department.' })
  async member(@Ctx() ctx: Context, @Root() e: DirectoryEntry): Promise<Member> {
    return (await ctx.loaders.member.load(e.department.memberId))!;
  }

  @FieldResolver(() => PartnerGroup, { description: 'The group you share.' })
  async group(@Ctx() ctx: Context, @Root() e: DirectoryEntry): Promise<PartnerGroup> {
    return (await ctx.loaders.group.load(e.department.groupId))!;
  }
}
