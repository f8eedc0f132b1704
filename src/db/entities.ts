import { ApiToken } from '../modules/auth/api-token.entity';
import { Department } from '../modules/departments/department.entity';
import { Member } from '../modules/members/member.entity';
import { User } from '../modules/members/user.entity';
import { GroupMembership, MembershipChange } from '../modules/partner-groups/membership.entity';
import { PartnerGroup } from '../modules/partner-groups/partner-group.entity';
import { ProcessForm, ProcessFormVersion } from '../modules/process-forms/process-form.entity';

/** Every entity TypeORM maps; migrations are generated from this list. */
export const entities = [Member, User, ApiToken, PartnerGroup, GroupMembership, MembershipChange, ProcessForm, ProcessFormVersion, Department];
