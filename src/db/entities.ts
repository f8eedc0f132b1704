import { ApiToken } from '../modules/auth/api-token.entity';
import { Member } from '../modules/members/member.entity';
import { User } from '../modules/members/user.entity';

/** Every entity TypeORM maps; migrations are generated from this list. */
export const entities = [Member, User, ApiToken];
