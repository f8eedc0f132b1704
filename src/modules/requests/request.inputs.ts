import { ArrayMaxSize, IsBoolean, IsDate, IsEmail, IsEnum, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { NotBlank } from '../../common/validation';
import { Priority } from '../sla/priority.types';
import { SlaState } from '../sla/sla.types';
import { IDEMPOTENCY_KEY_PATTERN } from '../idempotency/idempotency.service';
import { RequestStatus } from './request.types';

/**
 * What every mutation a partner system may retry takes: an optional idempotency key. Never in
 * the schema itself: only the inputs that extend it are.
 */
@InputType({ description: 'A mutation that may be retried safely.' })
export abstract class IdempotentInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key.",
  })
  @IsOptional()
  @IsString()
  @Matches(IDEMPOTENCY_KEY_PATTERN, { message: 'must be 1 to 200 printable ASCII characters' })
  idempotencyKey?: string | null;
}

/** What every step on one request names first: the request. Never in the schema itself: only the inputs that extend it are. */
@InputType({ description: 'The request a step is taken on.' })
export abstract class RequestStepInput extends IdempotentInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'must be a request id' })
  id: string;
}

@InputType({ description: "The end customer's details." })
export class CustomerInput {
  @Field({ description: "Customer's name." })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: "The customer's entitlement id with the receiving vendor." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entitlementId?: string | null;
}

@InputType({ description: "Submit a request to a department in your directory (engineer or service token)." })
export class SubmitRequestInput extends IdempotentInput {
  @Field(() => ID, { description: "The receiving member's department (from the directory)." })
  @IsUUID('all', { message: 'must be a department id' })
  departmentId: string;

  @Field(() => Priority, { description: 'P1 (system down) … P4 (low).' })
  @IsEnum(Priority)
  priority: Priority;

  @Field({ description: 'One-line summary of the problem.' })
  @IsString()
  @Length(1, 500)
  @NotBlank()
  summary: string;

  @Field(() => GraphQLJSONObject, { description: "Values for the department's form fields, by key." })
  @IsObject()
  data: Record<string, unknown>;

  @Field(() => CustomerInput, { nullable: true, description: 'Required in COLLABORATIVE and SOLUTION groups (dual entitlement).' })
  @IsOptional()
  @ValidateNested()
  customer?: CustomerInput | null;

  @Field({ description: 'Your own case number for this problem.' })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  requesterCaseNumber: string;

  @Field(() => String, { nullable: true, description: 'The business impact; required for a critical escalation.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  businessImpact?: string | null;

  @Field(() => String, { nullable: true, description: "The case the customer already has open with the receiver; required for a critical escalation." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  receiverCaseNumber?: string | null;
}

@InputType({
  description:
    "Receiver of a request: engage a further party through one of its departments in a group you are both active in. The engagement is a request of its own from you to that member, validated against its form, under that group's terms; only what you put here crosses to it.",
})
export class EngagePartyInput extends SubmitRequestInput {
  @Field(() => ID, { description: 'The request you received and engage the further party for.' })
  @IsUUID('all', { message: 'must be a request id' })
  requestId: string;

  @Field(() => Boolean, { nullable: true, description: "Let the requester of that request observe the engagement (status, clocks, non-internal notes, the engaged member's case number); it acts on nothing there. Default false." })
  @IsOptional()
  @IsBoolean()
  shareWithRequester?: boolean | null;
}

@InputType({ description: 'Accept a request (receiver).' })
export class AcceptRequestInput extends RequestStepInput {
  @Field(() => String, { nullable: true, description: 'Your case number for it; required unless the request already carries one.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  receiverCaseNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'One of your users to assign it to.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string | null;
}

@InputType({ description: 'Ask the requester for more information (receiver).' })
export class RequestInformationInput extends RequestStepInput {
  @Field({ description: 'What you need to know.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  question: string;
}

@InputType({ description: 'Answer the receiver\'s question (requester).' })
export class ProvideInformationInput extends RequestStepInput {
  @Field({ description: 'The answer.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  answer: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Form values to add or correct; the whole data is checked again against the request\'s form version.' })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown> | null;
}

@InputType({ description: 'Reject a request (receiver).' })
export class RejectRequestInput extends RequestStepInput {
  @Field({ description: 'Why: shown to the requester.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  reason: string;
}

@InputType({ description: 'Close an accepted request (either side).' })
export class CloseRequestInput extends RequestStepInput {
  @Field({ description: 'How it was resolved.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  resolution: string;
}

@InputType({ description: 'Reopen a request closed less than 30 days ago (either side).' })
export class ReopenRequestInput extends RequestStepInput {
  @Field({ description: 'Why it is reopened.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  reason: string;
}

@InputType({ description: 'Cancel your request before the receiver responds (requester).' })
export class CancelRequestInput extends RequestStepInput {
  @Field(() => String, { nullable: true, description: 'Why it is cancelled.' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  reason?: string | null;
}

@InputType({ description: "Assign your side's engineer (either side, each its own)." })
export class AssignRequestInput extends RequestStepInput {
  @Field(() => ID, { description: 'One of your member\'s users.' })
  @IsUUID('all', { message: 'must be a user id' })
  userId: string;
}

@InputType({ description: "Add a note to a request's thread (either side)." })
export class AddNoteInput extends IdempotentInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'must be a request id' })
  requestId: string;

  @Field({ description: 'The text.' })
  @IsString()
  @Length(1, 50000)
  @NotBlank()
  body: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'True to keep it within your own member.' })
  @IsOptional()
  @IsBoolean()
  internal?: boolean;
}

@InputType({ description: "Escalate a request to the receiver's management (requester), when the escalation rules for its priority allow it." })
export class EscalateRequestInput extends RequestStepInput {
  @Field({ description: 'Why: the impact or urgency, shown to the receiver.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  reason: string;
}

@InputType({ description: 'Close a request as a duplicate of another request your member received from the same requester (receiver).' })
export class CloseAsDuplicateInput extends IdempotentInput {
  @Field(() => ID, { description: 'The duplicate: it is closed.' })
  @IsUUID('all', { message: 'must be a request id' })
  id: string;

  @Field(() => ID, { description: 'The original: it stays as it is and lists the duplicate.' })
  @IsUUID('all', { message: 'must be a request id' })
  originalId: string;
}

@InputType({ description: 'Narrows a list of requests.' })
export class RequestFilter {
  @Field(() => Boolean, { nullable: true, description: 'True: only requests whose next action is your member\'s (nextActionOwner); false: only the others.' })
  @IsOptional()
  @IsBoolean()
  waitingOnMe?: boolean | null;

  @Field(() => [RequestStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(RequestStatus, { each: true })
  status?: RequestStatus[] | null;

  @Field(() => [Priority], { nullable: true, description: 'Any of these priorities.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(Priority, { each: true })
  priority?: Priority[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this group.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a group id' })
  groupId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only critical escalations (true) or only ordinary requests (false).' })
  @IsOptional()
  @IsBoolean()
  critical?: boolean | null;

  @Field(() => SlaState, { nullable: true, description: 'Only requests with a current SLA clock (the response clock or the current update or resolution cycle) in this state now.' })
  @IsOptional()
  @IsEnum(SlaState)
  slaState?: SlaState | null;

  @Field(() => Boolean, { nullable: true, description: 'Only requests escalated to management (true) or only those never escalated (false).' })
  @IsOptional()
  @IsBoolean()
  escalated?: boolean | null;

  @Field(() => String, { nullable: true, description: "Only requests with this case number, on either side (yours or the partner's), exactly." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  caseNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Only requests whose summary, either case number or customer name contains this text (case-insensitive).' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only requests submitted to this department.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a department id' })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only requests assigned to you on your side (true), or only those that are not (false). For users' tokens; a service token has no assignments." })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Only requests changed at or after this instant: the reconciliation window of a partner system that was away.' })
  @IsOptional()
  @IsDate()
  updatedSince?: Date | null;
}

@InputType({ description: "Change a request's priority (either side), with the reason: running SLA clocks take the new priority's targets, keeping the time already counted." })
export class ChangePriorityInput extends RequestStepInput {
  @Field(() => Priority, { description: 'The new priority.' })
  @IsEnum(Priority)
  priority: Priority;

  @Field({ description: 'Why: shown to the other side and kept on the timeline.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  reason: string;
}
