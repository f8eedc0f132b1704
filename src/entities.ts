import { ApiToken } from './modules/auth/api-token.entity';
import { RequestEvent } from './modules/events/request-event.entity';
import { CollaborationRequest, RequestNote } from './modules/requests/request.entity';
import { CriticalRosterChange } from './modules/members/critical-roster.entity';
import { Department } from './modules/departments/department.entity';
import { Member } from './modules/members/member.entity';
import { User } from './modules/members/user.entity';
import { GroupMembership, MembershipChange } from './modules/partner-groups/membership.entity';
import { PartnerGroup } from './modules/partner-groups/partner-group.entity';
import { ProcessForm, ProcessFormVersion } from './modules/process-forms/process-form.entity';
import { SlaClock } from './modules/sla/sla-clock.entity';
import { SlaTimer } from './modules/sla/sla-timer.entity';
import { AutomationTimer } from './modules/automation/automation-timer.entity';
import { Webhook, WebhookDelivery } from './modules/webhooks/webhook.entity';
import { IdempotencyKey } from './modules/idempotency/idempotency-key.entity';

/**
 * Every entity TypeORM maps; migrations are generated from this list. It names every
 * feature, so it stands above them, beside the schema; `db/` takes it as a parameter.
 */
export const ENTITIES = [Member, User, ApiToken, PartnerGroup, GroupMembership, MembershipChange, ProcessForm, ProcessFormVersion, Department, CriticalRosterChange, CollaborationRequest, RequestNote, RequestEvent, SlaClock, SlaTimer, Webhook, WebhookDelivery, AutomationTimer, IdempotencyKey];
