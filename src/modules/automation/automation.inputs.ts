import { IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotBlank } from '../../common/validation';

@InputType({ description: "Escalate a request to the receiver's management (requester), when the escalation rules for its priority allow it." })
export class EscalateRequestInput {
  @Field(() => ID, { description: 'The request.' })
  @IsUUID('all', { message: 'must be a request id' })
  id: string;

  @Field({ description: 'Why: the impact or urgency, shown to the receiver.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  reason: string;
}

@InputType({ description: 'Close a request as a duplicate of another request your member received from the same requester (receiver).' })
export class CloseAsDuplicateInput {
  @Field(() => ID, { description: 'The duplicate: it is closed.' })
  @IsUUID('all', { message: 'must be a request id' })
  id: string;

  @Field(() => ID, { description: 'The original: it stays as it is and lists the duplicate.' })
  @IsUUID('all', { message: 'must be a request id' })
  originalId: string;
}
