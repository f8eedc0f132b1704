/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      isOperator\n      user { id name email role onCriticalTeam }\n      member { id name }\n      token { id name service canSubmitCritical }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query CriticalTeam {\n    viewer { member { id\n      criticalTeam(first: 100) { edges { node { id name email } } }\n      criticalRosterHistory(first: 50) { edges { node { id added at user { id name } token { id name } actor { id name } } } }\n    } }\n  }\n": typeof types.CriticalTeamDocument,
    "mutation AddToCriticalTeam($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id onCriticalTeam } } }": typeof types.AddToCriticalTeamDocument,
    "mutation RemoveFromCriticalTeam($input: RemoveFromCriticalTeamInput!) { removeFromCriticalTeam(input: $input) { user { id onCriticalTeam } } }": typeof types.RemoveFromCriticalTeamDocument,
    "\n  query Departments {\n    departments(first: 100, includeArchived: true) {\n      edges { node { id name description archivedAt group { id name } form { id name version } } }\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id form { id name version } } } }\n": typeof types.UpdateDepartmentDocument,
    "\n  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) { archiveDepartment(input: $input) { department { id archivedAt } } }\n": typeof types.ArchiveDepartmentDocument,
    "\n  query ProcessForms {\n    processForms(first: 100) {\n      edges { node {\n        id name version updatedAt\n        fields { key label type required options min max minDate maxDate maxLength helpText }\n        versions { version name createdAt fields { key } }\n      } }\n    }\n  }\n": typeof types.ProcessFormsDocument,
    "\n  mutation CreateProcessForm($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id name version } } }\n": typeof types.CreateProcessFormDocument,
    "\n  mutation UpdateProcessForm($input: UpdateProcessFormInput!) { updateProcessForm(input: $input) { form { id name version } } }\n": typeof types.UpdateProcessFormDocument,
    "\n  query MemberGroups {\n    partnerGroups(first: 100) { edges { node { id name kind description joinRequirements } } }\n    viewer { member { id memberships(first: 100) { edges { node { id status attestation group { id } } } } } }\n  }\n": typeof types.MemberGroupsDocument,
    "mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { membership { id status } } }": typeof types.RequestMembershipDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id status } } }": typeof types.AcceptInvitationDocument,
    "mutation LeaveGroup($input: LeaveGroupInput!) { leaveGroup(input: $input) { membership { id status } } }": typeof types.LeaveGroupDocument,
    "\n  query Tokens {\n    viewer { member { id tokens(first: 100) { edges { node { id name service canSubmitCritical createdAt lastUsedAt revokedAt secretPrefix user { id name } } } } } }\n  }\n": typeof types.TokensDocument,
    "\n  mutation IssueToken($input: IssueTokenInput!) { issueToken(input: $input) { secret token { id name } } }\n": typeof types.IssueTokenDocument,
    "\n  mutation RevokeToken($input: RevokeTokenInput!) { revokeToken(input: $input) { token { id revokedAt } } }\n": typeof types.RevokeTokenDocument,
    "\n  mutation SetTokenCriticalAccess($input: SetTokenCriticalAccessInput!) { setTokenCriticalAccess(input: $input) { token { id canSubmitCritical } } }\n": typeof types.SetTokenCriticalAccessDocument,
    "\n  query MemberUsersList($search: String) {\n    viewer { member { id users(first: 100, search: $search) { totalCount edges { node { id name email role onCriticalTeam createdAt } } } } }\n  }\n": typeof types.MemberUsersListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id name email role onCriticalTeam createdAt } } }\n": typeof types.CreateUserDocument,
    "\n  query Webhooks {\n    webhooks(first: 10) {\n      edges { node {\n        id url description eventTypes enabled disabledReason createdAt previousSecretExpiresAt\n        deliveries(first: 10) { totalCount edges { node { id attempt status httpStatus durationMs error at redelivery event { id type } } } }\n      } }\n    }\n  }\n": typeof types.WebhooksDocument,
    "mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }": typeof types.CreateWebhookDocument,
    "mutation UpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id enabled disabledReason } } }": typeof types.UpdateWebhookDocument,
    "mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret webhook { id previousSecretExpiresAt } } }": typeof types.RotateWebhookSecretDocument,
    "mutation DeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { webhook { id } } }": typeof types.DeleteWebhookDocument,
    "mutation RedeliverWebhookEvent($input: RedeliverWebhookEventInput!) { redeliverWebhookEvent(input: $input) { delivery { id status } } }": typeof types.RedeliverWebhookEventDocument,
    "\n  query Directory($search: String, $first: Int) {\n    directory(search: $search, first: $first) {\n      totalCount\n      edges { node { member { id name } group { id name kind } department { id name description } } }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query SubmitTarget($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      description\n      member { id name }\n      group { id name kind }\n      form { id name version fields { key label type required options min max minDate maxDate maxLength helpText } }\n    }\n  }\n": typeof types.SubmitTargetDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) { request { ...QueueRow } }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  query Members($search: String) {\n    members(first: 100, search: $search) { totalCount edges { node { id name createdAt users(first: 1) { totalCount } } } }\n  }\n": typeof types.MembersDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) { createMember(input: $input) { adminToken member { id name } adminUser { id email } } }\n": typeof types.CreateMemberDocument,
    "\n  query GroupNames { partnerGroups(first: 100) { edges { node { id name kind } } } }\n": typeof types.GroupNamesDocument,
    "\n  query GroupMemberships($id: ID!) {\n    partnerGroup(id: $id) { id memberships(first: 100) { edges { node { id status attestation updatedAt member { id name } } } } }\n  }\n": typeof types.GroupMembershipsDocument,
    "mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id status } } }": typeof types.InviteMemberDocument,
    "mutation ApproveMembership($input: ApproveMembershipInput!) { approveMembership(input: $input) { membership { id status } } }": typeof types.ApproveMembershipDocument,
    "mutation DeclineMembership($input: DeclineMembershipInput!) { declineMembership(input: $input) { membership { id status } } }": typeof types.DeclineMembershipDocument,
    "mutation SuspendMembership($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id status } } }": typeof types.SuspendMembershipDocument,
    "\n  query PartnerGroups {\n    partnerGroups(first: 100) {\n      edges { node {\n        id name kind description joinRequirements autoFollowUp\n        slaPolicy { atRiskRatio targets { priority responseMinutes updateEveryMinutes resolutionMinutes } }\n        calendar { timeZone alwaysOpen holidays workingHours { day from to } }\n        memberships(first: 1) { totalCount }\n      } }\n    }\n  }\n": typeof types.PartnerGroupsDocument,
    "mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id name } } }": typeof types.CreatePartnerGroupDocument,
    "mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { group { id name } } }": typeof types.UpdatePartnerGroupDocument,
    "query SlaDueAt($input: SlaDueAtInput!) { slaDueAt(input: $input) }": typeof types.SlaDueAtDocument,
    "\n  query SlaReport($input: SlaReportInput!) {\n    slaReport(input: $input) { key label requests met breached open attainment medianResponseMinutes p90ResponseMinutes escalated resolutionAttainment }\n  }\n": typeof types.SlaReportDocument,
    "\n  query InboundQueue($filter: RequestFilter, $first: Int, $after: String) {\n    inboundRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...QueueRow } }\n    }\n  }\n": typeof types.InboundQueueDocument,
    "\n  query OutboundQueue($filter: RequestFilter, $first: Int, $after: String) {\n    outboundRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...QueueRow } }\n    }\n  }\n": typeof types.OutboundQueueDocument,
    "\n  query MyGroups {\n    viewer { member { id memberships(first: 100) { edges { node { id status group { id name kind } } } } } }\n  }\n": typeof types.MyGroupsDocument,
    "\n  query RequestPage($id: ID!) {\n    collaborationRequest(id: $id) {\n      ...QueueRow\n      data\n      businessImpact\n      firstRespondedAt\n      closedAt\n      customer { name contactEmail entitlementId }\n      submittedBy { id name email }\n      department { id name }\n      duplicateOf { id summary }\n      form { version name fields { key label type required options } }\n      sla { kind cycle state dueAt stoppedAt startedAt targetMinutes elapsedMinutes atRiskAt pausedAt pausedMinutes }\n      notes(first: 100) { totalCount edges { node { id body internal createdAt author { id name } member { id name } } } }\n      timeline(first: 100) { totalCount edges { node { id type at actor { id name } detail } } }\n    }\n  }\n": typeof types.RequestPageDocument,
    "\n  query MemberUsers($search: String) {\n    viewer { member { id users(first: 50, search: $search) { edges { node { id name email } } } } }\n  }\n": typeof types.MemberUsersDocument,
    "mutation AcceptRequest($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { ...QueueRow } } }": typeof types.AcceptRequestDocument,
    "mutation RequestInformation($input: RequestInformationInput!) { requestInformation(input: $input) { request { ...QueueRow } } }": typeof types.RequestInformationDocument,
    "mutation ProvideInformation($input: ProvideInformationInput!) { provideInformation(input: $input) { request { ...QueueRow } } }": typeof types.ProvideInformationDocument,
    "mutation RejectRequest($input: RejectRequestInput!) { rejectRequest(input: $input) { request { ...QueueRow } } }": typeof types.RejectRequestDocument,
    "mutation CloseRequest($input: CloseRequestInput!) { closeRequest(input: $input) { request { ...QueueRow } } }": typeof types.CloseRequestDocument,
    "mutation ReopenRequest($input: ReopenRequestInput!) { reopenRequest(input: $input) { request { ...QueueRow } } }": typeof types.ReopenRequestDocument,
    "mutation CancelRequest($input: CancelRequestInput!) { cancelRequest(input: $input) { request { ...QueueRow } } }": typeof types.CancelRequestDocument,
    "mutation EscalateRequest($input: EscalateRequestInput!) { escalateRequest(input: $input) { request { ...QueueRow } } }": typeof types.EscalateRequestDocument,
    "mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) { request { ...QueueRow } } }": typeof types.CloseAsDuplicateDocument,
    "mutation AssignRequest($input: AssignRequestInput!) { assignRequest(input: $input) { request { ...QueueRow } } }": typeof types.AssignRequestDocument,
    "mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { note { id body internal } } }": typeof types.AddNoteDocument,
    "\n  fragment QueueRow on CollaborationRequest {\n    id\n    summary\n    priority\n    status\n    critical\n    createdAt\n    updatedAt\n    escalatedAt\n    requesterCaseNumber\n    receiverCaseNumber\n    fromMember { id name }\n    toMember { id name }\n    group { id name }\n    requesterAssignee { id name }\n    receiverAssignee { id name }\n    customer { name }\n    sla { kind cycle state dueAt stoppedAt pausedAt }\n  }\n": typeof types.QueueRowFragmentDoc,
    "\n  subscription InboundPush($after: String) {\n    inboundRequests(after: $after) { id cursor type at critical request { ...QueueRow } }\n  }\n": typeof types.InboundPushDocument,
    "\n  subscription RequestEventsPush($after: String, $requestId: ID) {\n    requestEvents(after: $after, requestId: $requestId) { id cursor type at critical request { ...QueueRow } }\n  }\n": typeof types.RequestEventsPushDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      isOperator\n      user { id name email role onCriticalTeam }\n      member { id name }\n      token { id name service canSubmitCritical }\n    }\n  }\n": types.ViewerDocument,
    "\n  query CriticalTeam {\n    viewer { member { id\n      criticalTeam(first: 100) { edges { node { id name email } } }\n      criticalRosterHistory(first: 50) { edges { node { id added at user { id name } token { id name } actor { id name } } } }\n    } }\n  }\n": types.CriticalTeamDocument,
    "mutation AddToCriticalTeam($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id onCriticalTeam } } }": types.AddToCriticalTeamDocument,
    "mutation RemoveFromCriticalTeam($input: RemoveFromCriticalTeamInput!) { removeFromCriticalTeam(input: $input) { user { id onCriticalTeam } } }": types.RemoveFromCriticalTeamDocument,
    "\n  query Departments {\n    departments(first: 100, includeArchived: true) {\n      edges { node { id name description archivedAt group { id name } form { id name version } } }\n    }\n  }\n": types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id form { id name version } } } }\n": types.UpdateDepartmentDocument,
    "\n  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) { archiveDepartment(input: $input) { department { id archivedAt } } }\n": types.ArchiveDepartmentDocument,
    "\n  query ProcessForms {\n    processForms(first: 100) {\n      edges { node {\n        id name version updatedAt\n        fields { key label type required options min max minDate maxDate maxLength helpText }\n        versions { version name createdAt fields { key } }\n      } }\n    }\n  }\n": types.ProcessFormsDocument,
    "\n  mutation CreateProcessForm($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id name version } } }\n": types.CreateProcessFormDocument,
    "\n  mutation UpdateProcessForm($input: UpdateProcessFormInput!) { updateProcessForm(input: $input) { form { id name version } } }\n": types.UpdateProcessFormDocument,
    "\n  query MemberGroups {\n    partnerGroups(first: 100) { edges { node { id name kind description joinRequirements } } }\n    viewer { member { id memberships(first: 100) { edges { node { id status attestation group { id } } } } } }\n  }\n": types.MemberGroupsDocument,
    "mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { membership { id status } } }": types.RequestMembershipDocument,
    "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id status } } }": types.AcceptInvitationDocument,
    "mutation LeaveGroup($input: LeaveGroupInput!) { leaveGroup(input: $input) { membership { id status } } }": types.LeaveGroupDocument,
    "\n  query Tokens {\n    viewer { member { id tokens(first: 100) { edges { node { id name service canSubmitCritical createdAt lastUsedAt revokedAt secretPrefix user { id name } } } } } }\n  }\n": types.TokensDocument,
    "\n  mutation IssueToken($input: IssueTokenInput!) { issueToken(input: $input) { secret token { id name } } }\n": types.IssueTokenDocument,
    "\n  mutation RevokeToken($input: RevokeTokenInput!) { revokeToken(input: $input) { token { id revokedAt } } }\n": types.RevokeTokenDocument,
    "\n  mutation SetTokenCriticalAccess($input: SetTokenCriticalAccessInput!) { setTokenCriticalAccess(input: $input) { token { id canSubmitCritical } } }\n": types.SetTokenCriticalAccessDocument,
    "\n  query MemberUsersList($search: String) {\n    viewer { member { id users(first: 100, search: $search) { totalCount edges { node { id name email role onCriticalTeam createdAt } } } } }\n  }\n": types.MemberUsersListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id name email role onCriticalTeam createdAt } } }\n": types.CreateUserDocument,
    "\n  query Webhooks {\n    webhooks(first: 10) {\n      edges { node {\n        id url description eventTypes enabled disabledReason createdAt previousSecretExpiresAt\n        deliveries(first: 10) { totalCount edges { node { id attempt status httpStatus durationMs error at redelivery event { id type } } } }\n      } }\n    }\n  }\n": types.WebhooksDocument,
    "mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }": types.CreateWebhookDocument,
    "mutation UpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id enabled disabledReason } } }": types.UpdateWebhookDocument,
    "mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret webhook { id previousSecretExpiresAt } } }": types.RotateWebhookSecretDocument,
    "mutation DeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { webhook { id } } }": types.DeleteWebhookDocument,
    "mutation RedeliverWebhookEvent($input: RedeliverWebhookEventInput!) { redeliverWebhookEvent(input: $input) { delivery { id status } } }": types.RedeliverWebhookEventDocument,
    "\n  query Directory($search: String, $first: Int) {\n    directory(search: $search, first: $first) {\n      totalCount\n      edges { node { member { id name } group { id name kind } department { id name description } } }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query SubmitTarget($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      description\n      member { id name }\n      group { id name kind }\n      form { id name version fields { key label type required options min max minDate maxDate maxLength helpText } }\n    }\n  }\n": types.SubmitTargetDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) { request { ...QueueRow } }\n  }\n": types.SubmitRequestDocument,
    "\n  query Members($search: String) {\n    members(first: 100, search: $search) { totalCount edges { node { id name createdAt users(first: 1) { totalCount } } } }\n  }\n": types.MembersDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) { createMember(input: $input) { adminToken member { id name } adminUser { id email } } }\n": types.CreateMemberDocument,
    "\n  query GroupNames { partnerGroups(first: 100) { edges { node { id name kind } } } }\n": types.GroupNamesDocument,
    "\n  query GroupMemberships($id: ID!) {\n    partnerGroup(id: $id) { id memberships(first: 100) { edges { node { id status attestation updatedAt member { id name } } } } }\n  }\n": types.GroupMembershipsDocument,
    "mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id status } } }": types.InviteMemberDocument,
    "mutation ApproveMembership($input: ApproveMembershipInput!) { approveMembership(input: $input) { membership { id status } } }": types.ApproveMembershipDocument,
    "mutation DeclineMembership($input: DeclineMembershipInput!) { declineMembership(input: $input) { membership { id status } } }": types.DeclineMembershipDocument,
    "mutation SuspendMembership($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id status } } }": types.SuspendMembershipDocument,
    "\n  query PartnerGroups {\n    partnerGroups(first: 100) {\n      edges { node {\n        id name kind description joinRequirements autoFollowUp\n        slaPolicy { atRiskRatio targets { priority responseMinutes updateEveryMinutes resolutionMinutes } }\n        calendar { timeZone alwaysOpen holidays workingHours { day from to } }\n        memberships(first: 1) { totalCount }\n      } }\n    }\n  }\n": types.PartnerGroupsDocument,
    "mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id name } } }": types.CreatePartnerGroupDocument,
    "mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { group { id name } } }": types.UpdatePartnerGroupDocument,
    "query SlaDueAt($input: SlaDueAtInput!) { slaDueAt(input: $input) }": types.SlaDueAtDocument,
    "\n  query SlaReport($input: SlaReportInput!) {\n    slaReport(input: $input) { key label requests met breached open attainment medianResponseMinutes p90ResponseMinutes escalated resolutionAttainment }\n  }\n": types.SlaReportDocument,
    "\n  query InboundQueue($filter: RequestFilter, $first: Int, $after: String) {\n    inboundRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...QueueRow } }\n    }\n  }\n": types.InboundQueueDocument,
    "\n  query OutboundQueue($filter: RequestFilter, $first: Int, $after: String) {\n    outboundRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...QueueRow } }\n    }\n  }\n": types.OutboundQueueDocument,
    "\n  query MyGroups {\n    viewer { member { id memberships(first: 100) { edges { node { id status group { id name kind } } } } } }\n  }\n": types.MyGroupsDocument,
    "\n  query RequestPage($id: ID!) {\n    collaborationRequest(id: $id) {\n      ...QueueRow\n      data\n      businessImpact\n      firstRespondedAt\n      closedAt\n      customer { name contactEmail entitlementId }\n      submittedBy { id name email }\n      department { id name }\n      duplicateOf { id summary }\n      form { version name fields { key label type required options } }\n      sla { kind cycle state dueAt stoppedAt startedAt targetMinutes elapsedMinutes atRiskAt pausedAt pausedMinutes }\n      notes(first: 100) { totalCount edges { node { id body internal createdAt author { id name } member { id name } } } }\n      timeline(first: 100) { totalCount edges { node { id type at actor { id name } detail } } }\n    }\n  }\n": types.RequestPageDocument,
    "\n  query MemberUsers($search: String) {\n    viewer { member { id users(first: 50, search: $search) { edges { node { id name email } } } } }\n  }\n": types.MemberUsersDocument,
    "mutation AcceptRequest($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { ...QueueRow } } }": types.AcceptRequestDocument,
    "mutation RequestInformation($input: RequestInformationInput!) { requestInformation(input: $input) { request { ...QueueRow } } }": types.RequestInformationDocument,
    "mutation ProvideInformation($input: ProvideInformationInput!) { provideInformation(input: $input) { request { ...QueueRow } } }": types.ProvideInformationDocument,
    "mutation RejectRequest($input: RejectRequestInput!) { rejectRequest(input: $input) { request { ...QueueRow } } }": types.RejectRequestDocument,
    "mutation CloseRequest($input: CloseRequestInput!) { closeRequest(input: $input) { request { ...QueueRow } } }": types.CloseRequestDocument,
    "mutation ReopenRequest($input: ReopenRequestInput!) { reopenRequest(input: $input) { request { ...QueueRow } } }": types.ReopenRequestDocument,
    "mutation CancelRequest($input: CancelRequestInput!) { cancelRequest(input: $input) { request { ...QueueRow } } }": types.CancelRequestDocument,
    "mutation EscalateRequest($input: EscalateRequestInput!) { escalateRequest(input: $input) { request { ...QueueRow } } }": types.EscalateRequestDocument,
    "mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) { request { ...QueueRow } } }": types.CloseAsDuplicateDocument,
    "mutation AssignRequest($input: AssignRequestInput!) { assignRequest(input: $input) { request { ...QueueRow } } }": types.AssignRequestDocument,
    "mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { note { id body internal } } }": types.AddNoteDocument,
    "\n  fragment QueueRow on CollaborationRequest {\n    id\n    summary\n    priority\n    status\n    critical\n    createdAt\n    updatedAt\n    escalatedAt\n    requesterCaseNumber\n    receiverCaseNumber\n    fromMember { id name }\n    toMember { id name }\n    group { id name }\n    requesterAssignee { id name }\n    receiverAssignee { id name }\n    customer { name }\n    sla { kind cycle state dueAt stoppedAt pausedAt }\n  }\n": types.QueueRowFragmentDoc,
    "\n  subscription InboundPush($after: String) {\n    inboundRequests(after: $after) { id cursor type at critical request { ...QueueRow } }\n  }\n": types.InboundPushDocument,
    "\n  subscription RequestEventsPush($after: String, $requestId: ID) {\n    requestEvents(after: $after, requestId: $requestId) { id cursor type at critical request { ...QueueRow } }\n  }\n": types.RequestEventsPushDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      isOperator\n      user { id name email role onCriticalTeam }\n      member { id name }\n      token { id name service canSubmitCritical }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      isOperator\n      user { id name email role onCriticalTeam }\n      member { id name }\n      token { id name service canSubmitCritical }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriticalTeam {\n    viewer { member { id\n      criticalTeam(first: 100) { edges { node { id name email } } }\n      criticalRosterHistory(first: 50) { edges { node { id added at user { id name } token { id name } actor { id name } } } }\n    } }\n  }\n"): (typeof documents)["\n  query CriticalTeam {\n    viewer { member { id\n      criticalTeam(first: 100) { edges { node { id name email } } }\n      criticalRosterHistory(first: 50) { edges { node { id added at user { id name } token { id name } actor { id name } } } }\n    } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddToCriticalTeam($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id onCriticalTeam } } }"): (typeof documents)["mutation AddToCriticalTeam($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id onCriticalTeam } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveFromCriticalTeam($input: RemoveFromCriticalTeamInput!) { removeFromCriticalTeam(input: $input) { user { id onCriticalTeam } } }"): (typeof documents)["mutation RemoveFromCriticalTeam($input: RemoveFromCriticalTeamInput!) { removeFromCriticalTeam(input: $input) { user { id onCriticalTeam } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments(first: 100, includeArchived: true) {\n      edges { node { id name description archivedAt group { id name } form { id name version } } }\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments(first: 100, includeArchived: true) {\n      edges { node { id name description archivedAt group { id name } form { id name version } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id form { id name version } } } }\n"): (typeof documents)["\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id form { id name version } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) { archiveDepartment(input: $input) { department { id archivedAt } } }\n"): (typeof documents)["\n  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) { archiveDepartment(input: $input) { department { id archivedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProcessForms {\n    processForms(first: 100) {\n      edges { node {\n        id name version updatedAt\n        fields { key label type required options min max minDate maxDate maxLength helpText }\n        versions { version name createdAt fields { key } }\n      } }\n    }\n  }\n"): (typeof documents)["\n  query ProcessForms {\n    processForms(first: 100) {\n      edges { node {\n        id name version updatedAt\n        fields { key label type required options min max minDate maxDate maxLength helpText }\n        versions { version name createdAt fields { key } }\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProcessForm($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id name version } } }\n"): (typeof documents)["\n  mutation CreateProcessForm($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id name version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProcessForm($input: UpdateProcessFormInput!) { updateProcessForm(input: $input) { form { id name version } } }\n"): (typeof documents)["\n  mutation UpdateProcessForm($input: UpdateProcessFormInput!) { updateProcessForm(input: $input) { form { id name version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberGroups {\n    partnerGroups(first: 100) { edges { node { id name kind description joinRequirements } } }\n    viewer { member { id memberships(first: 100) { edges { node { id status attestation group { id } } } } } }\n  }\n"): (typeof documents)["\n  query MemberGroups {\n    partnerGroups(first: 100) { edges { node { id name kind description joinRequirements } } }\n    viewer { member { id memberships(first: 100) { edges { node { id status attestation group { id } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { membership { id status } } }"): (typeof documents)["mutation RequestMembership($input: RequestMembershipInput!) { requestMembership(input: $input) { membership { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id status } } }"): (typeof documents)["mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaveGroup($input: LeaveGroupInput!) { leaveGroup(input: $input) { membership { id status } } }"): (typeof documents)["mutation LeaveGroup($input: LeaveGroupInput!) { leaveGroup(input: $input) { membership { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tokens {\n    viewer { member { id tokens(first: 100) { edges { node { id name service canSubmitCritical createdAt lastUsedAt revokedAt secretPrefix user { id name } } } } } }\n  }\n"): (typeof documents)["\n  query Tokens {\n    viewer { member { id tokens(first: 100) { edges { node { id name service canSubmitCritical createdAt lastUsedAt revokedAt secretPrefix user { id name } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueToken($input: IssueTokenInput!) { issueToken(input: $input) { secret token { id name } } }\n"): (typeof documents)["\n  mutation IssueToken($input: IssueTokenInput!) { issueToken(input: $input) { secret token { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeToken($input: RevokeTokenInput!) { revokeToken(input: $input) { token { id revokedAt } } }\n"): (typeof documents)["\n  mutation RevokeToken($input: RevokeTokenInput!) { revokeToken(input: $input) { token { id revokedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTokenCriticalAccess($input: SetTokenCriticalAccessInput!) { setTokenCriticalAccess(input: $input) { token { id canSubmitCritical } } }\n"): (typeof documents)["\n  mutation SetTokenCriticalAccess($input: SetTokenCriticalAccessInput!) { setTokenCriticalAccess(input: $input) { token { id canSubmitCritical } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberUsersList($search: String) {\n    viewer { member { id users(first: 100, search: $search) { totalCount edges { node { id name email role onCriticalTeam createdAt } } } } }\n  }\n"): (typeof documents)["\n  query MemberUsersList($search: String) {\n    viewer { member { id users(first: 100, search: $search) { totalCount edges { node { id name email role onCriticalTeam createdAt } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id name email role onCriticalTeam createdAt } } }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id name email role onCriticalTeam createdAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks(first: 10) {\n      edges { node {\n        id url description eventTypes enabled disabledReason createdAt previousSecretExpiresAt\n        deliveries(first: 10) { totalCount edges { node { id attempt status httpStatus durationMs error at redelivery event { id type } } } }\n      } }\n    }\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks(first: 10) {\n      edges { node {\n        id url description eventTypes enabled disabledReason createdAt previousSecretExpiresAt\n        deliveries(first: 10) { totalCount edges { node { id attempt status httpStatus durationMs error at redelivery event { id type } } } }\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }"): (typeof documents)["mutation CreateWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id enabled disabledReason } } }"): (typeof documents)["mutation UpdateWebhook($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id enabled disabledReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret webhook { id previousSecretExpiresAt } } }"): (typeof documents)["mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret webhook { id previousSecretExpiresAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { webhook { id } } }"): (typeof documents)["mutation DeleteWebhook($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { webhook { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedeliverWebhookEvent($input: RedeliverWebhookEventInput!) { redeliverWebhookEvent(input: $input) { delivery { id status } } }"): (typeof documents)["mutation RedeliverWebhookEvent($input: RedeliverWebhookEventInput!) { redeliverWebhookEvent(input: $input) { delivery { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directory($search: String, $first: Int) {\n    directory(search: $search, first: $first) {\n      totalCount\n      edges { node { member { id name } group { id name kind } department { id name description } } }\n    }\n  }\n"): (typeof documents)["\n  query Directory($search: String, $first: Int) {\n    directory(search: $search, first: $first) {\n      totalCount\n      edges { node { member { id name } group { id name kind } department { id name description } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmitTarget($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      description\n      member { id name }\n      group { id name kind }\n      form { id name version fields { key label type required options min max minDate maxDate maxLength helpText } }\n    }\n  }\n"): (typeof documents)["\n  query SubmitTarget($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      description\n      member { id name }\n      group { id name kind }\n      form { id name version fields { key label type required options min max minDate maxDate maxLength helpText } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) { request { ...QueueRow } }\n  }\n"): (typeof documents)["\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) { request { ...QueueRow } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($search: String) {\n    members(first: 100, search: $search) { totalCount edges { node { id name createdAt users(first: 1) { totalCount } } } }\n  }\n"): (typeof documents)["\n  query Members($search: String) {\n    members(first: 100, search: $search) { totalCount edges { node { id name createdAt users(first: 1) { totalCount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) { createMember(input: $input) { adminToken member { id name } adminUser { id email } } }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) { createMember(input: $input) { adminToken member { id name } adminUser { id email } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupNames { partnerGroups(first: 100) { edges { node { id name kind } } } }\n"): (typeof documents)["\n  query GroupNames { partnerGroups(first: 100) { edges { node { id name kind } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMemberships($id: ID!) {\n    partnerGroup(id: $id) { id memberships(first: 100) { edges { node { id status attestation updatedAt member { id name } } } } }\n  }\n"): (typeof documents)["\n  query GroupMemberships($id: ID!) {\n    partnerGroup(id: $id) { id memberships(first: 100) { edges { node { id status attestation updatedAt member { id name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id status } } }"): (typeof documents)["mutation InviteMember($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveMembership($input: ApproveMembershipInput!) { approveMembership(input: $input) { membership { id status } } }"): (typeof documents)["mutation ApproveMembership($input: ApproveMembershipInput!) { approveMembership(input: $input) { membership { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeclineMembership($input: DeclineMembershipInput!) { declineMembership(input: $input) { membership { id status } } }"): (typeof documents)["mutation DeclineMembership($input: DeclineMembershipInput!) { declineMembership(input: $input) { membership { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SuspendMembership($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id status } } }"): (typeof documents)["mutation SuspendMembership($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerGroups {\n    partnerGroups(first: 100) {\n      edges { node {\n        id name kind description joinRequirements autoFollowUp\n        slaPolicy { atRiskRatio targets { priority responseMinutes updateEveryMinutes resolutionMinutes } }\n        calendar { timeZone alwaysOpen holidays workingHours { day from to } }\n        memberships(first: 1) { totalCount }\n      } }\n    }\n  }\n"): (typeof documents)["\n  query PartnerGroups {\n    partnerGroups(first: 100) {\n      edges { node {\n        id name kind description joinRequirements autoFollowUp\n        slaPolicy { atRiskRatio targets { priority responseMinutes updateEveryMinutes resolutionMinutes } }\n        calendar { timeZone alwaysOpen holidays workingHours { day from to } }\n        memberships(first: 1) { totalCount }\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id name } } }"): (typeof documents)["mutation CreatePartnerGroup($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { group { id name } } }"): (typeof documents)["mutation UpdatePartnerGroup($input: UpdatePartnerGroupInput!) { updatePartnerGroup(input: $input) { group { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SlaDueAt($input: SlaDueAtInput!) { slaDueAt(input: $input) }"): (typeof documents)["query SlaDueAt($input: SlaDueAtInput!) { slaDueAt(input: $input) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaReport($input: SlaReportInput!) {\n    slaReport(input: $input) { key label requests met breached open attainment medianResponseMinutes p90ResponseMinutes escalated resolutionAttainment }\n  }\n"): (typeof documents)["\n  query SlaReport($input: SlaReportInput!) {\n    slaReport(input: $input) { key label requests met breached open attainment medianResponseMinutes p90ResponseMinutes escalated resolutionAttainment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboundQueue($filter: RequestFilter, $first: Int, $after: String) {\n    inboundRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...QueueRow } }\n    }\n  }\n"): (typeof documents)["\n  query InboundQueue($filter: RequestFilter, $first: Int, $after: String) {\n    inboundRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...QueueRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboundQueue($filter: RequestFilter, $first: Int, $after: String) {\n    outboundRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...QueueRow } }\n    }\n  }\n"): (typeof documents)["\n  query OutboundQueue($filter: RequestFilter, $first: Int, $after: String) {\n    outboundRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...QueueRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroups {\n    viewer { member { id memberships(first: 100) { edges { node { id status group { id name kind } } } } } }\n  }\n"): (typeof documents)["\n  query MyGroups {\n    viewer { member { id memberships(first: 100) { edges { node { id status group { id name kind } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestPage($id: ID!) {\n    collaborationRequest(id: $id) {\n      ...QueueRow\n      data\n      businessImpact\n      firstRespondedAt\n      closedAt\n      customer { name contactEmail entitlementId }\n      submittedBy { id name email }\n      department { id name }\n      duplicateOf { id summary }\n      form { version name fields { key label type required options } }\n      sla { kind cycle state dueAt stoppedAt startedAt targetMinutes elapsedMinutes atRiskAt pausedAt pausedMinutes }\n      notes(first: 100) { totalCount edges { node { id body internal createdAt author { id name } member { id name } } } }\n      timeline(first: 100) { totalCount edges { node { id type at actor { id name } detail } } }\n    }\n  }\n"): (typeof documents)["\n  query RequestPage($id: ID!) {\n    collaborationRequest(id: $id) {\n      ...QueueRow\n      data\n      businessImpact\n      firstRespondedAt\n      closedAt\n      customer { name contactEmail entitlementId }\n      submittedBy { id name email }\n      department { id name }\n      duplicateOf { id summary }\n      form { version name fields { key label type required options } }\n      sla { kind cycle state dueAt stoppedAt startedAt targetMinutes elapsedMinutes atRiskAt pausedAt pausedMinutes }\n      notes(first: 100) { totalCount edges { node { id body internal createdAt author { id name } member { id name } } } }\n      timeline(first: 100) { totalCount edges { node { id type at actor { id name } detail } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberUsers($search: String) {\n    viewer { member { id users(first: 50, search: $search) { edges { node { id name email } } } } }\n  }\n"): (typeof documents)["\n  query MemberUsers($search: String) {\n    viewer { member { id users(first: 50, search: $search) { edges { node { id name email } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptRequest($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation AcceptRequest($input: AcceptRequestInput!) { acceptRequest(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestInformation($input: RequestInformationInput!) { requestInformation(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation RequestInformation($input: RequestInformationInput!) { requestInformation(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProvideInformation($input: ProvideInformationInput!) { provideInformation(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation ProvideInformation($input: ProvideInformationInput!) { provideInformation(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectRequest($input: RejectRequestInput!) { rejectRequest(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation RejectRequest($input: RejectRequestInput!) { rejectRequest(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseRequest($input: CloseRequestInput!) { closeRequest(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation CloseRequest($input: CloseRequestInput!) { closeRequest(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenRequest($input: ReopenRequestInput!) { reopenRequest(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation ReopenRequest($input: ReopenRequestInput!) { reopenRequest(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelRequest($input: CancelRequestInput!) { cancelRequest(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation CancelRequest($input: CancelRequestInput!) { cancelRequest(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EscalateRequest($input: EscalateRequestInput!) { escalateRequest(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation EscalateRequest($input: EscalateRequestInput!) { escalateRequest(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignRequest($input: AssignRequestInput!) { assignRequest(input: $input) { request { ...QueueRow } } }"): (typeof documents)["mutation AssignRequest($input: AssignRequestInput!) { assignRequest(input: $input) { request { ...QueueRow } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { note { id body internal } } }"): (typeof documents)["mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { note { id body internal } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueRow on CollaborationRequest {\n    id\n    summary\n    priority\n    status\n    critical\n    createdAt\n    updatedAt\n    escalatedAt\n    requesterCaseNumber\n    receiverCaseNumber\n    fromMember { id name }\n    toMember { id name }\n    group { id name }\n    requesterAssignee { id name }\n    receiverAssignee { id name }\n    customer { name }\n    sla { kind cycle state dueAt stoppedAt pausedAt }\n  }\n"): (typeof documents)["\n  fragment QueueRow on CollaborationRequest {\n    id\n    summary\n    priority\n    status\n    critical\n    createdAt\n    updatedAt\n    escalatedAt\n    requesterCaseNumber\n    receiverCaseNumber\n    fromMember { id name }\n    toMember { id name }\n    group { id name }\n    requesterAssignee { id name }\n    receiverAssignee { id name }\n    customer { name }\n    sla { kind cycle state dueAt stoppedAt pausedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboundPush($after: String) {\n    inboundRequests(after: $after) { id cursor type at critical request { ...QueueRow } }\n  }\n"): (typeof documents)["\n  subscription InboundPush($after: String) {\n    inboundRequests(after: $after) { id cursor type at critical request { ...QueueRow } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestEventsPush($after: String, $requestId: ID) {\n    requestEvents(after: $after, requestId: $requestId) { id cursor type at critical request { ...QueueRow } }\n  }\n"): (typeof documents)["\n  subscription RequestEventsPush($after: String, $requestId: ID) {\n    requestEvents(after: $after, requestId: $requestId) { id cursor type at critical request { ...QueueRow } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;