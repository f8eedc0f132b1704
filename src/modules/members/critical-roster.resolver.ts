import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, ConnectionType, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { ApiToken } from '../auth/api-token.entity';
import { CriticalRosterChange } from './critical-roster.entity';
import { AddToCriticalTeamInput, RemoveFromCriticalTeamInput, SetTokenCriticalAccessInput } from './critical-roster.inputs';
import {
  addToCriticalTeam,
  criticalRosterHistory,
  criticalTeam,
  removeFromCriticalTeam,
  rosterChangeToken,
  setTokenCriticalAccess,
} from './critical-roster.service';
import { Member } from './member.entity';
import { UserConnection } from './member.types';
import { User } from './user.entity';

export const CriticalRosterChangeConnection = ConnectionType(CriticalRosterChange, 'CriticalRosterChange', 'critical roster change');

@ObjectType({ description: 'The user, now on the critical-escalation team.' })
export class AddToCriticalTeamPayload {
  @Field(() => User, { description: 'The user; `onCriticalTeam` is true.' })
  user: User;
}

@ObjectType({ description: 'The user, now off the critical-escalation team.' })
export class RemoveFromCriticalTeamPayload {
  @Field(() => User, { description: 'The user; `onCriticalTeam` is false.' })
  user: User;
}

@ObjectType({ description: "The service token, with its critical access as now set." })
export class SetTokenCriticalAccessPayload {
  @Field(() => ApiToken, { description: 'The token; `canSubmitCritical` says whether it may submit critical escalations.' })
  token: ApiToken;
}

@Resolver(() => Member)
export class CriticalRosterResolver {
  @Authorized('ADMIN')
  @Mutation(() => AddToCriticalTeamPayload, { description: "Member admin: put one of your users on your member's critical-escalation team (recorded in `criticalRosterHistory`)." })
  async addToCriticalTeam(@Ctx() ctx: Context, @Arg('input', { description: 'The user to add.' }) input: AddToCriticalTeamInput): Promise<AddToCriticalTeamPayload> {
    return { user: await addToCriticalTeam(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => RemoveFromCriticalTeamPayload, { description: "Member admin: take one of your users off your member's critical-escalation team (recorded in `criticalRosterHistory`)." })
  async removeFromCriticalTeam(@Ctx() ctx: Context, @Arg('input', { description: 'The user to remove.' }) input: RemoveFromCriticalTeamInput): Promise<RemoveFromCriticalTeamPayload> {
    return { user: await removeFromCriticalTeam(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => SetTokenCriticalAccessPayload, { description: 'Member admin: grant or withdraw a service token\'s right to submit critical escalations (recorded in `criticalRosterHistory`).' })
  async setTokenCriticalAccess(@Ctx() ctx: Context, @Arg('input', { description: 'The service token and whether it may.' }) input: SetTokenCriticalAccessInput): Promise<SetTokenCriticalAccessPayload> {
    return { token: await setTokenCriticalAccess(ctx, input) };
  }

  @FieldResolver(() => UserConnection, { description: "The users on the member's critical-escalation team, for the member's own callers and the operator (empty for anyone else)." })
  async criticalTeam(@Ctx() ctx: Context, @Root() member: Member, @Args() args: ConnectionArgs): Promise<InstanceType<typeof UserConnection>> {
    return toConnection(UserConnection, await criticalTeam(ctx, member.id, args));
  }

  @FieldResolver(() => CriticalRosterChangeConnection, { description: "Every change of the member's critical roster (users and service tokens), oldest first: for the member's admins (empty for anyone else)." })
  async criticalRosterHistory(@Ctx() ctx: Context, @Root() member: Member, @Args() args: ConnectionArgs): Promise<InstanceType<typeof CriticalRosterChangeConnection>> {
    return toConnection(CriticalRosterChangeConnection, await criticalRosterHistory(ctx, member.id, args));
  }
}

@Resolver(() => CriticalRosterChange)
export class CriticalRosterChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The user added to or removed from the critical team (null for a token change).' })
  user(@Ctx() ctx: Context, @Root() change: CriticalRosterChange): Promise<User | null> | null {
    return change.userId ? ctx.loaders.user.load(change.userId) : null;
  }

  @FieldResolver(() => ApiToken, { nullable: true, description: 'The service token granted or denied critical access (null for a user change).' })
  token(@Ctx() ctx: Context, @Root() change: CriticalRosterChange): Promise<ApiToken | null> | null {
    return rosterChangeToken(ctx, change);
  }

  @FieldResolver(() => User, { description: 'The member admin who made the change.' })
  async actor(@Ctx() ctx: Context, @Root() change: CriticalRosterChange): Promise<User> {
    return (await ctx.loaders.user.load(change.actorUserId))!;
  }
}
