import { gql, ok } from './http';
import { OPERATOR_TOKEN } from './server';

/**
 * Seed data built through the API, as the operator and member admins would (the same calls
 * as test/support/seed.ts): a partner group, members active in it, each with a process form,
 * a department and engineers holding personal tokens.
 */
export interface WorldUser {
  id: string;
  name: string;
  token: string;
}

export interface WorldMember {
  id: string;
  name: string;
  admin: WorldUser;
  formId: string;
  departmentId: string;
  engineers: WorldUser[];
}

export interface World {
  groupId: string;
  members: WorldMember[];
}

const WEEKDAYS_8_TO_16 = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day, from: '08:00', to: '16:00' }));

export function groupInput(name: string) {
  return {
    name,
    kind: 'COLLABORATIVE',
    description: 'Joint support of storage on hypervisors',
    joinRequirements: 'A 24x7 support line',
    slaPolicy: {
      targets: [
        { priority: 'P1', responseMinutes: 30, updateEveryMinutes: 240 },
        { priority: 'P2', responseMinutes: 120, updateEveryMinutes: 480 },
        { priority: 'P3', responseMinutes: 480, updateEveryMinutes: 960 },
        { priority: 'P4', responseMinutes: 960 },
      ],
    },
    calendar: { timeZone: 'Europe/London', workingHours: WEEKDAYS_8_TO_16, holidays: ['2026-12-25'] },
  };
}

/** What an engineer submits: the same input as the tests' `requestWorld`. */
export function submitInput(departmentId: string, n: number, priority = 'P2') {
  return {
    departmentId,
    priority,
    summary: 'Datastore latency spikes on hosts after firmware update',
    data: { product: 'Array X' },
    customer: { name: 'Globex', contactEmail: 'ops@globex.example', entitlementId: 'ENT-1' },
    requesterCaseNumber: `A-${n}`,
  };
}

export const SUBMIT = `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id createdAt } } }`;

async function member(url: string, groupId: string, index: number, engineers: number): Promise<WorldMember> {
  const call = (q: string, v: Record<string, unknown>, t: string) => gql(url, q, v, t);
  const name = `Vendor ${index + 1}`;
  const m = ok(
    await call(
      `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id name } adminUser { id name } adminToken } }`,
      { input: { name, admin: { email: `admin${index + 1}@vendor${index + 1}.example`, name: `Admin ${index + 1}` } } },
      OPERATOR_TOKEN,
    ),
  ).createMember;
  const admin: WorldUser = { id: m.adminUser.id, name: m.adminUser.name, token: m.adminToken };
  const inv = ok(await call(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id } } }`, { input: { groupId, memberId: m.member.id } }, OPERATOR_TOKEN));
  ok(await call(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`, { input: { id: inv.inviteMember.membership.id } }, admin.token));
  const form = ok(
    await call(
      `mutation($input: CreateProcessFormInput!) { createProcessForm(input: $input) { form { id } } }`,
      { input: { name: `Storage intake ${index + 1}`, fields: [{ key: 'product', label: 'Product', type: 'TEXT', required: true }] } },
      admin.token,
    ),
  ).createProcessForm.form;
  const dept = ok(
    await call(
      `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id } } }`,
      { input: { groupId, formId: form.id, name: 'Storage', description: 'Inbound support' } },
      admin.token,
    ),
  ).createDepartment.department;
  const users: WorldUser[] = [];
  for (let e = 0; e < engineers; e++) {
    const userName = `Engineer ${index + 1}.${e + 1}`;
    const u = ok(
      await call(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id name } } }`,
        { input: { email: `eng${e + 1}@vendor${index + 1}.example`, name: userName, role: 'ENGINEER' } },
        admin.token,
      ),
    ).createUser.user;
    const tok = ok(await call(`mutation($input: IssueTokenInput!) { issueToken(input: $input) { secret } }`, { input: { name: 'bench token', userId: u.id } }, admin.token)).issueToken;
    users.push({ id: u.id, name: u.name, token: tok.secret });
  }
  return { id: m.member.id, name: m.member.name, admin, formId: form.id, departmentId: dept.id, engineers: users };
}

/** A group with `members` active members, each with a form, a department and `engineers` engineers. */
export async function buildWorld(url: string, options: { members: number; engineers: number }): Promise<World> {
  const call = (q: string, v: Record<string, unknown>, t: string) => gql(url, q, v, t);
  const group = ok(
    await call(`mutation($input: CreatePartnerGroupInput!) { createPartnerGroup(input: $input) { group { id } } }`, { input: groupInput('Storage alliance') }, OPERATOR_TOKEN),
  ).createPartnerGroup.group;
  const members: WorldMember[] = [];
  // a few at a time: seeding is not what is measured
  for (let i = 0; i < options.members; i += 4) {
    const batch = Array.from({ length: Math.min(4, options.members - i) }, (_, k) => member(url, group.id, i + k, options.engineers));
    members.push(...(await Promise.all(batch)));
  }
  return { groupId: group.id, members };
}
