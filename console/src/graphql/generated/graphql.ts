/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accept an invitation (member admin). */
export type AcceptInvitationInput = {
  /** Required for CRITICAL_ESCALATION, as for requestMembership. */
  attestation?: string | null | undefined;
  /** The membership (invitation). */
  id: string | number;
};

/** Accept a request (receiver). */
export type AcceptRequestInput = {
  /** One of your users to assign it to. */
  assigneeId?: string | number | null | undefined;
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** Your case number for it; required unless the request already carries one. */
  receiverCaseNumber?: string | null | undefined;
};

/** Add a note to a request's thread (either side). */
export type AddNoteInput = {
  /** The text. */
  body: string;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** True to keep it within your own member. */
  internal?: boolean | null | undefined;
  /** The request. */
  requestId: string | number;
};

/** Put a user of your member on its critical-escalation team (member admin). Adding someone already on it changes nothing. */
export type AddToCriticalTeamInput = {
  /** The user to add; a user of your member. */
  userId: string | number;
};

/** The first admin of a new member. */
export type AdminInput = {
  /** E-mail address, unique on the network. */
  email: string;
  /** Display name. */
  name: string;
};

/** A membership step that takes only the membership (operator). */
export type ApproveMembershipInput = {
  /** The membership. */
  id: string | number;
};

/** Archive a department: hidden from the directory, kept for history (member admin). */
export type ArchiveDepartmentInput = {
  /** The department. */
  id: string | number;
};

/** Assign your side's engineer (either side, each its own). */
export type AssignRequestInput = {
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** One of your member's users. */
  userId: string | number;
};

/** A business calendar. */
export type BusinessCalendarInput = {
  /** True for 24x7x365 (working hours and holidays must then be empty). */
  alwaysOpen?: boolean | null | undefined;
  /** Holidays, as local dates. */
  holidays?: Array<string> | null | undefined;
  /** IANA time zone, e.g. Europe/London. */
  timeZone: string;
  /** Working intervals; intervals of one day must not overlap. */
  workingHours?: Array<WorkingHoursInput> | null | undefined;
};

/** Cancel your request before the receiver responds (requester). */
export type CancelRequestInput = {
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** Why it is cancelled. */
  reason?: string | null | undefined;
};

/** Close a request as a duplicate of another request your member received from the same requester (receiver). */
export type CloseAsDuplicateInput = {
  /** The duplicate: it is closed. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** The original: it stays as it is and lists the duplicate. */
  originalId: string | number;
};

/** Close an accepted request (either side). */
export type CloseRequestInput = {
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** How it was resolved. */
  resolution: string;
};

/** Create a department: your inbound process in one of your active groups (member admin). */
export type CreateDepartmentInput = {
  /** What the department handles (searchable in the directory). */
  description?: string | null | undefined;
  /** One of your process forms. */
  formId: string | number;
  /** A group your member is ACTIVE in. */
  groupId: string | number;
  /** Name, e.g. "Storage". */
  name: string;
};

/** Admit a vendor company to the network, with its first admin. */
export type CreateMemberInput = {
  /** The member's first admin; gets a personal token in the payload. */
  admin: AdminInput;
  /** Company name, unique on the network (case-insensitive). */
  name: string;
};

/** Create a partner group (operator). */
export type CreatePartnerGroupInput = {
  /** Automatic follow-ups and close of requests waiting on the requester; default true, and must be false (or left out) for CRITICAL_ESCALATION. */
  autoFollowUp?: boolean | null | undefined;
  /** Required, except for CRITICAL_ESCALATION (fixed 24x7; if given it must equal it). */
  calendar?: BusinessCalendarInput | null | undefined;
  /** What the group is for. */
  description?: string | null | undefined;
  /** What a member must have or attest to join. */
  joinRequirements?: string | null | undefined;
  /** Kind of collaboration. */
  kind: GroupKind;
  /** Group name, unique on the network. */
  name: string;
  /** Required, except for CRITICAL_ESCALATION (fixed policy; if given it must equal it). */
  slaPolicy?: SlaPolicyInput | null | undefined;
};

/** Create a process form (member admin). */
export type CreateProcessFormInput = {
  /** The fields, in display order (1 to 100). */
  fields: Array<FormFieldInput>;
  /** Form name. */
  name: string;
};

/** Add a user to the caller's member. */
export type CreateUserInput = {
  /** E-mail address, unique on the network. */
  email: string;
  /** Display name. */
  name: string;
  /** Role inside the member. */
  role: UserRole;
};

/** A new webhook endpoint of your member. */
export type CreateWebhookInput = {
  /** What the endpoint is for. */
  description?: string | null | undefined;
  /** The event types to send; empty or left out: every type, including types added later. */
  eventTypes?: Array<RequestEventType> | null | undefined;
  /** Where to POST events: https, or http://localhost / http://127.0.0.1 for tests and on-premises receivers. */
  url: string;
};

/** The end customer's details. */
export type CustomerInput = {
  /** Contact e-mail address. */
  contactEmail?: string | null | undefined;
  /** The customer's entitlement id with the receiving vendor. */
  entitlementId?: string | null | undefined;
  /** Customer's name. */
  name: string;
};

/** Decline a request, or withdraw an invitation (operator). */
export type DeclineMembershipInput = {
  /** The membership. */
  id: string | number;
  /** Why; recorded in the membership history. */
  reason: string;
};

/** Delete a webhook and its delivery log. */
export type DeleteWebhookInput = {
  /** The webhook. */
  id: string | number;
};

/** Where one delivery attempt of a webhook stands. */
export type DeliveryStatus =
  /** A network error, a timeout (10 s), a redirect or a non-2xx answer; a later attempt follows while the retry window (24 h) lasts. */
  | 'FAILED'
  /** Waiting to be sent (or being sent); `at` is when it is due. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** Escalate a request to the receiver's management (requester), when the escalation rules for its priority allow it. */
export type EscalateRequestInput = {
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** Why: the impact or urgency, shown to the receiver. */
  reason: string;
};

/** The type of a process-form field; the submitted value is checked against it. */
export type FieldType =
  /** Yes or no. */
  | 'BOOLEAN'
  /** A date YYYY-MM-DD (minDate, maxDate). */
  | 'DATE'
  /** An e-mail address. */
  | 'EMAIL'
  /** Free text (maxLength, default 20000). */
  | 'LONG_TEXT'
  /** A subset of the options. */
  | 'MULTI_SELECT'
  /** A number (min, max). */
  | 'NUMBER'
  /** One of the options. */
  | 'SINGLE_SELECT'
  /** One line of text (maxLength, default 1000). */
  | 'TEXT'
  /** An http or https URL. */
  | 'URL';

/** One field of a process form. */
export type FormFieldInput = {
  /** Help for the submitting engineer. */
  helpText?: string | null | undefined;
  /** Key in the request data: [a-z][a-z0-9_]*, unique in the form. */
  key: string;
  /** Label shown to the submitting engineer. */
  label: string;
  /** NUMBER only: largest allowed value. */
  max?: number | null | undefined;
  /** DATE only: latest allowed date. */
  maxDate?: string | null | undefined;
  /** TEXT, LONG_TEXT, EMAIL, URL only: longest allowed text. */
  maxLength?: number | null | undefined;
  /** NUMBER only: smallest allowed value. */
  min?: number | null | undefined;
  /** DATE only: earliest allowed date. */
  minDate?: string | null | undefined;
  /** Allowed values: required, non-empty and unique for select types; only for them. */
  options?: Array<string> | null | undefined;
  /** Whether a value is required (default false). */
  required?: boolean | null | undefined;
  /** Type of the value. */
  type: FieldType;
};

/** What kind of collaboration a partner group stands for. */
export type GroupKind =
  /** Both vendors support the customer (dual entitlement): customer details required. */
  | 'COLLABORATIVE'
  /** The restricted 24x7 channel for business-critical situations: 2-hour response, roster only. */
  | 'CRITICAL_ESCALATION'
  /** A vendor's support escalates to the OEM's 3rd level or engineering; no customer entitlement needed. */
  | 'OEM'
  /** A service provider escalates to the vendor; no customer entitlement needed. */
  | 'SERVICE_PROVIDER'
  /** Warm transfer and joint troubleshooting of a joint solution: customer details required. */
  | 'SOLUTION';

/** Invite a member to a group (operator). */
export type InviteMemberInput = {
  /** The group. */
  groupId: string | number;
  /** The member to invite. */
  memberId: string | number;
};

/** Issue a token: a personal token for a user of your member, or a service token for your member. */
export type IssueTokenInput = {
  /** What the token is for (e.g. "ServiceNow integration"). */
  name: string;
  /** True for a service token that acts as the member (role ENGINEER). */
  service?: boolean | null | undefined;
  /** The user a personal token acts as; must be left out for a service token. */
  userId?: string | number | null | undefined;
};

/** Leave a group, withdraw your member's request, or turn down an invitation (member admin). */
export type LeaveGroupInput = {
  /** The group. */
  groupId: string | number;
};

/** Where a member's membership of a group stands. */
export type MembershipStatus =
  /** In the group: sends and receives requests. */
  | 'ACTIVE'
  /** The operator declined the request or withdrew the invitation. Final. */
  | 'DECLINED'
  /** The operator invited the member; waits for the member admin's acceptance. */
  | 'INVITED'
  /** The member left (or withdrew its request or invitation). Final; joining again starts a new membership. */
  | 'LEFT'
  /** The member asked to join; waits for the operator's approval. */
  | 'REQUESTED'
  /** Suspended by the operator: routes nothing until approved again. */
  | 'SUSPENDED';

/** Request priority, from P1 (system down) to P4 (low). */
export type Priority =
  /** System down: production stopped, no workaround. */
  | 'P1'
  /** High: production seriously impaired. */
  | 'P2'
  /** Medium: partial, non-critical loss of function. */
  | 'P3'
  /** Low: a question, a cosmetic issue or a request for information. */
  | 'P4';

/** Answer the receiver's question (requester). */
export type ProvideInformationInput = {
  /** The answer. */
  answer: string;
  /** Form values to add or correct; the whole data is checked again against the request's form version. */
  data?: Record<string, unknown> | null | undefined;
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
};

/** Send one event to a webhook again. */
export type RedeliverWebhookEventInput = {
  /** The event: any event your member may see (as in the `events` query). */
  eventId: string | number;
  /** The webhook. */
  webhookId: string | number;
};

/** Reject a request (receiver). */
export type RejectRequestInput = {
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** Why: shown to the requester. */
  reason: string;
};

/** Take a user of your member off its critical-escalation team (member admin). Removing someone not on it changes nothing. */
export type RemoveFromCriticalTeamInput = {
  /** The user to remove; a user of your member. */
  userId: string | number;
};

/** Reopen a request closed less than 30 days ago (either side). */
export type ReopenRequestInput = {
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** Why it is reopened. */
  reason: string;
};

/** What happened to a request. */
export type RequestEventType =
  /** An engagement of this request was closed, rejected or cancelled (detail: engagementId, status); seen by whoever sees its PARTY_ENGAGED. */
  | 'ENGAGEMENT_ENDED'
  /** An automatic reminder to the requester: the request has waited on them for 2 (step 1) or 5 (step 2) working days. */
  | 'FOLLOW_UP_SENT'
  /** The requester provided it. */
  | 'INFORMATION_PROVIDED'
  /** The receiver asked for more information. */
  | 'INFORMATION_REQUESTED'
  /** A note was added (internal notes only reach their own member). */
  | 'NOTE_ADDED'
  /** The receiver engaged a further party through an engagement (detail: engagementId, toMemberId, shareWithRequester); the requester sees it only when the engagement is shared with it. */
  | 'PARTY_ENGAGED'
  /** The receiver accepted it. */
  | 'REQUEST_ACCEPTED'
  /** A side assigned one of its engineers. */
  | 'REQUEST_ASSIGNED'
  /** The requester cancelled it. */
  | 'REQUEST_CANCELLED'
  /** Either side closed it, with a resolution. */
  | 'REQUEST_CLOSED'
  /** The requester escalated it to management (allowed by the escalation rules for its priority). */
  | 'REQUEST_ESCALATED'
  /** Either side changed its priority (detail: from, to, reason); running SLA clocks took the new targets, keeping the time already counted. */
  | 'REQUEST_PRIORITY_CHANGED'
  /** The receiver rejected it. */
  | 'REQUEST_REJECTED'
  /** Either side reopened it. */
  | 'REQUEST_REOPENED'
  /** The requester submitted it. */
  | 'REQUEST_SUBMITTED'
  /** An SLA clock used its at-risk share of the target. */
  | 'SLA_AT_RISK'
  /** An SLA clock passed its due time. */
  | 'SLA_BREACHED';

/** Narrows a list of requests. */
export type RequestFilter = {
  /** Only requests assigned to you on your side (true), or only those that are not (false). For users' tokens; a service token has no assignments. */
  assignedToMe?: boolean | null | undefined;
  /** Only requests with this case number, on either side (yours or the partner's), exactly. */
  caseNumber?: string | null | undefined;
  /** Only critical escalations (true) or only ordinary requests (false). */
  critical?: boolean | null | undefined;
  /** Only requests submitted to this department. */
  departmentId?: string | number | null | undefined;
  /** Only requests escalated to management (true) or only those never escalated (false). */
  escalated?: boolean | null | undefined;
  /** Only this group. */
  groupId?: string | number | null | undefined;
  /** Any of these priorities. */
  priority?: Array<Priority> | null | undefined;
  /** Only requests whose summary, either case number or customer name contains this text (case-insensitive). */
  search?: string | null | undefined;
  /** Only requests with a current SLA clock (the response clock or the current update or resolution cycle) in this state now. */
  slaState?: SlaState | null | undefined;
  /** Any of these statuses. */
  status?: Array<RequestStatus> | null | undefined;
  /** Only requests changed at or after this instant: the reconciliation window of a partner system that was away. */
  updatedSince?: string | null | undefined;
  /** True: only requests whose next action is your member's (nextActionOwner); false: only the others. */
  waitingOnMe?: boolean | null | undefined;
};

/** Ask the requester for more information (receiver). */
export type RequestInformationInput = {
  /** The request. */
  id: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** What you need to know. */
  question: string;
};

/** Ask to join a group (member admin). */
export type RequestMembershipInput = {
  /** Required for CRITICAL_ESCALATION: that your member runs a working internal 24x7 critical-escalation process, with a contact. */
  attestation?: string | null | undefined;
  /** The group. */
  groupId: string | number;
};

/** Where a collaboration request stands. */
export type RequestStatus =
  /** The receiver took it on, with its own case number. */
  | 'ACCEPTED'
  /** Withdrawn by the requester before any response. Final. */
  | 'CANCELLED'
  /** Resolved; either side may reopen it within 30 days. */
  | 'CLOSED'
  /** The receiver asked the requester for more information. */
  | 'INFORMATION_REQUESTED'
  /** Submitted; waiting for the receiver to respond. */
  | 'OPEN'
  /** The receiver declined it, with a reason. Final. */
  | 'REJECTED';

/** Revoke a token; it is refused from its next call on. */
export type RevokeTokenInput = {
  /** The token to revoke. */
  id: string | number;
};

/** Replace the signing secret; the previous one keeps signing for 24 hours. */
export type RotateWebhookSecretInput = {
  /** The webhook. */
  id: string | number;
};

/** Grant or withdraw a service token's right to submit critical escalations (member admin). */
export type SetTokenCriticalAccessInput = {
  /** True to grant critical access, false to withdraw it. */
  allowed: boolean;
  /** A service token of your member that is not revoked (a personal token follows its user's place on the critical team). */
  tokenId: string | number;
};

/** Which promise an SLA clock measures. */
export type SlaClockKind =
  /** From acceptance (or a reopen) to close, when the group sets a resolution target: paused while the request waits on the requester (INFORMATION_REQUESTED); the paused working time moves its due time. */
  | 'RESOLUTION'
  /** From submission to the receiver's first response (accept, information request, reject, or a note to the requester). */
  | 'RESPONSE'
  /** While the request is ACCEPTED: from the last update by the receiver (a note to the requester or a status change) to the next one. */
  | 'UPDATE';

/** Preview the due time a target gives in a calendar. */
export type SlaDueAtInput = {
  /** The calendar, as a partner group would have it. */
  calendar: BusinessCalendarInput;
  /** The start: a request submitted at this instant. */
  from: string;
  /** The target in working minutes, 0 to 527040. */
  minutes: number;
};

/** An SLA policy: a target for each of P1–P4. */
export type SlaPolicyInput = {
  /** Share of a target after which the clock is AT_RISK; between 0 and 1 exclusive; default 0.75. */
  atRiskRatio?: number | null | undefined;
  /** Exactly one target for each of P1, P2, P3 and P4. */
  targets: Array<SlaTargetInput>;
};

/** Which of your member's requests a report counts. */
export type SlaReportDirection =
  /** Both. */
  | 'BOTH'
  /** Requests your member received: how well you respond. */
  | 'INBOUND'
  /** Requests your member submitted: how well your partners respond. */
  | 'OUTBOUND';

/** How the rows of an SLA report are cut. */
export type SlaReportGroupBy =
  /** One row per receiving department. */
  | 'DEPARTMENT'
  /** One row per partner group. */
  | 'GROUP'
  /** One row per other party (the receiver of your outbound requests, the requester of your inbound ones). */
  | 'MEMBER'
  /** One row per priority, P1 to P4. */
  | 'PRIORITY';

/** An SLA report over your member's requests created in a period. */
export type SlaReportInput = {
  /** Received requests, submitted ones, or both (default). */
  direction?: SlaReportDirection | null | undefined;
  /** Start of the period (inclusive): requests created at or after it. */
  from: string;
  /** How the rows are cut. */
  groupBy: SlaReportGroupBy;
  /** End of the period (exclusive): requests created before it. */
  to: string;
};

/** Where an SLA clock stands. It only moves forward: ON_TRACK → AT_RISK → BREACHED, or to MET when stopped in time. */
export type SlaState =
  /** Running, with at least the group's at-risk share (atRiskRatio) of the target used. */
  | 'AT_RISK'
  /** The due time passed before the clock stopped; it stays BREACHED once stopped. */
  | 'BREACHED'
  /** Stopped at or before the due time. */
  | 'MET'
  /** Running (or paused), with less than the group's at-risk share of the target used; also a clock stopped uncounted in time (the request was cancelled, closed automatically or closed as a duplicate). */
  | 'ON_TRACK';

/** The target for one priority. */
export type SlaTargetInput = {
  /** The priority. */
  priority: Priority;
  /** Resolution target, in working minutes from acceptance to close (time waiting on the requester does not count); leave out for none. */
  resolutionMinutes?: number | null | undefined;
  /** Working minutes to the first response; at least 1. */
  responseMinutes: number;
  /** Update cadence while accepted, in working minutes; leave out for none. */
  updateEveryMinutes?: number | null | undefined;
};

/** Submit a request to a department in your directory (engineer or service token). */
export type SubmitRequestInput = {
  /** The business impact; required for a critical escalation. */
  businessImpact?: string | null | undefined;
  /** Required in COLLABORATIVE and SOLUTION groups (dual entitlement). */
  customer?: CustomerInput | null | undefined;
  /** Values for the department's form fields, by key. */
  data: Record<string, unknown>;
  /** The receiving member's department (from the directory). */
  departmentId: string | number;
  /** Makes retries safe: the same key with the same input within 24 hours answers as the first call did (the same objects, no second write, no second event); the same key with another input is CONFLICT (reason IDEMPOTENCY_KEY_REUSED). 1–200 printable ASCII characters, scoped to your member; a call that failed keeps no key. Also accepted as the HTTP header Idempotency-Key. */
  idempotencyKey?: string | null | undefined;
  /** P1 (system down) … P4 (low). */
  priority: Priority;
  /** The case the customer already has open with the receiver; required for a critical escalation. */
  receiverCaseNumber?: string | null | undefined;
  /** Your own case number for this problem. */
  requesterCaseNumber: string;
  /** One-line summary of the problem. */
  summary: string;
};

/** Suspend an active membership (operator). */
export type SuspendMembershipInput = {
  /** The membership. */
  id: string | number;
  /** Why; recorded in the membership history. */
  reason: string;
};

/** Change a department (member admin); requests already submitted keep their form version. */
export type UpdateDepartmentInput = {
  /** New description. */
  description?: string | null | undefined;
  /** Switch to another of your forms. */
  formId?: string | number | null | undefined;
  /** The department. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
};

/** Change a partner group (operator); fields left out stay as they are. */
export type UpdatePartnerGroupInput = {
  /** Turn automatic follow-ups on or off (applies to information requests made from now on); always off for CRITICAL_ESCALATION. */
  autoFollowUp?: boolean | null | undefined;
  /** New calendar. */
  calendar?: BusinessCalendarInput | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The group. */
  id: string | number;
  /** New join requirements. */
  joinRequirements?: string | null | undefined;
  /** New kind (a group cannot become, or stop being, CRITICAL_ESCALATION). */
  kind?: GroupKind | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New SLA policy (applies to requests submitted from now on). */
  slaPolicy?: SlaPolicyInput | null | undefined;
};

/** Publish a new version of a process form (member admin); old versions stay. */
export type UpdateProcessFormInput = {
  /** New fields (default: unchanged). */
  fields?: Array<FormFieldInput> | null | undefined;
  /** The form. */
  id: string | number;
  /** New name (default: unchanged). */
  name?: string | null | undefined;
};

/** Change a webhook; fields left out stay as they are. */
export type UpdateWebhookInput = {
  /** What the endpoint is for; an empty string clears it. */
  description?: string | null | undefined;
  /** False stops deliveries (pending ones are dropped); true re-enables an endpoint, also one disabled for failing. */
  enabled?: boolean | null | undefined;
  /** The event types to send; an empty list: every type. */
  eventTypes?: Array<RequestEventType> | null | undefined;
  /** The webhook. */
  id: string | number;
  /** The new URL (same rules as on creation). */
  url?: string | null | undefined;
};

/** A user's role inside their member. */
export type UserRole =
  /** Configures the member: users, tokens, forms, departments, groups, the critical team. */
  | 'ADMIN'
  /** Finds partners in the directory, submits and works collaboration requests. */
  | 'ENGINEER';

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** One working interval on a weekday. */
export type WorkingHoursInput = {
  /** The weekday. */
  day: Weekday;
  /** Opening time, HH:mm. */
  from: string;
  /** Closing time, HH:mm, after `from`; may be 24:00. */
  to: string;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', isOperator: boolean, user: { __typename: 'User', id: string, name: string, email: string, role: UserRole, onCriticalTeam: boolean } | null, member: { __typename: 'Member', id: string, name: string } | null, token: { __typename: 'ApiToken', id: string, name: string, service: boolean, canSubmitCritical: boolean } | null } };

export type CriticalTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type CriticalTeamQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', member: { __typename: 'Member', id: string, criticalTeam: { __typename: 'UserConnection', edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, email: string } }> }, criticalRosterHistory: { __typename: 'CriticalRosterChangeConnection', edges: Array<{ __typename: 'CriticalRosterChangeEdge', node: { __typename: 'CriticalRosterChange', id: string, added: boolean, at: string, user: { __typename: 'User', id: string, name: string } | null, token: { __typename: 'ApiToken', id: string, name: string } | null, actor: { __typename: 'User', id: string, name: string } } }> } } | null } };

export type AddToCriticalTeamMutationVariables = Exact<{
  input: AddToCriticalTeamInput;
}>;


export type AddToCriticalTeamMutation = { __typename: 'Mutation', addToCriticalTeam: { __typename: 'AddToCriticalTeamPayload', user: { __typename: 'User', id: string, onCriticalTeam: boolean } } };

export type RemoveFromCriticalTeamMutationVariables = Exact<{
  input: RemoveFromCriticalTeamInput;
}>;


export type RemoveFromCriticalTeamMutation = { __typename: 'Mutation', removeFromCriticalTeam: { __typename: 'RemoveFromCriticalTeamPayload', user: { __typename: 'User', id: string, onCriticalTeam: boolean } } };

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { __typename: 'Query', departments: { __typename: 'DepartmentConnection', edges: Array<{ __typename: 'DepartmentEdge', node: { __typename: 'Department', id: string, name: string, description: string | null, archivedAt: string | null, group: { __typename: 'PartnerGroup', id: string, name: string }, form: { __typename: 'ProcessForm', id: string, name: string, version: number } } }> } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { __typename: 'Mutation', createDepartment: { __typename: 'CreateDepartmentPayload', department: { __typename: 'Department', id: string } } };

export type UpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type UpdateDepartmentMutation = { __typename: 'Mutation', updateDepartment: { __typename: 'UpdateDepartmentPayload', department: { __typename: 'Department', id: string, form: { __typename: 'ProcessForm', id: string, name: string, version: number } } } };

export type ArchiveDepartmentMutationVariables = Exact<{
  input: ArchiveDepartmentInput;
}>;


export type ArchiveDepartmentMutation = { __typename: 'Mutation', archiveDepartment: { __typename: 'ArchiveDepartmentPayload', department: { __typename: 'Department', id: string, archivedAt: string | null } } };

export type ProcessFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcessFormsQuery = { __typename: 'Query', processForms: { __typename: 'ProcessFormConnection', edges: Array<{ __typename: 'ProcessFormEdge', node: { __typename: 'ProcessForm', id: string, name: string, version: number, updatedAt: string, fields: Array<{ __typename: 'FormField', key: string, label: string, type: FieldType, required: boolean, options: Array<string> | null, min: number | null, max: number | null, minDate: string | null, maxDate: string | null, maxLength: number | null, helpText: string | null }>, versions: Array<{ __typename: 'ProcessFormVersion', version: number, name: string, createdAt: string, fields: Array<{ __typename: 'FormField', key: string }> }> } }> } };

export type CreateProcessFormMutationVariables = Exact<{
  input: CreateProcessFormInput;
}>;


export type CreateProcessFormMutation = { __typename: 'Mutation', createProcessForm: { __typename: 'CreateProcessFormPayload', form: { __typename: 'ProcessForm', id: string, name: string, version: number } } };

export type UpdateProcessFormMutationVariables = Exact<{
  input: UpdateProcessFormInput;
}>;


export type UpdateProcessFormMutation = { __typename: 'Mutation', updateProcessForm: { __typename: 'UpdateProcessFormPayload', form: { __typename: 'ProcessForm', id: string, name: string, version: number } } };

export type MemberGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberGroupsQuery = { __typename: 'Query', partnerGroups: { __typename: 'PartnerGroupConnection', edges: Array<{ __typename: 'PartnerGroupEdge', node: { __typename: 'PartnerGroup', id: string, name: string, kind: GroupKind, description: string | null, joinRequirements: string | null } }> }, viewer: { __typename: 'Viewer', member: { __typename: 'Member', id: string, memberships: { __typename: 'GroupMembershipConnection', edges: Array<{ __typename: 'GroupMembershipEdge', node: { __typename: 'GroupMembership', id: string, status: MembershipStatus, attestation: string | null, group: { __typename: 'PartnerGroup', id: string } } }> } } | null } };

export type RequestMembershipMutationVariables = Exact<{
  input: RequestMembershipInput;
}>;


export type RequestMembershipMutation = { __typename: 'Mutation', requestMembership: { __typename: 'RequestMembershipPayload', membership: { __typename: 'GroupMembership', id: string, status: MembershipStatus } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename: 'Mutation', acceptInvitation: { __typename: 'AcceptInvitationPayload', membership: { __typename: 'GroupMembership', id: string, status: MembershipStatus } } };

export type LeaveGroupMutationVariables = Exact<{
  input: LeaveGroupInput;
}>;


export type LeaveGroupMutation = { __typename: 'Mutation', leaveGroup: { __typename: 'LeaveGroupPayload', membership: { __typename: 'GroupMembership', id: string, status: MembershipStatus } } };

export type TokensQueryVariables = Exact<{ [key: string]: never; }>;


export type TokensQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', member: { __typename: 'Member', id: string, tokens: { __typename: 'ApiTokenConnection', edges: Array<{ __typename: 'ApiTokenEdge', node: { __typename: 'ApiToken', id: string, name: string, service: boolean, canSubmitCritical: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, secretPrefix: string, user: { __typename: 'User', id: string, name: string } | null } }> } } | null } };

export type IssueTokenMutationVariables = Exact<{
  input: IssueTokenInput;
}>;


export type IssueTokenMutation = { __typename: 'Mutation', issueToken: { __typename: 'IssueTokenPayload', secret: string, token: { __typename: 'ApiToken', id: string, name: string } } };

export type RevokeTokenMutationVariables = Exact<{
  input: RevokeTokenInput;
}>;


export type RevokeTokenMutation = { __typename: 'Mutation', revokeToken: { __typename: 'RevokeTokenPayload', token: { __typename: 'ApiToken', id: string, revokedAt: string | null } } };

export type SetTokenCriticalAccessMutationVariables = Exact<{
  input: SetTokenCriticalAccessInput;
}>;


export type SetTokenCriticalAccessMutation = { __typename: 'Mutation', setTokenCriticalAccess: { __typename: 'SetTokenCriticalAccessPayload', token: { __typename: 'ApiToken', id: string, canSubmitCritical: boolean } } };

export type MemberUsersListQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MemberUsersListQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', member: { __typename: 'Member', id: string, users: { __typename: 'UserConnection', totalCount: number, edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, email: string, role: UserRole, onCriticalTeam: boolean, createdAt: string } }> } } | null } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename: 'Mutation', createUser: { __typename: 'CreateUserPayload', user: { __typename: 'User', id: string, name: string, email: string, role: UserRole, onCriticalTeam: boolean, createdAt: string } } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { __typename: 'Query', webhooks: { __typename: 'WebhookConnection', edges: Array<{ __typename: 'WebhookEdge', node: { __typename: 'Webhook', id: string, url: string, description: string | null, eventTypes: Array<RequestEventType>, enabled: boolean, disabledReason: string | null, createdAt: string, previousSecretExpiresAt: string | null, deliveries: { __typename: 'WebhookDeliveryConnection', totalCount: number, edges: Array<{ __typename: 'WebhookDeliveryEdge', node: { __typename: 'WebhookDelivery', id: string, attempt: number, status: DeliveryStatus, httpStatus: number | null, durationMs: number | null, error: string | null, at: string, redelivery: boolean, event: { __typename: 'RequestEvent', id: string, type: RequestEventType } } }> } } }> } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename: 'Mutation', createWebhook: { __typename: 'CreateWebhookPayload', secret: string, webhook: { __typename: 'Webhook', id: string } } };

export type UpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { __typename: 'Mutation', updateWebhook: { __typename: 'UpdateWebhookPayload', webhook: { __typename: 'Webhook', id: string, enabled: boolean, disabledReason: string | null } } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { __typename: 'Mutation', rotateWebhookSecret: { __typename: 'RotateWebhookSecretPayload', secret: string, webhook: { __typename: 'Webhook', id: string, previousSecretExpiresAt: string | null } } };

export type DeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type DeleteWebhookMutation = { __typename: 'Mutation', deleteWebhook: { __typename: 'DeleteWebhookPayload', webhook: { __typename: 'Webhook', id: string } } };

export type RedeliverWebhookEventMutationVariables = Exact<{
  input: RedeliverWebhookEventInput;
}>;


export type RedeliverWebhookEventMutation = { __typename: 'Mutation', redeliverWebhookEvent: { __typename: 'RedeliverWebhookEventPayload', delivery: { __typename: 'WebhookDelivery', id: string, status: DeliveryStatus } } };

export type DirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DirectoryQuery = { __typename: 'Query', directory: { __typename: 'DirectoryEntryConnection', totalCount: number, edges: Array<{ __typename: 'DirectoryEntryEdge', node: { __typename: 'DirectoryEntry', member: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string, kind: GroupKind }, department: { __typename: 'Department', id: string, name: string, description: string | null } } }> } };

export type SubmitTargetQueryVariables = Exact<{
  id: string | number;
}>;


export type SubmitTargetQuery = { __typename: 'Query', department: { __typename: 'Department', id: string, name: string, description: string | null, member: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string, kind: GroupKind }, form: { __typename: 'ProcessForm', id: string, name: string, version: number, fields: Array<{ __typename: 'FormField', key: string, label: string, type: FieldType, required: boolean, options: Array<string> | null, min: number | null, max: number | null, minDate: string | null, maxDate: string | null, maxLength: number | null, helpText: string | null }> } } | null };

export type SubmitRequestMutationVariables = Exact<{
  input: SubmitRequestInput;
}>;


export type SubmitRequestMutation = { __typename: 'Mutation', submitRequest: { __typename: 'SubmitRequestPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type MembersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MembersQuery = { __typename: 'Query', members: { __typename: 'MemberConnection', totalCount: number, edges: Array<{ __typename: 'MemberEdge', node: { __typename: 'Member', id: string, name: string, createdAt: string, users: { __typename: 'UserConnection', totalCount: number } } }> } };

export type CreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type CreateMemberMutation = { __typename: 'Mutation', createMember: { __typename: 'CreateMemberPayload', adminToken: string, member: { __typename: 'Member', id: string, name: string }, adminUser: { __typename: 'User', id: string, email: string } } };

export type GroupNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupNamesQuery = { __typename: 'Query', partnerGroups: { __typename: 'PartnerGroupConnection', edges: Array<{ __typename: 'PartnerGroupEdge', node: { __typename: 'PartnerGroup', id: string, name: string, kind: GroupKind } }> } };

export type GroupMembershipsQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupMembershipsQuery = { __typename: 'Query', partnerGroup: { __typename: 'PartnerGroup', id: string, memberships: { __typename: 'GroupMembershipConnection', edges: Array<{ __typename: 'GroupMembershipEdge', node: { __typename: 'GroupMembership', id: string, status: MembershipStatus, attestation: string | null, updatedAt: string, member: { __typename: 'Member', id: string, name: string } } }> } } | null };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename: 'Mutation', inviteMember: { __typename: 'InviteMemberPayload', membership: { __typename: 'GroupMembership', id: string, status: MembershipStatus } } };

export type ApproveMembershipMutationVariables = Exact<{
  input: ApproveMembershipInput;
}>;


export type ApproveMembershipMutation = { __typename: 'Mutation', approveMembership: { __typename: 'ApproveMembershipPayload', membership: { __typename: 'GroupMembership', id: string, status: MembershipStatus } } };

export type DeclineMembershipMutationVariables = Exact<{
  input: DeclineMembershipInput;
}>;


export type DeclineMembershipMutation = { __typename: 'Mutation', declineMembership: { __typename: 'DeclineMembershipPayload', membership: { __typename: 'GroupMembership', id: string, status: MembershipStatus } } };

export type SuspendMembershipMutationVariables = Exact<{
  input: SuspendMembershipInput;
}>;


export type SuspendMembershipMutation = { __typename: 'Mutation', suspendMembership: { __typename: 'SuspendMembershipPayload', membership: { __typename: 'GroupMembership', id: string, status: MembershipStatus } } };

export type PartnerGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerGroupsQuery = { __typename: 'Query', partnerGroups: { __typename: 'PartnerGroupConnection', edges: Array<{ __typename: 'PartnerGroupEdge', node: { __typename: 'PartnerGroup', id: string, name: string, kind: GroupKind, description: string | null, joinRequirements: string | null, autoFollowUp: boolean, slaPolicy: { __typename: 'SlaPolicy', atRiskRatio: number, targets: Array<{ __typename: 'SlaTarget', priority: Priority, responseMinutes: number, updateEveryMinutes: number | null, resolutionMinutes: number | null }> }, calendar: { __typename: 'BusinessCalendar', timeZone: string, alwaysOpen: boolean, holidays: Array<string>, workingHours: Array<{ __typename: 'WorkingHours', day: Weekday, from: string, to: string }> }, memberships: { __typename: 'GroupMembershipConnection', totalCount: number } } }> } };

export type CreatePartnerGroupMutationVariables = Exact<{
  input: CreatePartnerGroupInput;
}>;


export type CreatePartnerGroupMutation = { __typename: 'Mutation', createPartnerGroup: { __typename: 'CreatePartnerGroupPayload', group: { __typename: 'PartnerGroup', id: string, name: string } } };

export type UpdatePartnerGroupMutationVariables = Exact<{
  input: UpdatePartnerGroupInput;
}>;


export type UpdatePartnerGroupMutation = { __typename: 'Mutation', updatePartnerGroup: { __typename: 'UpdatePartnerGroupPayload', group: { __typename: 'PartnerGroup', id: string, name: string } } };

export type SlaDueAtQueryVariables = Exact<{
  input: SlaDueAtInput;
}>;


export type SlaDueAtQuery = { __typename: 'Query', slaDueAt: string };

export type SlaReportQueryVariables = Exact<{
  input: SlaReportInput;
}>;


export type SlaReportQuery = { __typename: 'Query', slaReport: Array<{ __typename: 'SlaReportRow', key: string, label: string, requests: number, met: number, breached: number, open: number, attainment: number | null, medianResponseMinutes: number | null, p90ResponseMinutes: number | null, escalated: number, resolutionAttainment: number | null }> };

export type InboundQueueQueryVariables = Exact<{
  filter?: RequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InboundQueueQuery = { __typename: 'Query', inboundRequests: { __typename: 'CollaborationRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CollaborationRequestEdge', cursor: string, node: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } }> } };

export type OutboundQueueQueryVariables = Exact<{
  filter?: RequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OutboundQueueQuery = { __typename: 'Query', outboundRequests: { __typename: 'CollaborationRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CollaborationRequestEdge', cursor: string, node: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } }> } };

export type MyGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGroupsQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', member: { __typename: 'Member', id: string, memberships: { __typename: 'GroupMembershipConnection', edges: Array<{ __typename: 'GroupMembershipEdge', node: { __typename: 'GroupMembership', id: string, status: MembershipStatus, group: { __typename: 'PartnerGroup', id: string, name: string, kind: GroupKind } } }> } } | null } };

export type RequestPageQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestPageQuery = { __typename: 'Query', collaborationRequest: { __typename: 'CollaborationRequest', data: Record<string, unknown>, businessImpact: string | null, firstRespondedAt: string | null, closedAt: string | null, id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, customer: { __typename: 'Customer', name: string, contactEmail: string | null, entitlementId: string | null } | null, submittedBy: { __typename: 'User', id: string, name: string, email: string } | null, department: { __typename: 'Department', id: string, name: string }, duplicateOf: { __typename: 'CollaborationRequest', id: string, summary: string } | null, form: { __typename: 'ProcessFormVersion', version: number, name: string, fields: Array<{ __typename: 'FormField', key: string, label: string, type: FieldType, required: boolean, options: Array<string> | null }> }, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, startedAt: string, targetMinutes: number, elapsedMinutes: number, atRiskAt: string, pausedAt: string | null, pausedMinutes: number }>, notes: { __typename: 'NoteConnection', totalCount: number, edges: Array<{ __typename: 'NoteEdge', node: { __typename: 'RequestNote', id: string, body: string, internal: boolean, createdAt: string, author: { __typename: 'User', id: string, name: string } | null, member: { __typename: 'Member', id: string, name: string } } }> }, timeline: { __typename: 'RequestEventConnection', totalCount: number, edges: Array<{ __typename: 'RequestEventEdge', node: { __typename: 'RequestEvent', id: string, type: RequestEventType, at: string, detail: Record<string, unknown> | null, actor: { __typename: 'User', id: string, name: string } | null } }> }, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null } | null };

export type MemberUsersQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type MemberUsersQuery = { __typename: 'Query', viewer: { __typename: 'Viewer', member: { __typename: 'Member', id: string, users: { __typename: 'UserConnection', edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, email: string } }> } } | null } };

export type AcceptRequestMutationVariables = Exact<{
  input: AcceptRequestInput;
}>;


export type AcceptRequestMutation = { __typename: 'Mutation', acceptRequest: { __typename: 'AcceptRequestPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type RequestInformationMutationVariables = Exact<{
  input: RequestInformationInput;
}>;


export type RequestInformationMutation = { __typename: 'Mutation', requestInformation: { __typename: 'RequestInformationPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type ProvideInformationMutationVariables = Exact<{
  input: ProvideInformationInput;
}>;


export type ProvideInformationMutation = { __typename: 'Mutation', provideInformation: { __typename: 'ProvideInformationPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type RejectRequestMutationVariables = Exact<{
  input: RejectRequestInput;
}>;


export type RejectRequestMutation = { __typename: 'Mutation', rejectRequest: { __typename: 'RejectRequestPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type CloseRequestMutationVariables = Exact<{
  input: CloseRequestInput;
}>;


export type CloseRequestMutation = { __typename: 'Mutation', closeRequest: { __typename: 'CloseRequestPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type ReopenRequestMutationVariables = Exact<{
  input: ReopenRequestInput;
}>;


export type ReopenRequestMutation = { __typename: 'Mutation', reopenRequest: { __typename: 'ReopenRequestPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type CancelRequestMutationVariables = Exact<{
  input: CancelRequestInput;
}>;


export type CancelRequestMutation = { __typename: 'Mutation', cancelRequest: { __typename: 'CancelRequestPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type EscalateRequestMutationVariables = Exact<{
  input: EscalateRequestInput;
}>;


export type EscalateRequestMutation = { __typename: 'Mutation', escalateRequest: { __typename: 'EscalateRequestPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type CloseAsDuplicateMutationVariables = Exact<{
  input: CloseAsDuplicateInput;
}>;


export type CloseAsDuplicateMutation = { __typename: 'Mutation', closeAsDuplicate: { __typename: 'CloseAsDuplicatePayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type AssignRequestMutationVariables = Exact<{
  input: AssignRequestInput;
}>;


export type AssignRequestMutation = { __typename: 'Mutation', assignRequest: { __typename: 'AssignRequestPayload', request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type AddNoteMutationVariables = Exact<{
  input: AddNoteInput;
}>;


export type AddNoteMutation = { __typename: 'Mutation', addNote: { __typename: 'AddNotePayload', note: { __typename: 'RequestNote', id: string, body: string, internal: boolean } } };

export type QueueRowFragment = { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> };

export type InboundPushSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type InboundPushSubscription = { __typename: 'Subscription', inboundRequests: { __typename: 'RequestEvent', id: string, cursor: string, type: RequestEventType, at: string, critical: boolean, request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export type RequestEventsPushSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  requestId?: string | number | null | undefined;
}>;


export type RequestEventsPushSubscription = { __typename: 'Subscription', requestEvents: { __typename: 'RequestEvent', id: string, cursor: string, type: RequestEventType, at: string, critical: boolean, request: { __typename: 'CollaborationRequest', id: string, summary: string, priority: Priority, status: RequestStatus, critical: boolean, createdAt: string, updatedAt: string, escalatedAt: string | null, requesterCaseNumber: string, receiverCaseNumber: string | null, fromMember: { __typename: 'Member', id: string, name: string }, toMember: { __typename: 'Member', id: string, name: string }, group: { __typename: 'PartnerGroup', id: string, name: string }, requesterAssignee: { __typename: 'User', id: string, name: string } | null, receiverAssignee: { __typename: 'User', id: string, name: string } | null, customer: { __typename: 'Customer', name: string } | null, sla: Array<{ __typename: 'SlaClock', kind: SlaClockKind, cycle: number, state: SlaState, dueAt: string, stoppedAt: string | null, pausedAt: string | null }> } } };

export const QueueRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<QueueRowFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isOperator"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"onCriticalTeam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitCritical"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CriticalTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriticalTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criticalTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalRosterHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriticalTeamQuery, CriticalTeamQueryVariables>;
export const AddToCriticalTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToCriticalTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddToCriticalTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToCriticalTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onCriticalTeam"}}]}}]}}]}}]} as unknown as DocumentNode<AddToCriticalTeamMutation, AddToCriticalTeamMutationVariables>;
export const RemoveFromCriticalTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFromCriticalTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveFromCriticalTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromCriticalTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onCriticalTeam"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveFromCriticalTeamMutation, RemoveFromCriticalTeamMutationVariables>;
export const DepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const ArchiveDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveDepartmentMutation, ArchiveDepartmentMutationVariables>;
export const ProcessFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"minDate"}},{"kind":"Field","name":{"kind":"Name","value":"maxDate"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProcessFormsQuery, ProcessFormsQueryVariables>;
export const CreateProcessFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProcessForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProcessFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProcessForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProcessFormMutation, CreateProcessFormMutationVariables>;
export const UpdateProcessFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProcessForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcessFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProcessForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProcessFormMutation, UpdateProcessFormMutationVariables>;
export const MemberGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"joinRequirements"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attestation"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberGroupsQuery, MemberGroupsQueryVariables>;
export const RequestMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestMembershipMutation, RequestMembershipMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LeaveGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LeaveGroupMutation, LeaveGroupMutationVariables>;
export const TokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitCritical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TokensQuery, TokensQueryVariables>;
export const IssueTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IssueTokenMutation, IssueTokenMutationVariables>;
export const RevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeTokenMutation, RevokeTokenMutationVariables>;
export const SetTokenCriticalAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTokenCriticalAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTokenCriticalAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTokenCriticalAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmitCritical"}}]}}]}}]}}]} as unknown as DocumentNode<SetTokenCriticalAccessMutation, SetTokenCriticalAccessMutationVariables>;
export const MemberUsersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberUsersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"onCriticalTeam"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberUsersListQuery, MemberUsersListQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"onCriticalTeam"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"redelivery"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RedeliverWebhookEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookEventMutation, RedeliverWebhookEventMutationVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const SubmitTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmitTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"minDate"}},{"kind":"Field","name":{"kind":"Name","value":"maxDate"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"helpText"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitTargetQuery, SubmitTargetQueryVariables>;
export const SubmitRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitRequestMutation, SubmitRequestMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const CreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminToken"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMemberMutation, CreateMemberMutationVariables>;
export const GroupNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupNamesQuery, GroupNamesQueryVariables>;
export const GroupMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupMemberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attestation"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupMembershipsQuery, GroupMembershipsQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const ApproveMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveMembershipMutation, ApproveMembershipMutationVariables>;
export const DeclineMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineMembershipMutation, DeclineMembershipMutationVariables>;
export const SuspendMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendMembershipMutation, SuspendMembershipMutationVariables>;
export const PartnerGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"joinRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"autoFollowUp"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atRiskRatio"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"updateEveryMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"alwaysOpen"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerGroupsQuery, PartnerGroupsQueryVariables>;
export const CreatePartnerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePartnerGroupMutation, CreatePartnerGroupMutationVariables>;
export const UpdatePartnerGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnerGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnerGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerGroupMutation, UpdatePartnerGroupMutationVariables>;
export const SlaDueAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaDueAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaDueAtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SlaDueAtQuery, SlaDueAtQueryVariables>;
export const SlaReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlaReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SlaReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"breached"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"p90ResponseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionAttainment"}}]}}]}}]} as unknown as DocumentNode<SlaReportQuery, SlaReportQueryVariables>;
export const InboundQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboundQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<InboundQueueQuery, InboundQueueQueryVariables>;
export const OutboundQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboundQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<OutboundQueueQuery, OutboundQueueQueryVariables>;
export const MyGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyGroupsQuery, MyGroupsQueryVariables>;
export const RequestPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"businessImpact"}},{"kind":"Field","name":{"kind":"Name","value":"firstRespondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"entitlementId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"atRiskAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<RequestPageQuery, RequestPageQueryVariables>;
export const MemberUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberUsersQuery, MemberUsersQueryVariables>;
export const AcceptRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<AcceptRequestMutation, AcceptRequestMutationVariables>;
export const RequestInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<RequestInformationMutation, RequestInformationMutationVariables>;
export const ProvideInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvideInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvideInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provideInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<ProvideInformationMutation, ProvideInformationMutationVariables>;
export const RejectRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<RejectRequestMutation, RejectRequestMutationVariables>;
export const CloseRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<CloseRequestMutation, CloseRequestMutationVariables>;
export const ReopenRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<ReopenRequestMutation, ReopenRequestMutationVariables>;
export const CancelRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<CancelRequestMutation, CancelRequestMutationVariables>;
export const EscalateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<EscalateRequestMutation, EscalateRequestMutationVariables>;
export const CloseAsDuplicateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAsDuplicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseAsDuplicateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAsDuplicate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<CloseAsDuplicateMutation, CloseAsDuplicateMutationVariables>;
export const AssignRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<AssignRequestMutation, AssignRequestMutationVariables>;
export const AddNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}}]}}]}}]}}]} as unknown as DocumentNode<AddNoteMutation, AddNoteMutationVariables>;
export const InboundPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboundPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<InboundPushSubscription, InboundPushSubscriptionVariables>;
export const RequestEventsPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestEventsPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiverCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiverAssignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sla"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pausedAt"}}]}}]}}]} as unknown as DocumentNode<RequestEventsPushSubscription, RequestEventsPushSubscriptionVariables>;