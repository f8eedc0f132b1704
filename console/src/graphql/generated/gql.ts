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
    "\n  query Directory($search: String, $first: Int) {\n    directory(search: $search, first: $first) {\n      totalCount\n      edges { node { member { id name } group { id name kind } department { id name description } } }\n    }\n  }\n": typeof types.DirectoryDocument,
    "\n  query SubmitTarget($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      description\n      member { id name }\n      group { id name kind }\n      form { id name version fields { key label type required options min max minDate maxDate maxLength helpText } }\n    }\n  }\n": typeof types.SubmitTargetDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) { request { ...QueueRow } }\n  }\n": typeof types.SubmitRequestDocument,
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
    "\n  query Directory($search: String, $first: Int) {\n    directory(search: $search, first: $first) {\n      totalCount\n      edges { node { member { id name } group { id name kind } department { id name description } } }\n    }\n  }\n": types.DirectoryDocument,
    "\n  query SubmitTarget($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      description\n      member { id name }\n      group { id name kind }\n      form { id name version fields { key label type required options min max minDate maxDate maxLength helpText } }\n    }\n  }\n": types.SubmitTargetDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) { request { ...QueueRow } }\n  }\n": types.SubmitRequestDocument,
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