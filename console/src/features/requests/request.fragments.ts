import { graphql } from '../../graphql/generated';

/** What a queue row shows; pushed events carry the same, so a pushed row needs no second fetch. */
export const QueueRowFragment = graphql(`
  fragment QueueRow on CollaborationRequest {
    id
    summary
    priority
    status
    critical
    createdAt
    updatedAt
    escalatedAt
    requesterCaseNumber
    receiverCaseNumber
    fromMember { id name }
    toMember { id name }
    group { id name }
    requesterAssignee { id name }
    receiverAssignee { id name }
    customer { name }
    sla { kind cycle state dueAt stoppedAt pausedAt }
  }
`);

export const InboundPushDocument = graphql(`
  subscription InboundPush($after: String) {
    inboundRequests(after: $after) { id cursor type at critical request { ...QueueRow } }
  }
`);

export const RequestEventsPushDocument = graphql(`
  subscription RequestEventsPush($after: String, $requestId: ID) {
    requestEvents(after: $after, requestId: $requestId) { id cursor type at critical request { ...QueueRow } }
  }
`);
