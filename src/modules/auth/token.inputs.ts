import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { NotBlank } from '../../common/validation';

@InputType({ description: 'Issue a token: a personal token for a user of your member, or a service token for your member.' })
export class IssueTokenInput {
  @Field({ description: 'What the token is for (e.g. "ServiceNow integration").' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name: string;

  @Field(() => ID, { nullable: true, description: 'The user a personal token acts as; must be left out for a service token.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  userId?: string;

  @Field({ nullable: true, defaultValue: false, description: 'True for a service token that acts as the member (role ENGINEER).' })
  @IsOptional()
  @IsBoolean()
  service?: boolean;
}

@InputType({ description: 'Revoke a token; it is refused from its next call on.' })
export class RevokeTokenInput {
  @Field(() => ID, { description: 'The token to revoke.' })
  @IsUUID('all', { message: 'must be a token id' })
  id: string;
}
