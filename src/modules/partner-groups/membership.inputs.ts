import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotBlank } from '../../common/validation';

@InputType({ description: 'Invite a member to a group (operator).' })
export class InviteMemberInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID('all', { message: 'must be a group id' })
  groupId: string;

  @Field(() => ID, { description: 'The member to invite.' })
  @IsUUID('all', { message: 'must be a member id' })
  memberId: string;
}

@InputType({ description: 'Ask to join a group (member admin).' })
export class RequestMembershipInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID('all', { message: 'must be a group id' })
  groupId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Required for CRITICAL_ESCALATION: that your member runs a working internal 24x7 critical-escalation process, with a contact.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  attestation?: string | null;
}

@InputType({ description: 'Accept an invitation (member admin).' })
export class AcceptInvitationInput {
  @Field(() => ID, { description: 'The membership (invitation).' })
  @IsUUID('all', { message: 'must be a membership id' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Required for CRITICAL_ESCALATION, as for requestMembership.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  attestation?: string | null;
}

@InputType({ description: 'A membership step that takes only the membership (operator).' })
export class ApproveMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID('all', { message: 'must be a membership id' })
  id: string;
}

@InputType({ description: 'A membership step with a reason (operator).' })
export class MembershipReasonInput {
  @Field(() => ID, { description: 'The membership.' })
  @IsUUID('all', { message: 'must be a membership id' })
  id: string;

  @Field({ description: 'Why; recorded in the membership history.' })
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  reason: string;
}

@InputType('DeclineMembershipInput', { description: 'Decline a request, or withdraw an invitation (operator).' })
export class DeclineMembershipInput extends MembershipReasonInput {}

@InputType('SuspendMembershipInput', { description: 'Suspend an active membership (operator).' })
export class SuspendMembershipInput extends MembershipReasonInput {}

@InputType({ description: "Leave a group, withdraw your member's request, or turn down an invitation (member admin)." })
export class LeaveGroupInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID('all', { message: 'must be a group id' })
  groupId: string;
}
