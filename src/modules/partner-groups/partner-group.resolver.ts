import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, ConnectionType, toConnection } from '../../common/pagination';
import type { Context } from '../../context';
import { Member } from '../members/member.entity';
import { User } from '../members/user.entity';
import { GroupMembership, MembershipChange } from './membership.entity';
import {
  AcceptInvitationInput,
  ApproveMembershipInput,
  DeclineMembershipInput,
  InviteMemberInput,
  LeaveGroupInput,
  RequestMembershipInput,
  SuspendMembershipInput,
} from './membership.inputs';
import {
  acceptInvitation,
  approveMembership,
  declineMembership,
  inviteMember,
  leaveGroup,
  membershipHistory,
  requestMembership,
  suspendMembership,
} from './membership.service';
import { PartnerGroup } from './partner-group.entity';
import { CreatePartnerGroupInput, UpdatePartnerGroupInput } from './partner-group.inputs';
import { createPartnerGroup, getPartnerGroup, listPartnerGroups, updatePartnerGroup } from './partner-group.service';

export const PartnerGroupConnection = ConnectionType(PartnerGroup, 'PartnerGroup', 'partner group');
export const GroupMembershipConnection = ConnectionType(GroupMembership, 'GroupMembership', 'membership');

@ObjectType({ description: 'The group created.' })
export class CreatePartnerGroupPayload {
  @Field(() => PartnerGroup, { description: 'The new group.' })
  group: PartnerGroup;
}

@ObjectType({ description: 'The group changed.' })
export class UpdatePartnerGroupPayload {
  @Field(() => PartnerGroup, { description: 'The group as it now is.' })
  group: PartnerGroup;
}

function payload(name: string) {
  @ObjectType(name, { description: 'The membership after the step.' })
  class MembershipPayload {
    @Field(() => GroupMembership, { description: 'The membership.' })
    membership: GroupMembership;
  }
  return MembershipPayload;
}
export const InviteMemberPayload = payload('InviteMemberPayload');
export const ApproveMembershipPayload = payload('ApproveMembershipPayload');
export const DeclineMembershipPayload = payload('DeclineMembershipPayload');
export const SuspendMembershipPayload = payload('SuspendMembershipPayload');
export const RequestMembershipPayload = payload('RequestMembershipPayload');
export const AcceptInvitationPayload = payload('AcceptInvitationPayload');
export const LeaveGroupPayload = payload('LeaveGroupPayload');

@Resolver(() => PartnerGroup)
export class PartnerGroupResolver {
  @Authorized()
  @Query(() => PartnerGroup, { nullable: true, description: "A partner group of the network (members see every group's terms, to ask to join)." })
  partnerGroup(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Group id.' }) id: string): Promise<PartnerGroup> {
    return getPartnerGroup(ctx, id);
  }

  @Authorized()
  @Query(() => PartnerGroupConnection, { description: "The network's partner groups." })
  async partnerGroups(@Ctx() ctx: Context, @Args() args: ConnectionArgs) {
    return toConnection(PartnerGroupConnection, await listPartnerGroups(ctx, args));
  }

  @Authorized('OPERATOR')
  @Mutation(() => CreatePartnerGroupPayload, { description: 'Operator: create a partner group with its SLA policy and calendar.' })
  async createPartnerGroup(@Ctx() ctx: Context, @Arg('input', { description: 'The group.' }) input: CreatePartnerGroupInput): Promise<CreatePartnerGroupPayload> {
    return { group: await createPartnerGroup(ctx, input) };
  }

  @Authorized('OPERATOR')
  @Mutation(() => UpdatePartnerGroupPayload, { description: "Operator: change a group's terms; the critical-escalation policy stays fixed." })
  async updatePartnerGroup(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: UpdatePartnerGroupInput): Promise<UpdatePartnerGroupPayload> {
    return { group: await updatePartnerGroup(ctx, input) };
  }

  @FieldResolver(() => GroupMembershipConnection, {
    description: "The group's memberships: all for the operator; for a member, its own and the group's ACTIVE ones when it is active there.",
  })
  async memberships(@Ctx() ctx: Context, @Root() group: PartnerGroup, @Args() args: ConnectionArgs) {
    return toConnection(GroupMembershipConnection, await ctx.loaders.membershipsOfGroup(group.id, { ...args }));
  }
}

@Resolver(() => GroupMembership)
export class MembershipResolver {
  @Authorized('OPERATOR')
  @Mutation(() => InviteMemberPayload, { description: 'Operator: invite a member into a group.' })
  async inviteMember(@Ctx() ctx: Context, @Arg('input', { description: 'Group and member.' }) input: InviteMemberInput) {
    return { membership: await inviteMember(ctx, input) };
  }

  @Authorized('OPERATOR')
  @Mutation(() => ApproveMembershipPayload, { description: 'Operator: approve a request to join, or reinstate a suspended membership.' })
  async approveMembership(@Ctx() ctx: Context, @Arg('input', { description: 'The membership.' }) input: ApproveMembershipInput) {
    return { membership: await approveMembership(ctx, input) };
  }

  @Authorized('OPERATOR')
  @Mutation(() => DeclineMembershipPayload, { description: 'Operator: decline a request to join, or withdraw an invitation.' })
  async declineMembership(@Ctx() ctx: Context, @Arg('input', { description: 'The membership and why.' }) input: DeclineMembershipInput) {
    return { membership: await declineMembership(ctx, input) };
  }

  @Authorized('OPERATOR')
  @Mutation(() => SuspendMembershipPayload, { description: 'Operator: suspend an active membership; it routes nothing until approved again.' })
  async suspendMembership(@Ctx() ctx: Context, @Arg('input', { description: 'The membership and why.' }) input: SuspendMembershipInput) {
    return { membership: await suspendMembership(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => RequestMembershipPayload, { description: 'Member admin: ask to join a group (attestation required for CRITICAL_ESCALATION).' })
  async requestMembership(@Ctx() ctx: Context, @Arg('input', { description: 'The group.' }) input: RequestMembershipInput) {
    return { membership: await requestMembership(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => AcceptInvitationPayload, { description: "Member admin: accept your member's invitation." })
  async acceptInvitation(@Ctx() ctx: Context, @Arg('input', { description: 'The invitation.' }) input: AcceptInvitationInput) {
    return { membership: await acceptInvitation(ctx, input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => LeaveGroupPayload, { description: 'Member admin: leave a group (or withdraw a request, or turn down an invitation).' })
  async leaveGroup(@Ctx() ctx: Context, @Arg('input', { description: 'The group.' }) input: LeaveGroupInput) {
    return { membership: await leaveGroup(ctx, input) };
  }

  @FieldResolver(() => PartnerGroup, { description: 'The group.' })
  async group(@Ctx() ctx: Context, @Root() m: GroupMembership): Promise<PartnerGroup> {
    return (await ctx.loaders.group.load(m.groupId))!;
  }

  @FieldResolver(() => Member, { description: 'The member.' })
  async member(@Ctx() ctx: Context, @Root() m: GroupMembership): Promise<Member> {
    return (await ctx.loaders.member.load(m.memberId))!;
  }

  @FieldResolver(() => [MembershipChange], { description: 'Every status change, oldest first: who, when, why (operator and the member itself).' })
  history(@Ctx() ctx: Context, @Root() m: GroupMembership): Promise<MembershipChange[]> {
    return membershipHistory(ctx, m);
  }
}

@Resolver(() => MembershipChange)
export class MembershipChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The member user who made the change (null for the operator).' })
  actor(@Ctx() ctx: Context, @Root() c: MembershipChange): Promise<User | null> | null {
    return c.actorUserId ? ctx.loaders.user.load(c.actorUserId) : null;
  }
}

@Resolver(() => Member)
export class MemberMembershipsResolver {
  @FieldResolver(() => GroupMembershipConnection, { description: "The member's memberships, current and past (operator and the member itself)." })
  async memberships(@Ctx() ctx: Context, @Root() member: Member, @Args() args: ConnectionArgs) {
    return toConnection(GroupMembershipConnection, await ctx.loaders.membershipsOfMember(member.id, { ...args }));
  }
}
