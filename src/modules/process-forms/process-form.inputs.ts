import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../common/scalars';
import { FieldTypeEnum } from './process-form.types';

@InputType({ description: 'One field of a process form.' })
export class FormFieldInput {
  @Field({ description: 'Key in the request data: [a-z][a-z0-9_]*, unique in the form.' })
  @IsString()
  @MaxLength(64)
  key: string;

  @Field({ description: 'Label shown to the submitting engineer.' })
  @IsString()
  @MaxLength(200)
  label: string;

  @Field(() => FieldTypeEnum, { description: 'Type of the value.' })
  @IsEnum(FieldTypeEnum)
  type: FieldTypeEnum;

  @Field({ nullable: true, defaultValue: false, description: 'Whether a value is required (default false).' })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @Field(() => String, { nullable: true, description: 'Help for the submitting engineer.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  helpText?: string | null;

  @Field(() => [String], { nullable: true, description: 'Allowed values: required, non-empty and unique for select types; only for them.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  options?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER only: smallest allowed value.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER only: largest allowed value.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'DATE only: earliest allowed date.' })
  @IsOptional()
  minDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'DATE only: latest allowed date.' })
  @IsOptional()
  maxDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'TEXT, LONG_TEXT, EMAIL, URL only: longest allowed text.' })
  @IsOptional()
  @IsInt()
  maxLength?: number | null;
}

@InputType({ description: 'Create a process form (member admin).' })
export class CreateProcessFormInput {
  @Field({ description: 'Form name.' })
  @IsString()
  @MaxLength(200)
  name: string;

  @Field(() => [FormFieldInput], { description: 'The fields, in display order (1 to 100).' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(100)
  fields: FormFieldInput[];
}

@InputType({ description: 'Publish a new version of a process form (member admin); old versions stay.' })
export class UpdateProcessFormInput {
  @Field(() => ID, { description: 'The form.' })
  @IsUUID('all', { message: 'must be a form id' })
  id: string;

  @Field({ nullable: true, description: 'New name (default: unchanged).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @Field(() => [FormFieldInput], { nullable: true, description: 'New fields (default: unchanged).' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(100)
  fields?: FormFieldInput[];
}
