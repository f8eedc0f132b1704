/**
 * What GraphiQL opens with: one operation per role, ready to run once a token is pasted
 * into the Headers tab. `npm run demo` prints tokens for every role.
 */
export const GRAPHIQL_EXAMPLES = `# Welcome to Crossdesk. Paste a token in the Headers tab below:
#   { "Authorization": "Bearer cdk_..." }
# (npm run demo prints one for every role), then pick an operation with the run button.

# Anyone: who am I?
query Viewer {
  viewer { isOperator user { name role } member { name } }
}

# Engineer: find a partner's inbound process in the directory.
query Directory {
  directory(search: "storage") {
    edges { node { member { name } group { name kind } department { id name description form { fields { key label type required options } } } } }
  }
}

# Engineer: hand a customer problem to the partner (departmentId from Directory).
mutation Submit {
  submitRequest(input: {
    departmentId: "PASTE-A-DEPARTMENT-ID"
    priority: P2
    summary: "Datastore latency spikes after firmware update"
    requesterCaseNumber: "MY-CASE-1"
    customer: { name: "Globex Bank", contactEmail: "it-ops@globex.example" }
    data: { array_model: "Acme A400", serial: "A4-1234" }
  }) { request { id status toMember { name } createdAt } }
}

# Receiving engineer: what came in?
query Inbound {
  inboundRequests(first: 20) {
    edges { node { id status priority critical summary fromMember { name } requesterCaseNumber timeline { edges { node { type at } } } } }
  }
}

# Receiving engineer: take it on with your case number.
mutation Accept {
  acceptRequest(input: { id: "PASTE-A-REQUEST-ID", receiverCaseNumber: "OUR-CASE-1" }) { request { id status receiverCaseNumber } }
}

# Either side: the request's SLA clocks. The RESPONSE clock stops (MET) when the receiver accepts.
query SlaClocks {
  collaborationRequest(id: "PASTE-A-REQUEST-ID") { status receiverCaseNumber sla { kind state dueAt stoppedAt elapsedMinutes } }
}

# Requesting engineer: escalate to the receiver's management when the handbook's rule allows it
# (P1 any time, P2 after 24 h, P3 after 3 working days without an update; the refusal says when).
mutation Escalate {
  escalateRequest(input: { id: "PASTE-A-REQUEST-ID", reason: "Customer outage for 2 days, no update" }) { request { id escalatedAt } }
}

# Receiving engineer: engage a further vendor (a department of a member in a group you share) for a request you
# received; shareWithRequester lets the requester observe the engagement. Who holds the ball is nextActionOwner.
mutation EngageParty {
  engageParty(input: {
    requestId: "PASTE-A-REQUEST-ID"
    departmentId: "PASTE-A-DEPARTMENT-ID"
    priority: P2
    summary: "CRC errors on leaf 3 uplinks drop iSCSI sessions"
    requesterCaseNumber: "OUR-CASE-1"
    data: { switch_model: "Netwave NX-48", nos_version: "12.4(3)" }
    shareWithRequester: true
  }) { engagement { id status toMember { name } nextActionOwner { name } engagedFrom { id nextActionOwner { name } } } }
}

# Receiving engineer: close a request as a duplicate of another one from the same requester.
mutation CloseAsDuplicate {
  closeAsDuplicate(input: { id: "PASTE-A-REQUEST-ID", originalId: "PASTE-THE-ORIGINAL-ID" }) { request { id status duplicateOf { id requesterCaseNumber } } }
}

# Member admin: send your member's events to your ticketing system as signed POSTs (the secret is shown once).
mutation CreateWebhook {
  createWebhook(input: { url: "https://tickets.example.com/crossdesk", eventTypes: [REQUEST_SUBMITTED, NOTE_ADDED], description: "Ticketing" }) {
    webhook { id enabled } secret
  }
}

# Member admin: your endpoints and their latest delivery attempts.
query Webhooks {
  webhooks { edges { node { id url enabled disabledReason deliveries(first: 5) { edges { node { attempt status httpStatus error at event { type } } } } } } }
}

# Partner system: every new inbound request, pushed as it arrives (open it in a second tab).
subscription InboundPush {
  inboundRequests { cursor type at critical request { id summary priority fromMember { name } } }
}
`;
