import { mutate } from './mutation';
import { ok, type TestServer } from './server';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export interface SeededUser {
  id: string;
  email: string;
  token: string;
}

export interface SeededMember {
  id: string;
  name: string;
  admin: SeededUser;
  /** Creates a user of this member (engineer by default) with a personal token. */
  user(role?: 'ADMIN' | 'ENGINEER', name?: string): Promise<SeededUser>;
  /** Issues a service token of this member. */
  serviceToken(): Promise<{ id: string; token: string }>;
}

/**
 * Fluent factories that build a test's own world through the API, as a member admin or
 * the operator would: `const a = await seed(t).member()`.
 */
export const WEEKDAYS_8_TO_16 = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, from: '08:00', to: '16:00' }));

/** A valid group input; override any part. */
export function groupInput(overrides: Record<string, unknown> = {}) {
  return {
    name: unique('Group'),
    kind: 'COLLABORATIVE',
    description: 'Joint support of storage on hypervisors',
    joinRequirements: 'A 24x7 support line',
    slaPolicy: {
      targets: [
        { priority: 'P1', responseMinutes: 30, updateEveryMinutes: 240 },
        { priority: 'P2', responseMinutes: 120 },
        { priority: 'P3', responseMinutes: 480 },
        { priority: 'P4', responseMinutes: 960 },
      ],
    },
    calendar: { timeZone: 'Europe/London', workingHours: WEEKDAYS_8_TO_16, holidays: ['2026-12-25'] },
    ...overrides,
  };
}

export function seed(t: TestServer) {
  const gql = t.gql.bind(t);
  return {
    /** A partner group created by the operator. */
    async group(overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string; kind: string }> {
      const res = ok(
        await gql(`mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id name kind } } }`, { input: groupInput(overrides) }, t.operatorToken),
      );
      return res.createPartnerGroup.group;
    },
    /** Makes a member ACTIVE in a group: invited by the operator, accepted by its admin. */
    async join(member: SeededMember, groupId: string, attestation?: string): Promise<string> {
      const inv = ok(await gql(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id } } }`, { input: { groupId, memberId: member.id } }, t.operatorToken));
      const id = inv.inviteMember.membership.id;
      ok(await gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id status } } }`, { input: { id, attestation } }, member.admin.token));
      return id;
    },
    /** A process form of a member. */
    async form(member: SeededMember, fields?: unknown[]): Promise<{ id: string }> {
      const res = ok(
        await gql(
          `mutation($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id } } }`,
          { input: { name: unique('Form'), fields: fields ?? [{ key: 'product', label: 'Product', type: 'TEXT', required: true }] } },
          member.admin.token,
        ),
      );
      return res.createProcessForm.form;
    },
    /** A department of a member in a group it is active in. */
    async department(member: SeededMember, groupId: string, formId: string, name = unique('Dept'), description = 'Inbound support'): Promise<{ id: string; name: string }> {
      const res = ok(
        await gql(
          `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id name } } }`,
          { input: { groupId, formId, name, description } },
          member.admin.token,
        ),
      );
      return res.createDepartment.department;
    },
    async member(name = unique('Vendor')): Promise<SeededMember> {
      const email = `${unique('admin')}@example.com`;
      const res = ok(
        await t.gql(
          `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id name } adminUser { id email } adminToken } }`,
          { input: { name, admin: { email, name: 'First Admin' } } },
          t.operatorToken,
        ),
      );
      const m = res.createMember;
      const admin: SeededUser = { id: m.adminUser.id, email: m.adminUser.email, token: m.adminToken };
      return {
        id: m.member.id,
        name: m.member.name,
        admin,
        async user(role = 'ENGINEER', userName = 'Engineer') {
          const userEmail = `${unique(role.toLowerCase())}@example.com`;
          const u = ok(
            await t.gql(
              `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email } } }`,
              { input: { email: userEmail, name: userName, role } },
              admin.token,
            ),
          ).createUser.user;
          const tok = ok(
            await t.gql(
              `mutation($input: IssueTokenInput!) { issueToken(input: $input) { secret } }`,
              { input: { name: 'test token', userId: u.id } },
              admin.token,
            ),
          ).issueToken;
          return { id: u.id, email: u.email, token: tok.secret };
        },
        async serviceToken() {
          const tok = ok(
            await t.gql(
              `mutation($input: IssueTokenInput!) { issueToken(input: $input) { token { id } secret } }`,
              { input: { name: 'partner system', service: true } },
              admin.token,
            ),
          ).issueToken;
          return { id: tok.token.id, token: tok.secret };
        },
      };
    },
  };
}

export const REQUEST_FIELDS = `id status priority critical summary data requesterCaseNumber receiverCaseNumber businessImpact
  customer { name contactEmail entitlementId } firstRespondedAt closedAt createdAt updatedAt
  group { id } fromMember { id } toMember { id } department { id } form { version form { id } }
  submittedBy { id } requesterAssignee { id } receiverAssignee { id }`;

/**
 * A small network for request tests: A (requester) and B (receiver) active in a group, B
 * with a department and form; C active in the same group but party to nothing.
 */
export async function requestWorld(t: TestServer, groupOverrides: Record<string, unknown> = {}, formFields?: unknown[]) {
  const s = seed(t);
  const group = await s.group(groupOverrides);
  const [a, b, c] = [await s.member(), await s.member(), await s.member()];
  for (const m of [a, b, c]) await s.join(m, group.id);
  const form = await s.form(b, formFields);
  const department = await s.department(b, group.id, form.id, 'Storage');
  const engA = await a.user('ENGINEER', 'Ann Requester');
  const engB = await b.user('ENGINEER', 'Bob Receiver');
  const engC = await c.user('ENGINEER', 'Cid Bystander');
  const input = (overrides: Record<string, unknown> = {}) => ({
    departmentId: department.id,
    priority: 'P2',
    summary: 'Datastore latency spikes on hosts after firmware update',
    data: { product: 'Array X' },
    customer: { name: 'Globex', contactEmail: 'ops@globex.example', entitlementId: 'ENT-1' },
    requesterCaseNumber: 'A-1001',
    ...overrides,
  });
  return {
    s,
    group,
    a,
    b,
    c,
    form,
    department,
    engA,
    engB,
    engC,
    input,
    /** Submits as A's engineer (or the given token) and returns the request. */
    async submit(overrides: Record<string, unknown> = {}, token = engA.token): Promise<any> {
      const res = await t.gql(`mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { ${REQUEST_FIELDS} } } }`, { input: input(overrides) }, token);
      return ok(res).submitRequest.request;
    },
  };
}

/** Runs one request mutation (`acceptRequest`, `addNote`, …) and returns the raw response. */
export function act(t: TestServer, name: string, input: Record<string, unknown>, token: string) {
  const selection = name === 'addNote' ? `note { id body internal author { id } member { id } }` : `request { ${REQUEST_FIELDS} }`;
  return mutate(t, name, selection, input, token);
}
