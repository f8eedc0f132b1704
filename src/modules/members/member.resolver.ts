import { callerMemberId } from '../../common/caller';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { ApiToken } from '../auth/api-token.entity';
import { currentToken, listTokens } from '../auth/token.service';
import { Member } from './member.entity';
import { CreateMemberInput, CreateUserInput, SearchConnectionArgs } from './member.inputs';
import { createMember, createUser, getMember, getUser, listMembers } from './member.service';
import { ApiTokenConnection, CreateMemberPayload, CreateUserPayload, MemberConnection, UserConnection, Viewer } from './member.types';
import { User } from './user.entity';

@Resolver(() => Member)
export class MemberResolver {
  @Authorized()
  @Query(() => Viewer, { description: 'Who is calling.' })
  async viewer(@Ctx() ctx: Context): Promise<Viewer> {
    const c = ctx.caller;
    const memberId = callerMemberId(c) ?? null;
    return {
      isOperator: c.kind === 'operator',
      user: c.kind === 'user' ? await ctx.loaders.user.load(c.userId) : null,
      member: memberId ? await ctx.loaders.member.load(memberId) : null,
      token: await currentToken(ctx),
    };
  }

  @Authorized()
  @Query(() => Member, { nullable: true, description: 'A member: any for the operator, your own for a member.' })
  member(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Member id.' }) id: string): Promise<Member> {
    return getMember(ctx, id);
  }

  @Authorized()
  @Query(() => User, { nullable: true, description: "A user: any for the operator, your own member's for a member." })
  user(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'User id.' }) id: string): Promise<User> {
    return getUser(ctx, id);
  }

  @Authorized()
  @Query(() => MemberConnection, { description: 'Members: all for the operator, your own for a member.' })
  async members(@Ctx() ctx: Context, @Args() args: SearchConnectionArgs): Promise<InstanceType<typeof MemberConnection>> {
    return toConnection(MemberConnection, await listMembers(ctx, args));
  }

  @Authorized('OPERATOR')
  @Mutation(() => CreateMemberPayload, { description: 'Operator: admit a member with its first admin and that admin\'s token.' })
  createMember(@Ctx() ctx: Context, @Arg('input', { description: 'The member and its first admin.' }) input: CreateMemberInput): Promise<CreateMemberPayload> {
    return createMember(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => CreateUserPayload, { description: "Member admin: add a user to your member." })
  async createUser(@Ctx() ctx: Context, @Arg('input', { description: 'The user.' }) input: CreateUserInput): Promise<CreateUserPayload> {
    return { user: await createUser(ctx, input) };
  }

  @FieldResolver(() => UserConnection, { description: "The member's users, searchable by name or e-mail (case-insensitive)." })
  async users(@Ctx() ctx: Context, @Root() member: Member, @Args() args: SearchConnectionArgs): Promise<InstanceType<typeof UserConnection>> {
    return toConnection(UserConnection, await ctx.loaders.usersOfMember(member.id, { ...args }));
  }

  @FieldResolver(() => ApiTokenConnection, { description: "The member's tokens, for its admins (empty for anyone else)." })
  async tokens(@Ctx() ctx: Context, @Root() member: Member, @Args() args: ConnectionArgs): Promise<InstanceType<typeof ApiTokenConnection>> {
    return toConnection(ApiTokenConnection, await listTokens(ctx, member.id, args));
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Member, { description: 'The member the user belongs to.' })
  async member(@Ctx() ctx: Context, @Root() user: User): Promise<Member> {
    return (await ctx.loaders.member.load(user.memberId))!;
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The user a personal token acts as.' })
  user(@Ctx() ctx: Context, @Root() token: ApiToken): Promise<User | null> | null {
    return token.userId ? ctx.loaders.user.load(token.userId) : null;
  }
}
