import type { Context, SharedLoaders as ContextSharedLoaders } from './context';
import { ApiToken } from './modules/auth/api-token.entity';
import { criticalTeamOfMember, rosterHistoryOfMember } from './modules/members/critical-roster.service';
import { tokensOfMember } from './modules/auth/token.service';
import { Member } from './modules/members/member.entity';
import { usersOfMember } from './modules/members/member.service';
import { User } from './modules/members/user.entity';
import { MembershipChange } from './modules/partner-groups/membership.entity';
import { visibleMembershipFilter } from './modules/partner-groups/membership.access';
import { membershipsOfGroup, membershipsOfMember } from './modules/partner-groups/membership.service';
import { PartnerGroup } from './modules/partner-groups/partner-group.entity';
import { Department } from './modules/departments/department.entity';
import { onCriticalRoster } from './modules/departments/department.access';
import { ProcessForm, ProcessFormVersion } from './modules/process-forms/process-form.entity';
import { timelineOfRequest } from './modules/events/event-log.service';
import { RequestEvent } from './modules/events/request-event.entity';
import { deliveriesOfWebhook, lastDeliveredSeqs } from './modules/webhooks/webhook.service';
import DataLoader from 'dataloader';
import { CollaborationRequest } from './modules/requests/request.entity';
import { duplicatesOfRequest, notesOfRequest } from './modules/requests/request.service';
import { engagementsOfRequest, openEngagementsLoader } from './modules/requests/engagement.service';
import { currentClocksLoader } from './modules/sla/sla-clock.service';
import { childPages } from './db/batched-pages';
import { byIdLoader, byParentLoader, lazily, once } from './db/loaders';

/**
 * The loader registry: every feature's loaders, built per request (and per pushed event)
 * by `createLoaders`, which the server hands to every context through `AppServices`. It
 * names every feature, so it stands above them, beside the schema; its types merge into
 * the `Loaders` and `SharedLoaders` that `context.ts` declares, so a feature reads
 * `ctx.loaders.x` typed without importing this file.
 */

/**
 * Loaders by id, which answer the same whoever asks (visibility is checked before an id is
 * loaded): a subscription event's batch shares one set across all its subscribers, so a
 * pushed event costs one query per kind of object, not one per subscriber.
 */
export function createSharedLoaders(ctx: Pick<Context, 'dataSource'>) {
  return {
    member: byIdLoader(ctx, Member),
    user: byIdLoader(ctx, User),
    group: byIdLoader(ctx, PartnerGroup),
    department: byIdLoader(ctx, Department),
    form: byIdLoader(ctx, ProcessForm),
    formVersion: byIdLoader(ctx, ProcessFormVersion),
    request: byIdLoader(ctx, CollaborationRequest),
  };
}

type SharedLoaderSet = ReturnType<typeof createSharedLoaders>;

/** The per-request loaders; one set per HTTP request and per subscription event, each built when first used. */
export function createLoaders(ctx: Context, shared: ContextSharedLoaders = createSharedLoaders(ctx)) {
  const own = lazily({
    formVersions: () => byParentLoader(ctx, ProcessFormVersion, 'formId', 'version'),
    notesOfRequest: () => childPages(ctx, notesOfRequest),
    timelineOfRequest: () => childPages(ctx, timelineOfRequest),
    duplicatesOfRequest: () => childPages(ctx, duplicatesOfRequest),
    engagementsOfRequest: () => childPages(ctx, engagementsOfRequest),
    openEngagements: () => openEngagementsLoader(ctx),
    slaClocks: () => currentClocksLoader(ctx),
    criticalRoster: () => once(() => onCriticalRoster(ctx)),
    membershipHistory: () => byParentLoader(ctx, MembershipChange, 'membershipId', 'at'),
    token: () => byIdLoader(ctx, ApiToken),
    criticalTeamOfMember: () => childPages(ctx, criticalTeamOfMember),
    rosterHistoryOfMember: () => childPages(ctx, rosterHistoryOfMember),
    tokensOfMember: () => childPages(ctx, tokensOfMember),
    membershipVisibility: () => once(() => visibleMembershipFilter(ctx)),
    usersOfMember: () => childPages(ctx, usersOfMember),
    membershipsOfGroup: () => childPages(ctx, membershipsOfGroup),
    membershipsOfMember: () => childPages(ctx, membershipsOfMember),
    event: () => byIdLoader(ctx, RequestEvent),
    deliveriesOfWebhook: () => childPages(ctx, deliveriesOfWebhook),
    lastDeliveredSeq: () =>
      new DataLoader<string, string | null>(async (ids) => {
        const seqs = await lastDeliveredSeqs(ctx.dataSource, ids);
        return ids.map((id) => seqs.get(id) ?? null);
      }),
  });
  return Object.assign(own, shared as SharedLoaderSet);
}

type LoaderSet = ReturnType<typeof createLoaders>;

declare module './context' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends LoaderSet {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SharedLoaders extends SharedLoaderSet {}
}
