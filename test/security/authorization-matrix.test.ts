/**
 * The authorization matrix (issue 9): every query, mutation and subscription of the schema,
 * run as each kind of caller, against the outcome API.md promises for that cell.
 *
 * The schema is read at run time: an operation without a row fails "has a row for every
 * operation". Each cell is one real call over HTTP (subscriptions over graphql-ws) with an
 * input chosen so that the outcome is crisp: objects whose state matters are fresh per cell,
 * and refused calls are checked to change nothing they could have changed.
 *
 * Callers (world.ts): the operator; A's admin, engineer, engineer on the critical team,
 * service token without and with critical access; B's engineer and admin (B receives A's
 * requests: the other party); C's engineer (active in the same group, party to nothing);
 * no token; a revoked token.
 *
 * Outcomes: `OK` (success; with a `sees` check, the caller also sees the world's object),
 * `HIDDEN` (success, but the object is not in what the caller gets: lists filter it out),
 * an error code, or `WS_4403` (the WebSocket connection itself is refused).
 *
 * PRINT_MATRIX=1 prints the table of outcomes after the run.
 */
import { mutationDocument } from '../support/mutation';
import { buildAppSchema } from '../../src/schema';
import { groupInput, WEEKDAYS_8_TO_16 } from '../support/seed';
import { ok, startTestServer, type GqlResponse, type TestServer } from '../support/server';
import { subscribe, type Subscriber } from '../support/subscriber';
import { changedTables, fingerprint } from './db-state';
import { buildWorld, type World } from './world';

const CALLERS = ['operator', 'adminA', 'engA', 'rosterA', 'svcA', 'svcAcrit', 'engB', 'adminB', 'engC', 'anonymous', 'revoked'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'OK' | 'HIDDEN' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'INVALID_TRANSITION' | 'CONFLICT' | 'WS_4403';
/** `A`: every caller of member A (admin, engineer, roster engineer, both service tokens); `B`: engineer and admin of B. */
type Spec = Partial<Record<Caller | 'A' | 'B' | 'all', Outcome>>;

const A_CALLERS: Caller[] = ['adminA', 'engA', 'rosterA', 'svcA', 'svcAcrit'];
const B_CALLERS: Caller[] = ['engB', 'adminB'];
const MEMBER_OF: Record<Caller, 'A' | 'B' | 'C' | null> = {
  operator: null,
  adminA: 'A',
  engA: 'A',
  rosterA: 'A',
  svcA: 'A',
  svcAcrit: 'A',
  engB: 'B',
  adminB: 'B',
  engC: 'C',
  anonymous: null,
  revoked: null,
};

/**
 * Expands a spec to every caller. `anonymous` (no token) and `revoked` (A's engineer's
 * revoked personal token) are UNAUTHENTICATED over HTTP, refused with 4403 over WebSocket.
 */
function cells(spec: Spec, transport: 'http' | 'ws' = 'http'): Record<Caller, Outcome> {
  const out = {} as Record<Caller, Outcome>;
  const unauthenticated: Outcome = transport === 'ws' ? 'WS_4403' : 'UNAUTHENTICATED';
  for (const who of CALLERS) {
    const group = A_CALLERS.includes(who) ? spec.A : B_CALLERS.includes(who) ? spec.B : undefined;
    const value = spec[who] ?? group ?? (who === 'anonymous' || who === 'revoked' ? unauthenticated : spec.all);
    if (!value) throw new Error(`spec ${JSON.stringify(spec)} leaves ${who} without an outcome`);
    out[who] = value;
  }
  return out;
}
/** Operator-only mutations. */
const OPERATOR_ONLY = (): Spec => ({ all: 'FORBIDDEN', operator: 'OK' });
/** Member-admin mutations: the role check refuses everyone but admins; `adminB` acts on A's object. */
const ADMIN_ONLY = (adminB: Outcome): Spec => ({ all: 'FORBIDDEN', adminA: 'OK', adminB });

type Vars = Record<string, unknown>;
interface HttpCase {
  label?: string;
  query: string;
  vars?: (w: World, who: Caller) => Vars | Promise<Vars>;
  /** For OK vs HIDDEN: whether the answer shows the world's object. */
  sees?: (data: any, w: World) => boolean;
  expect: Record<Caller, Outcome>;
}
interface SubscriptionCase {
  label?: string;
  query: string;
  vars?: (w: World) => Vars | Promise<Vars>;
  /** The action whose event the cell's subscriber should (OK) or should not (HIDDEN) get. */
  target: (w: World) => Promise<(event: any) => boolean>;
  /**
   * For HIDDEN cells: events sent after the target that each member's stream does carry;
   * once a subscriber has its member's, the target would have come before it.
   */
  flush?: boolean;
  expect: Record<Caller, Outcome>;
}
type Row = { kind: 'http'; cases: HttpCase[] } | { kind: 'ws'; cases: SubscriptionCase[] };
const http = (...cases: HttpCase[]): Row => ({ kind: 'http', cases });
const ws = (...cases: SubscriptionCase[]): Row => ({ kind: 'ws', cases });

const FROM_START = Buffer.from('e:0').toString('base64url');
/** The cursor of the log's last event now: a stream resumed there gets everything that comes next. */
async function logPosition(): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM request_event`);
  return Buffer.from(`e:${row.seq}`).toString('base64url');
}
const EVENT = `id type request { id }`;
const has = (conn: any, id: string) => conn.edges.some((e: any) => (e.node.department?.id ?? e.node.id) === id);
const mutation = mutationDocument;
let n = 0;
const unique = (p: string) => `${p}-${process.pid}-${Date.now().toString(36)}-${++n}`;

/**
 * THE MATRIX. Keyed `Type.field`; every operation of the schema must have a row.
 * Reads run first (on the shared world), then mutations, then subscriptions.
 */
const MATRIX: Record<string, Row> = {
  // ───────────────────────────── queries ─────────────────────────────
  'Query.viewer': http({ query: `{ viewer { isOperator } }`, expect: cells({ all: 'OK' }) }),
  'Query.member': http({
    label: "A's member",
    query: `query($id: ID!) { member(id: $id) { id } }`,
    vars: (w) => ({ id: w.a.id }),
    expect: cells({ operator: 'OK', A: 'OK', B: 'NOT_FOUND', engC: 'NOT_FOUND' }),
  }),
  'Query.members': http({
    query: `{ members(first: 100) { edges { node { id } } } }`,
    sees: (d, w) => has(d.members, w.a.id),
    expect: cells({ operator: 'OK', A: 'OK', B: 'HIDDEN', engC: 'HIDDEN' }),
  }),
  'Query.user': http({
    label: "A's engineer",
    query: `query($id: ID!) { user(id: $id) { id } }`,
    vars: (w) => ({ id: w.engA.id }),
    expect: cells({ operator: 'OK', A: 'OK', B: 'NOT_FOUND', engC: 'NOT_FOUND' }),
  }),
  'Query.partnerGroup': http({
    query: `query($id: ID!) { partnerGroup(id: $id) { id } }`,
    vars: (w) => ({ id: w.group.id }),
    expect: cells({ all: 'OK' }),
  }),
  'Query.partnerGroups': http({
    query: `{ partnerGroups(first: 100) { edges { node { id } } } }`,
    sees: (d, w) => has(d.partnerGroups, w.group.id),
    expect: cells({ all: 'OK' }),
  }),
  'Query.processForm': http(
    {
      label: "A's form behind no department",
      query: `query($id: ID!) { processForm(id: $id) { id } }`,
      vars: (w) => ({ id: w.formA3.id }),
      expect: cells({ operator: 'OK', A: 'OK', B: 'NOT_FOUND', engC: 'NOT_FOUND' }),
    },
    {
      label: "B's form behind its critical-escalation department",
      query: `query($id: ID!) { processForm(id: $id) { id } }`,
      vars: (w) => ({ id: w.formBC.id }),
      expect: cells({ operator: 'OK', A: 'NOT_FOUND', rosterA: 'OK', svcAcrit: 'OK', B: 'OK', engC: 'NOT_FOUND' }),
    },
  ),
  'Query.processForms': http({
    query: `{ processForms(first: 100) { edges { node { id } } } }`,
    sees: (d, w) => has(d.processForms, w.formA3.id),
    expect: cells({ operator: 'OK', A: 'OK', B: 'HIDDEN', engC: 'HIDDEN' }),
  }),
  'Query.department': http(
    {
      label: "B's department in the shared group",
      query: `query($id: ID!) { department(id: $id) { id } }`,
      vars: (w) => ({ id: w.deptB.id }),
      expect: cells({ all: 'OK' }),
    },
    {
      label: "B's critical-escalation department",
      query: `query($id: ID!) { department(id: $id) { id } }`,
      vars: (w) => ({ id: w.deptBC.id }),
      expect: cells({ operator: 'OK', A: 'NOT_FOUND', rosterA: 'OK', svcAcrit: 'OK', B: 'OK', engC: 'NOT_FOUND' }),
    },
  ),
  'Query.departments': http({
    query: `{ departments(first: 100) { edges { node { id } } } }`,
    sees: (d, w) => has(d.departments, w.deptA.id),
    expect: cells({ operator: 'OK', A: 'OK', B: 'HIDDEN', engC: 'HIDDEN' }),
  }),
  'Query.directory': http(
    {
      label: "sees B's department in the shared group",
      query: `{ directory(first: 100) { edges { node { department { id } } } } }`,
      sees: (d, w) => has(d.directory, w.deptB.id),
      expect: cells({ operator: 'HIDDEN', A: 'OK', B: 'HIDDEN', engC: 'OK' }),
    },
    {
      label: "sees B's critical-escalation department",
      query: `{ directory(first: 100) { edges { node { department { id } } } } }`,
      sees: (d, w) => has(d.directory, w.deptBC.id),
      expect: cells({ operator: 'HIDDEN', A: 'HIDDEN', rosterA: 'OK', svcAcrit: 'OK', B: 'HIDDEN', engC: 'HIDDEN' }),
    },
  ),
  'Query.collaborationRequest': http(
  {
    label: 'a request A→B',
    query: `query($id: ID!) { collaborationRequest(id: $id) { id } }`,
    vars: (w) => ({ id: w.request.id }),
    // the operator fails the role check (MEMBER) whatever the id, so FORBIDDEN reveals nothing
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'NOT_FOUND' }),
  },
  {
    label: 'an engagement B→C shared with A: A observes it',
    query: `query($id: ID!) { collaborationRequest(id: $id) { id viewerSide nextActionOwner { id } } }`,
    vars: (w) => ({ id: w.sharedEngagement.id }),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'OK' }),
  },
  {
    label: 'an engagement B→C not shared: A does not see it',
    query: `query($id: ID!) { collaborationRequest(id: $id) { id viewerSide } }`,
    vars: (w) => ({ id: w.privateEngagement.id }),
    expect: cells({ operator: 'FORBIDDEN', A: 'NOT_FOUND', B: 'OK', engC: 'OK' }),
  },
  {
    label: "engagedFrom of a shared engagement B→C: B and A see the request A→B, C gets null",
    query: `query($id: ID!) { collaborationRequest(id: $id) { id engagedFrom { id } } }`,
    vars: (w) => ({ id: w.sharedEngagement.id }),
    sees: (d, w) => d.collaborationRequest.engagedFrom?.id === w.engagedRequest.id,
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'HIDDEN' }),
  },
  {
    label: 'engagements of a request A→B with one shared and one private engagement: A sees the shared one only',
    query: `query($id: ID!) { collaborationRequest(id: $id) { id engagements(first: 10) { totalCount edges { node { id viewerSide } } } } }`,
    vars: (w) => ({ id: w.engagedRequest.id }),
    sees: (d, w) => has(d.collaborationRequest.engagements, w.privateEngagement.id),
    expect: cells({ operator: 'FORBIDDEN', A: 'HIDDEN', B: 'OK', engC: 'NOT_FOUND' }),
  }),
  'Query.inboundRequests': http({
    query: `{ inboundRequests(first: 100) { edges { node { id } } } }`,
    sees: (d, w) => has(d.inboundRequests, w.request.id),
    expect: cells({ operator: 'FORBIDDEN', A: 'HIDDEN', B: 'OK', engC: 'HIDDEN' }),
  }),
  'Query.outboundRequests': http({
    query: `{ outboundRequests(first: 100) { edges { node { id } } } }`,
    sees: (d, w) => has(d.outboundRequests, w.request.id),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'HIDDEN', engC: 'HIDDEN' }),
  }),
  'Query.events': http({
    query: `{ events(first: 100) { edges { node { ${EVENT} } } } }`,
    sees: (d, w) => d.events.edges.some((e: any) => e.node.request.id === w.request.id),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'HIDDEN' }),
  }),
  'Query.webhooks': http({
    query: `{ webhooks(first: 100) { edges { node { id } } } }`,
    sees: (d, w) => has(d.webhooks, w.webhookA.id),
    expect: cells({ all: 'FORBIDDEN', adminA: 'OK', adminB: 'HIDDEN' }),
  }),
  'Query.slaDueAt': http({
    query: `query($input: SlaDueAtInput!) { slaDueAt(input: $input) }`,
    vars: () => ({ input: { calendar: { timeZone: 'Europe/London', workingHours: WEEKDAYS_8_TO_16 }, from: '2026-11-02T09:00:00Z', minutes: 60 } }),
    expect: cells({ all: 'OK' }),
  }),
  'Query.slaReport': http({
    label: 'by member, over the period the world was built in',
    query: `query($input: SlaReportInput!) { slaReport(input: $input) { key requests } }`,
    vars: (w) => ({ input: { from: w.builtFrom, to: w.builtTo, groupBy: 'MEMBER' } }),
    sees: (d, w) => d.slaReport.some((r: any) => r.key === w.a.id || r.key === w.b.id),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'HIDDEN' }),
  }),

  // ─────────────────────────── operator mutations ───────────────────────────
  'Mutation.createMember': http({
    query: mutation('createMember', 'member { id }'),
    vars: () => ({ input: { name: unique('Matrix vendor'), admin: { email: `${unique('m')}@example.com`, name: 'Admin' } } }),
    expect: cells(OPERATOR_ONLY()),
  }),
  'Mutation.createPartnerGroup': http({
    query: mutation('createPartnerGroup', 'group { id }'),
    vars: () => ({ input: groupInput({ name: unique('Matrix group') }) }),
    expect: cells(OPERATOR_ONLY()),
  }),
  'Mutation.updatePartnerGroup': http({
    query: mutation('updatePartnerGroup', 'group { id }'),
    vars: (w) => ({ input: { id: w.spareGroup.id, description: unique('changed') } }),
    expect: cells(OPERATOR_ONLY()),
  }),
  'Mutation.inviteMember': http({
    label: 'a fresh member into a group',
    query: mutation('inviteMember', 'membership { id }'),
    vars: async (w) => ({ input: { groupId: w.spareGroup.id, memberId: (await w.s.member()).id } }),
    expect: cells(OPERATOR_ONLY()),
  }),
  'Mutation.approveMembership': http({
    label: "a fresh member's request to join",
    query: mutation('approveMembership', 'membership { id }'),
    vars: async (w) => ({ input: { id: await w.requestedMembership() } }),
    expect: cells(OPERATOR_ONLY()),
  }),
  'Mutation.declineMembership': http({
    label: "a fresh member's request to join",
    query: mutation('declineMembership', 'membership { id }'),
    vars: async (w) => ({ input: { id: await w.requestedMembership(), reason: 'no' } }),
    expect: cells(OPERATOR_ONLY()),
  }),
  'Mutation.suspendMembership': http({
    label: "a fresh member's active membership",
    query: mutation('suspendMembership', 'membership { id }'),
    vars: async (w) => ({ input: { id: await w.s.join(await w.s.member(), w.spareGroup.id), reason: 'audit' } }),
    expect: cells(OPERATOR_ONLY()),
  }),

  // ─────────────────────────── member-admin mutations ───────────────────────────
  'Mutation.createUser': http({
    query: mutation('createUser', 'user { id }'),
    vars: () => ({ input: { email: `${unique('u')}@example.com`, name: 'New user', role: 'ENGINEER' } }),
    expect: cells(ADMIN_ONLY('OK')),
  }),
  'Mutation.issueToken': http({
    label: "a personal token for A's engineer",
    query: mutation('issueToken', 'token { id }'),
    vars: (w) => ({ input: { name: 'matrix', userId: w.engA.id } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.revokeToken': http({
    label: "a fresh service token of A's",
    query: mutation('revokeToken', 'token { id }'),
    vars: async (w) => ({ input: { id: (await w.a.serviceToken()).id } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.requestMembership': http({
    label: 'a fresh group',
    query: mutation('requestMembership', 'membership { id }'),
    vars: async (w) => ({ input: { groupId: (await w.s.group()).id } }),
    expect: cells(ADMIN_ONLY('OK')),
  }),
  'Mutation.acceptInvitation': http({
    label: "A's invitation into a fresh group",
    query: mutation('acceptInvitation', 'membership { id }'),
    vars: async (w) => ({ input: { id: await w.invitationOfA() } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.leaveGroup': http({
    label: 'a fresh group only A is in',
    query: mutation('leaveGroup', 'membership { id }'),
    vars: async (w) => {
      const g = await w.s.group();
      await w.s.join(w.a, g.id);
      return { input: { groupId: g.id } };
    },
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.createProcessForm': http({
    query: mutation('createProcessForm', 'form { id }'),
    vars: () => ({ input: { name: unique('Form'), fields: [{ key: 'product', label: 'Product', type: 'TEXT', required: true }] } }),
    expect: cells(ADMIN_ONLY('OK')),
  }),
  'Mutation.updateProcessForm': http({
    label: "A's form",
    query: mutation('updateProcessForm', 'form { id }'),
    vars: (w) => ({ input: { id: w.formA2.id, name: unique('Renamed') } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.createDepartment': http({
    label: "in the shared group, on A's form",
    query: mutation('createDepartment', 'department { id }'),
    vars: (w) => ({ input: { groupId: w.group.id, formId: w.formA2.id, name: unique('Dept') } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.updateDepartment': http({
    label: "A's department",
    query: mutation('updateDepartment', 'department { id }'),
    vars: (w) => ({ input: { id: w.deptA.id, description: unique('Inbound') } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.archiveDepartment': http({
    label: "a fresh department of A's",
    query: mutation('archiveDepartment', 'department { id }'),
    vars: async (w) => ({ input: { id: (await w.s.department(w.a, w.group.id, w.formA2.id, unique('Archive me'))).id } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.addToCriticalTeam': http({
    label: "a fresh engineer of A's",
    query: mutation('addToCriticalTeam', 'user { id }'),
    vars: async (w) => ({ input: { userId: (await w.a.user()).id } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.removeFromCriticalTeam': http({
    label: "A's spare roster engineer",
    query: mutation('removeFromCriticalTeam', 'user { id }'),
    vars: (w) => ({ input: { userId: w.spareRosterA.id } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.setTokenCriticalAccess': http({
    label: "a fresh service token of A's",
    query: mutation('setTokenCriticalAccess', 'token { id }'),
    vars: async (w) => ({ input: { tokenId: (await w.a.serviceToken()).id, allowed: true } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),

  // ─────────────────────────── webhooks (member admins, own member) ───────────────────────────
  'Mutation.createWebhook': http({
    query: mutation('createWebhook', 'webhook { id }'),
    vars: () => ({ input: { url: 'https://hooks.example.com/matrix', eventTypes: ['REQUEST_CLOSED'] } }),
    expect: cells(ADMIN_ONLY('OK')),
  }),
  'Mutation.updateWebhook': http({
    label: "A's webhook",
    query: mutation('updateWebhook', 'webhook { id }'),
    vars: (w) => ({ input: { id: w.webhookA.id, description: unique('changed') } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.rotateWebhookSecret': http({
    label: "A's webhook",
    query: mutation('rotateWebhookSecret', 'webhook { id }'),
    vars: (w) => ({ input: { id: w.webhookA.id } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.deleteWebhook': http({
    label: "a fresh webhook of A's",
    query: mutation('deleteWebhook', 'webhook { id }'),
    vars: async (w) => ({ input: { id: await w.createWebhookOfA() } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.resumeWebhook': http({
    label: "A's webhook, replayed from the start of the log",
    query: mutation('resumeWebhook', 'webhook { id enabled } queued'),
    vars: (w) => ({ input: { id: w.webhookA.id, after: FROM_START } }),
    expect: cells(ADMIN_ONLY('NOT_FOUND')),
  }),
  'Mutation.redeliverWebhookEvent': http(
    {
      label: "A's webhook, an event of a request A→B",
      query: mutation('redeliverWebhookEvent', 'delivery { id }'),
      vars: (w) => ({ input: { webhookId: w.webhookA.id, eventId: w.eventOfRequest.id } }),
      expect: cells(ADMIN_ONLY('NOT_FOUND')),
    },
    {
      label: "A's webhook, B's internal note (an event A may not see)",
      query: mutation('redeliverWebhookEvent', 'delivery { id }'),
      vars: (w) => ({ input: { webhookId: w.webhookA.id, eventId: w.internalNoteOfB.id } }),
      expect: cells({ all: 'FORBIDDEN', adminA: 'NOT_FOUND', adminB: 'NOT_FOUND' }),
    },
  ),

  // ─────────────────────────── request mutations (any member caller) ───────────────────────────
  'Mutation.submitRequest': http(
    {
      label: "to B's department in the shared group",
      query: mutation('submitRequest', 'request { id }'),
      vars: (w) => ({ input: w.requestInput(w.deptB.id) }),
      // B: its own department (BAD_USER_INPUT); C is active in the group, so B's department is in its directory
      expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'BAD_USER_INPUT', engC: 'OK' }),
    },
    {
      label: "to B's critical-escalation department",
      query: mutation('submitRequest', 'request { id }'),
      vars: (w) => ({ input: w.requestInput(w.deptBC.id, { businessImpact: 'Payments down', receiverCaseNumber: 'B-OPEN-1', customer: null }) }),
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', rosterA: 'OK', svcAcrit: 'OK', B: 'BAD_USER_INPUT', engC: 'NOT_FOUND' }),
    },
  ),
  'Mutation.acceptRequest': http(
    {
    label: 'a fresh OPEN request A→B',
    query: mutation('acceptRequest', 'request { id status }'),
    vars: async (w) => ({ input: { id: await w.fresh('OPEN'), receiverCaseNumber: 'B-1' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'NOT_FOUND' }),
  },
    {
      label: 'a fresh engagement B→C shared with A',
      query: mutation('acceptRequest', 'request { id status }'),
      vars: async (w) => ({ input: { id: await w.engagement(true), receiverCaseNumber: 'C-1' } }),
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'FORBIDDEN', engC: 'OK' }),
    },
  ),
  'Mutation.requestInformation': http({
    label: 'a fresh OPEN request A→B',
    query: mutation('requestInformation', 'request { id status }'),
    vars: async (w) => ({ input: { id: await w.fresh('OPEN'), question: 'Which firmware?' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'NOT_FOUND' }),
  }),
  'Mutation.provideInformation': http({
    label: 'a fresh request A→B waiting on A',
    query: mutation('provideInformation', 'request { id status }'),
    vars: async (w) => ({ input: { id: await w.fresh('INFORMATION_REQUESTED'), answer: '7.1.2' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'FORBIDDEN', engC: 'NOT_FOUND' }),
  }),
  'Mutation.rejectRequest': http({
    label: 'a fresh OPEN request A→B',
    query: mutation('rejectRequest', 'request { id status }'),
    vars: async (w) => ({ input: { id: await w.fresh('OPEN'), reason: 'Not our product' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'NOT_FOUND' }),
  }),
  'Mutation.closeRequest': http(
    {
    label: 'a fresh ACCEPTED request A→B',
    query: mutation('closeRequest', 'request { id status }'),
    vars: async (w) => ({ input: { id: await w.fresh('ACCEPTED'), resolution: 'Fixed in 7.2' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'NOT_FOUND' }),
  },
    {
      label: 'a fresh ACCEPTED engagement B→C shared with A',
      query: mutation('closeRequest', 'request { id status }'),
      vars: async (w) => ({ input: { id: await w.engagement(true, 'ACCEPTED'), resolution: 'NIC firmware 3.1' } }),
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'OK' }),
    },
  ),
  'Mutation.reopenRequest': http({
    label: 'a fresh CLOSED request A→B',
    query: mutation('reopenRequest', 'request { id status }'),
    vars: async (w) => ({ input: { id: await w.fresh('CLOSED'), reason: 'Came back' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'NOT_FOUND' }),
  }),
  'Mutation.cancelRequest': http(
    {
    label: 'a fresh OPEN request A→B',
    query: mutation('cancelRequest', 'request { id status }'),
    vars: async (w) => ({ input: { id: await w.fresh('OPEN'), reason: 'Solved ourselves' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'FORBIDDEN', engC: 'NOT_FOUND' }),
  },
    {
      label: 'a fresh engagement B→C shared with A',
      query: mutation('cancelRequest', 'request { id status }'),
      vars: async (w) => ({ input: { id: await w.engagement(true), reason: 'Found it ourselves' } }),
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'FORBIDDEN' }),
    },
  ),
  'Mutation.assignRequest': http(
    {
    label: "A's engineer on a request A→B",
    query: mutation('assignRequest', 'request { id }'),
    vars: (w) => ({ input: { id: w.request2.id, userId: w.engA.id } }),
    // B may only assign its own users: A's engineer is BAD_USER_INPUT for B
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'BAD_USER_INPUT', engC: 'NOT_FOUND' }),
  },
    {
      label: "B's engineer on the shared engagement B→C",
      query: mutation('assignRequest', 'request { id }'),
      vars: (w) => ({ input: { id: w.sharedEngagement.id, userId: w.engB.id } }),
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'BAD_USER_INPUT' }),
    },
  ),
  'Mutation.addNote': http(
    {
    label: 'an internal note on a request A→B',
    query: mutation('addNote', 'note { id }'),
    vars: (w) => ({ input: { requestId: w.request2.id, body: 'matrix note', internal: true } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'NOT_FOUND' }),
  },
    {
      label: 'a note on the shared engagement B→C',
      query: mutation('addNote', 'note { id }'),
      vars: (w) => ({ input: { requestId: w.sharedEngagement.id, body: 'matrix note on an engagement' } }),
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'OK' }),
    },
  ),
  'Mutation.escalateRequest': http({
    label: 'a fresh P1 request A→B (always eligible)',
    query: mutation('escalateRequest', 'request { id escalatedAt }'),
    vars: async (w) => ({ input: { id: await w.submitTo(w.deptB.id, w.engA.token, { priority: 'P1' }), reason: 'Go-live tomorrow' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'FORBIDDEN', engC: 'NOT_FOUND' }),
  }),
  'Mutation.changePriority': http(
    {
    label: 'a fresh OPEN request A→B, to P1',
    query: mutation('changePriority', 'request { id priority }'),
    vars: async (w) => ({ input: { id: await w.fresh('OPEN'), priority: 'P1', reason: 'Customer production down' } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'NOT_FOUND' }),
  },
    {
      label: 'a fresh engagement B→C shared with A, to P1',
      query: mutation('changePriority', 'request { id priority }'),
      vars: async (w) => ({ input: { id: await w.engagement(true), priority: 'P1', reason: 'Customer production down' } }),
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'OK' }),
    },
  ),
  'Mutation.closeAsDuplicate': http({
    label: 'a fresh OPEN request A→B, into another request A→B',
    query: mutation('closeAsDuplicate', 'request { id status duplicateOf { id } }'),
    vars: async (w) => ({ input: { id: await w.fresh('OPEN'), originalId: w.request2.id } }),
    expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'NOT_FOUND' }),
  }),

  'Mutation.engageParty': http(
    {
      label: "B engages C's department for a fresh OPEN request A→B",
      query: mutation('engageParty', 'engagement { id viewerSide engagedFrom { id } }'),
      vars: async (w) => ({ input: w.engageInput(await w.fresh('OPEN')) }),
      // A is the request's requester (only the receiver engages); C does not see the request
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'OK', engC: 'NOT_FOUND' }),
    },
    {
      label: 'a further party for a shared engagement B→C: A observes it and acts on nothing, B is its requester, C engages B back (a cycle)',
      query: mutation('engageParty', 'engagement { id }'),
      vars: async (w) => ({ input: { ...w.requestInput(w.deptB.id), requestId: await w.engagement(true), requesterCaseNumber: 'C-ENG-1' } }),
      expect: cells({ operator: 'FORBIDDEN', A: 'FORBIDDEN', B: 'FORBIDDEN', engC: 'BAD_USER_INPUT' }),
    },
  ),

  // ───────────────────────────── subscriptions ─────────────────────────────
  'Subscription.inboundRequests': ws({
    label: 'a request A→B submitted after subscribing',
    query: `subscription($after: String) { inboundRequests(after: $after) { ${EVENT} } }`,
    vars: () => ({ after: FROM_START }),
    target: async (w) => {
      const r = await w.submitTo(w.deptB.id, w.engA.token);
      return (e) => e.request.id === r;
    },
    flush: true,
    expect: cells({ operator: 'FORBIDDEN', A: 'HIDDEN', B: 'OK', engC: 'HIDDEN' }, 'ws'),
  }),
  'Subscription.requestEvents': ws(
    {
      label: 'every stream: a request A→B submitted after subscribing',
      query: `subscription($after: String) { requestEvents(after: $after) { ${EVENT} } }`,
      vars: async () => ({ after: await logPosition() }), // from where the log now ends: a replay of every earlier row's events would only be slow
      target: async (w) => {
        const r = await w.submitTo(w.deptB.id, w.engA.token);
        return (e) => e.request.id === r;
      },
      flush: true,
      expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'HIDDEN' }, 'ws'),
    },
    {
      label: "one request A→B: B's note on it",
      query: `subscription($after: String, $requestId: ID) { requestEvents(after: $after, requestId: $requestId) { ${EVENT} } }`,
      vars: (w) => ({ after: FROM_START, requestId: w.request3.id }),
      target: async (w) => {
        ok(await w.t.gql(mutation('addNote', 'note { id }'), { input: { requestId: w.request3.id, body: 'B to A: logs please' } }, w.engB.token));
        return (e) => e.type === 'NOTE_ADDED' && e.request.id === w.request3.id;
      },
      expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'NOT_FOUND' }, 'ws'),
    },
    {
      label: "the shared engagement B→C: C's note on it reaches A (observer), B and C",
      query: `subscription($after: String, $requestId: ID) { requestEvents(after: $after, requestId: $requestId) { ${EVENT} } }`,
      vars: (w) => ({ after: FROM_START, requestId: w.sharedEngagement.id }),
      target: async (w) => {
        ok(await w.t.gql(mutation('addNote', 'note { id }'), { input: { requestId: w.sharedEngagement.id, body: 'C: NIC firmware 3.0 has the fault' } }, w.engC.token));
        return (e) => e.type === 'NOTE_ADDED' && e.request.id === w.sharedEngagement.id;
      },
      expect: cells({ operator: 'FORBIDDEN', A: 'OK', B: 'OK', engC: 'OK' }, 'ws'),
    },
    {
      label: 'the private engagement B→C: A may not subscribe to it',
      query: `subscription($after: String, $requestId: ID) { requestEvents(after: $after, requestId: $requestId) { ${EVENT} } }`,
      vars: (w) => ({ after: FROM_START, requestId: w.privateEngagement.id }),
      target: async (w) => {
        ok(await w.t.gql(mutation('addNote', 'note { id }'), { input: { requestId: w.privateEngagement.id, body: 'C: private' } }, w.engC.token));
        return (e) => e.type === 'NOTE_ADDED' && e.request.id === w.privateEngagement.id;
      },
      expect: cells({ operator: 'FORBIDDEN', A: 'NOT_FOUND', B: 'OK', engC: 'OK' }, 'ws'),
    },
  ),
};

// ───────────────────────────── running it ─────────────────────────────

let t: TestServer;
let w: World;
let tokens: Record<Caller, string | undefined>;
const subs: Subscriber[] = [];
const actual: Record<string, Record<Caller, string>> = {};

beforeAll(async () => {
  // the matrix is about roles and ownership: a generous rate limit keeps RATE_LIMITED out of it
  t = await startTestServer({ config: { rateLimitPoints: 1_000_000 } });
  w = await buildWorld(t);
  tokens = {
    operator: t.operatorToken,
    adminA: w.a.admin.token,
    engA: w.engA.token,
    rosterA: w.rosterA.token,
    svcA: w.svcA.token,
    svcAcrit: w.svcAcrit.token,
    engB: w.engB.token,
    adminB: w.b.admin.token,
    engC: w.engC.token,
    anonymous: undefined,
    revoked: await w.revokedToken(),
  };
}, 60_000);
afterAll(async () => {
  await Promise.all(subs.map((s) => s.dispose()));
  await t?.close();
  if (process.env.PRINT_MATRIX) {
    const lines = Object.entries(actual).map(([k, v]) => `| ${k} | ${CALLERS.map((c) => v[c]).join(' | ')} |`);
    console.log([`| operation | ${CALLERS.join(' | ')} |`, `|${'---|'.repeat(CALLERS.length + 1)}`, ...lines].join('\n'));
  }
});

const KNOWN_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT', 'RATE_LIMITED'];

/** The outcome of one HTTP answer; anything surprising is spelled out so the diff says what happened. */
function outcomeOf(field: string, res: GqlResponse, c: HttpCase): string {
  if (res.status >= 500) return `HTTP_${res.status}`;
  if (res.errors?.length) {
    const codes = [...new Set(res.errors.map((e) => String(e.extensions?.code)))];
    const value = res.data?.[field];
    // a refused read answers null: nothing of the object leaks beside the error
    if (value !== null && value !== undefined) return `LEAK(${codes.join(',')}: ${JSON.stringify(value).slice(0, 80)})`;
    return codes.join(',');
  }
  if (!c.sees) return 'OK';
  return c.sees(res.data, w) ? 'OK' : 'HIDDEN';
}

async function runHttpCase(field: string, c: HttpCase): Promise<Record<Caller, string>> {
  const out = {} as Record<Caller, string>;
  for (const who of CALLERS) {
    const vars = c.vars ? await c.vars(w, who) : {};
    // a refused call changes nothing: every table's rows are the same after it
    const refused = c.expect[who] !== 'OK' && c.expect[who] !== 'HIDDEN';
    const before = refused ? await fingerprint(t.dataSource) : undefined;
    const res = await t.gql(c.query, vars, tokens[who]);
    out[who] = outcomeOf(field, res, c);
    if (before && res.errors?.length) {
      const changed = changedTables(before, await fingerprint(t.dataSource));
      if (changed.length) out[who] += ` but wrote ${changed.join(', ')}`;
    }
  }
  return out;
}

function codesOf(errors: unknown[]): string {
  const codes = new Set<string>();
  const walk = (x: any) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object' && x.extensions?.code) codes.add(String(x.extensions.code));
    else if (x && typeof x === 'object' && 'code' in x && typeof x.code === 'number') codes.add(`WS_${x.code}`);
  };
  errors.forEach(walk);
  return codes.size ? [...codes].join(',') : `ERROR(${JSON.stringify(errors).slice(0, 100)})`;
}

/** One subscriber's outcome, once it has what it needs to tell (see SubscriptionCase.flush). */
async function settle(s: Subscriber, isTarget: (e: any) => boolean, flushId: string | undefined): Promise<string> {
  // the flush event comes after the target: once it is there, the target would be too
  const settled = (events: any[]) =>
    s.errors.length > 0 || s.closedWith !== undefined || (flushId ? events.some((e) => e.request.id === flushId) : events.some(isTarget));
  await s.waitFor(settled, 15_000).catch(() => undefined);
  if (s.closedWith === 4403) return 'WS_4403';
  if (s.errors.length) return codesOf(s.errors);
  if (s.closedWith !== undefined) return `WS_${s.closedWith}`;
  if (s.events.some(isTarget)) return 'OK';
  return flushId && s.events.some((e) => e.request.id === flushId) ? 'HIDDEN' : 'NO_EVENT';
}

async function runSubscriptionCase(c: SubscriptionCase): Promise<Record<Caller, string>> {
  const vars = c.vars ? await c.vars(w) : {};
  const open = (who: Caller) => {
    const s = subscribe(t.wsUrl, tokens[who] ?? '', c.query, vars);
    subs.push(s);
    return s;
  };
  const opened = CALLERS.map((who) => [who, open(who)] as const);
  const isTarget = await c.target(w);
  // after the target: for each member, one event its stream (inbound or all) does carry
  const flush = c.flush ? await w.flush() : undefined;
  const out = {} as Record<Caller, string>;
  const flushOf = (who: Caller) => (flush && MEMBER_OF[who] ? flush[MEMBER_OF[who]!] : undefined);
  await Promise.all(
    opened.map(async ([who, s]) => {
      out[who] = await settle(s, isTarget, flushOf(who));
      await s.dispose();
    }),
  );
  return out;
}

describe('authorization matrix', () => {
  it('notices a write: the check behind "a refused call changes nothing" is not vacuous', async () => {
    const before = await fingerprint(t.dataSource);
    ok(await t.gql(mutation('addNote', 'note { id }'), { input: { requestId: w.request2.id, body: 'write check' } }, w.engA.token));
    expect(changedTables(before, await fingerprint(t.dataSource))).toEqual(expect.arrayContaining(['collaboration_request', 'request_event', 'request_note']));
  });

  it('has a row for every query, mutation and subscription of the schema, and none for anything else', async () => {
    const schema = await buildAppSchema();
    const ops = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
    );
    const problems = [
      ...ops.filter((op) => !(op in MATRIX)).map((op) => `no row for ${op}`),
      ...Object.keys(MATRIX).filter((op) => !ops.includes(op)).map((op) => `a row for ${op}, which the schema does not have`),
    ];
    expect(problems).toEqual([]);
  });

  const rows = Object.entries(MATRIX).flatMap(([op, row]) => row.cases.map((c, i) => ({ op, row, c, label: c.label ?? (row.cases.length > 1 ? `case ${i + 1}` : '') })));
  it.each(rows.map((r) => [r.label ? `${r.op} (${r.label})` : r.op, r] as const))('%s', async (name, { op, row, c }) => {
    const field = op.split('.')[1];
    const got = row.kind === 'http' ? await runHttpCase(field, c as HttpCase) : await runSubscriptionCase(c as SubscriptionCase);
    actual[name] = got;
    expect(got).toEqual(c.expect);
  });
});
