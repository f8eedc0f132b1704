import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination';
import { NotBlank } from '../../common/validation';

@InputType({ description: 'Create a department: your inbound process in one of your active groups (member admin).' })
export class CreateDepartmentInput {
  @Field(() => ID, { description: 'A group your member is ACTIVE in.' })
  @IsUUID('all', { message: 'must be a group id' })
  groupId: string;

  @Field(() => ID, { description: 'One of your process forms.' })
  @IsUUID('all', { message: 'must be a form id' })
  formId: string;

  @Field({ description: 'Name, e.g. "Storage".' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => String, { nullable: true, description: 'What the department handles (searchable in the directory).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType({ description: 'Change a department (member admin); requests already submitted keep their form version.' })
export class UpdateDepartmentInput {
  @Field(() => ID, { description: 'The department.' })
  @IsUUID('all', { message: 'must be a department id' })
  id: string;

  @Field(() => ID, { nullable: true, description: 'Switch to another of your forms.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a form id' })
  formId?: string;

  @Field({ nullable: true, description: 'New name.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name?: string;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

@InputType({ description: 'Archive a department: hidden from the directory, kept for history (member admin).' })
export class ArchiveDepartmentInput {
  @Field(() => ID, { description: 'The department.' })
  @IsUUID('all', { message: 'must be a department id' })
  id: string;
}

@ArgsType()
export class DirectoryArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Case-insensitive search in member name, department name and description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only this group.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id' })
  groupId?: string;
}

@ArgsType()
export class DepartmentsArgs extends ConnectionArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Include archived departments.' })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}
