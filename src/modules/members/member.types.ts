import { Field, ObjectType } from 'type-graphql';
import { ApiToken } from '../auth/api-token.entity';
import { ConnectionType } from '../../common/pagination';
import { Member } from './member.entity';
import { User } from './user.entity';

export const MemberConnection = ConnectionType(Member, 'Member', 'member');
export const UserConnection = ConnectionType(User, 'User', 'user');
export const ApiTokenConnection = ConnectionType(ApiToken, 'ApiToken', 'token');

@ObjectType({ description: 'Who is calling: the operator, a user, or a service token.' })
export class Viewer {
  @Field({ description: 'True for the network operator.' })
  isOperator: boolean;

  @Field(() => User, { nullable: true, description: 'The user a personal token acts as.' })
  user: User | null;

  @Field(() => Member, { nullable: true, description: 'The member the caller acts for.' })
  member: Member | null;

  @Field(() => ApiToken, { nullable: true, description: 'The token of this call (not shown for the operator).' })
  token: ApiToken | null;
}

@ObjectType({ description: 'The new member, its first admin, and that admin\'s token.' })
export class CreateMemberPayload {
  @Field(() => Member, { description: 'The new member.' })
  member: Member;

  @Field(() => User, { description: "The member's first admin." })
  adminUser: User;

  @Field({ description: "The first admin's personal token secret: shown once, store it now." })
  adminToken: string;
}

@ObjectType({ description: 'The new user.' })
export class CreateUserPayload {
  @Field(() => User, { description: 'The new user.' })
  user: User;
}
