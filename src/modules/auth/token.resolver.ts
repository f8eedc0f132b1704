import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ApiToken } from './api-token.entity';
import { IssueTokenInput, RevokeTokenInput } from './token.inputs';
import { issueToken, revokeToken } from './token.service';

@ObjectType({ description: 'The issued token and its secret.' })
export class IssueTokenPayload {
  @Field(() => ApiToken, { description: 'The token.' })
  token: ApiToken;

  @Field({ description: 'The secret to send as "Authorization: Bearer <secret>": shown once, store it now.' })
  secret: string;
}

@ObjectType({ description: 'The revoked token.' })
export class RevokeTokenPayload {
  @Field(() => ApiToken, { description: 'The token, with its revocation time.' })
  token: ApiToken;
}

@Resolver()
export class TokenResolver {
  @Authorized('ADMIN')
  @Mutation(() => IssueTokenPayload, { description: 'Member admin: issue a personal token for one of your users, or a service token for your member.' })
  issueToken(@Ctx() ctx: Context, @Arg('input', { description: 'The token to issue.' }) input: IssueTokenInput): Promise<IssueTokenPayload> {
    return issueToken(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => RevokeTokenPayload, { description: "Member admin: revoke one of your member's tokens, effective at once." })
  async revokeToken(@Ctx() ctx: Context, @Arg('input', { description: 'The token to revoke.' }) input: RevokeTokenInput): Promise<RevokeTokenPayload> {
    return { token: await revokeToken(ctx, input) };
  }
}
