import { IsBoolean, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: "Put a user of your member on its critical-escalation team (member admin). Adding someone already on it changes nothing." })
export class AddToCriticalTeamInput {
  @Field(() => ID, { description: 'The user to add; a user of your member.' })
  @IsUUID('all', { message: 'must be a user id' })
  userId: string;
}

@InputType({ description: "Take a user of your member off its critical-escalation team (member admin). Removing someone not on it changes nothing." })
export class RemoveFromCriticalTeamInput {
  @Field(() => ID, { description: 'The user to remove; a user of your member.' })
  @IsUUID('all', { message: 'must be a user id' })
  userId: string;
}

@InputType({ description: "Grant or withdraw a service token's right to submit critical escalations (member admin)." })
export class SetTokenCriticalAccessInput {
  @Field(() => ID, { description: "A service token of your member that is not revoked (a personal token follows its user's place on the critical team)." })
  @IsUUID('all', { message: 'must be a token id' })
  tokenId: string;

  @Field({ description: 'True to grant critical access, false to withdraw it.' })
  @IsBoolean()
  allowed: boolean;
}
