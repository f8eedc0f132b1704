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
