import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar, LocalTimeScalar } from '../../common/scalars';
import { NotBlank } from '../../common/validation';
import { Priority } from '../sla/priority.types';
import { BusinessCalendarInput } from '../sla/calendar.inputs';
import { GroupKind } from './partner-group.types';

const YEAR_MINUTES = 366 * 24 * 60;

@InputType({ description: 'The target for one priority.' })
export class SlaTargetInput {
  @Field(() => Priority, { description: 'The priority.' })
  @IsEnum(Priority)
  priority: Priority;

  @Field(() => Int, { description: 'Working minutes to the first response; at least 1.' })
  @IsInt()
  @Min(1)
  @Max(YEAR_MINUTES)
  responseMinutes: number;

  @Field(() => Int, { nullable: true, description: 'Update cadence while accepted, in working minutes; leave out for none.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(YEAR_MINUTES)
  updateEveryMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Resolution target, in working minutes from acceptance to close (time waiting on the requester does not count); leave out for none.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(YEAR_MINUTES)
  resolutionMinutes?: number | null;
}

@InputType({ description: 'An SLA policy: a target for each of P1–P4.' })
export class SlaPolicyInput {
  @Field(() => [SlaTargetInput], { description: 'Exactly one target for each of P1, P2, P3 and P4.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(4)
  targets: SlaTargetInput[];

  @Field(() => Float, { nullable: true, description: 'Share of a target after which the clock is AT_RISK; between 0 and 1 exclusive; default 0.75.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  atRiskRatio?: number | null;
}

@InputType({ description: 'Create a partner group (operator).' })
export class CreatePartnerGroupInput {
  @Field({ description: 'Group name, unique on the network.' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => GroupKind, { description: 'Kind of collaboration.' })
  @IsEnum(GroupKind)
  kind: GroupKind;

  @Field(() => String, { nullable: true, description: 'What the group is for.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'What a member must have or attest to join.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  joinRequirements?: string | null;

  @Field(() => SlaPolicyInput, { nullable: true, description: 'Required, except for CRITICAL_ESCALATION (fixed policy; if given it must equal it).' })
  @IsOptional()
  @ValidateNested()
  slaPolicy?: SlaPolicyInput | null;

  @Field(() => BusinessCalendarInput, { nullable: true, description: 'Required, except for CRITICAL_ESCALATION (fixed 24x7; if given it must equal it).' })
  @IsOptional()
  @ValidateNested()
  calendar?: BusinessCalendarInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Automatic follow-ups and close of requests waiting on the requester; default true, and must be false (or left out) for CRITICAL_ESCALATION.' })
  @IsOptional()
  @IsBoolean()
  autoFollowUp?: boolean | null;
}

@InputType({ description: 'Change a partner group (operator); fields left out stay as they are.' })
export class UpdatePartnerGroupInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID('all', { message: 'must be a group id' })
  id: string;

  @Field({ nullable: true, description: 'New name.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name?: string;

  @Field(() => GroupKind, { nullable: true, description: 'New kind (a group cannot become, or stop being, CRITICAL_ESCALATION).' })
  @IsOptional()
  @IsEnum(GroupKind)
  kind?: GroupKind;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New join requirements.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  joinRequirements?: string | null;

  @Field(() => SlaPolicyInput, { nullable: true, description: 'New SLA policy (applies to requests submitted from now on).' })
  @IsOptional()
  @ValidateNested()
  slaPolicy?: SlaPolicyInput | null;

  @Field(() => BusinessCalendarInput, { nullable: true, description: 'New calendar.' })
  @IsOptional()
  @ValidateNested()
  calendar?: BusinessCalendarInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Turn automatic follow-ups on or off (applies to information requests made from now on); always off for CRITICAL_ESCALATION.' })
  @IsOptional()
  @IsBoolean()
  autoFollowUp?: boolean | null;
}
