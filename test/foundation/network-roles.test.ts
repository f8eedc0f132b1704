import { mutate } from '../support/mutation';
import { seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let a: SeededMember;
let tokens: Record<'operator' | 'admin' | 'engineer' | 'service', string>;
let ids: { group: string; form: string; department: string; membership: string };
beforeAll(async () => {
  t = await startTestServer();
  const s = seed(t);
  a = await s.member();
  const group = await s.group();
  const membership = await s.join(a, group.id);
  const form = await s.form(a);
  const department = await s.department(a, group.id, form.id);
  tokens = { operator: t.operatorToken, admin: a.admin.token, engineer: (await a.user()).token, service: (await a.serviceToken()).token };
  ids = { group: group.id, form: form.id, department: department.id, membership };
});
afterAll(() => t.close());

type Who = keyof typeof tokens;
const ZERO = '00000000-0000-4000-8000-000000000000';

/** Each configuration mutation, with the roles allowed past the role check. */
const mutations: Array<[string, string, () => Record<string, unknown>, Who[]]> = [
  ['createPartnerGroup', 'group { id }', () => ({ name: 'x', kind: 'OEM' }), ['operator']],
  ['updatePartnerGroup', 'group { id }', () => ({ id: ZERO }), ['operator']],
  ['inviteMember', 'membership { id }', () => ({ groupId: ZERO, memberId: ZERO }), ['operator']],
  ['approveMembership', 'membership { id }', () => ({ id: ZERO }), ['operator']],
  ['declineMembership', 'membership { id }', () => ({ id: ZERO, reason: 'r' }), ['operator']],
  ['suspendMembership', 'membership { id }', () => ({ id: ZERO, reason: 'r' }), ['operator']],
  ['requestMembership', 'membership { id }', () => ({ groupId: ZERO }), ['admin']],
  ['acceptInvitation', 'membership { id }', () => ({ id: ZERO }), ['admin']],
  ['leaveGroup', 'membership { id }', () => ({ groupId: ZERO }), ['admin']],
  ['createProcessForm', 'form { id }', () => ({ name: 'x', fields: [] }), ['admin']],
  ['updateProcessForm', 'form { id }', () => ({ id: ZERO }), ['admin']],
  ['createDepartment', 'department { id }', () => ({ groupId: ZERO, formId: ZERO, name: 'x' }), ['admin']],
  ['updateDepartment', 'department { id }', () => ({ id: ZERO }), ['admin']],
  ['archiveDepartment', 'department { id }', () => ({ id: ZERO }), ['admin']],
  ['createUser', 'user { id }', () => ({ email: 'bad', name: 'x', role: 'ENGINEER' }), ['admin']],
  ['issueToken', 'token { id }', () => ({ name: 'x' }), ['admin']],
  ['revokeToken', 'token { id }', () => ({ id: ZERO }), ['admin']],
  ['createMember', 'member { id }', () => ({ name: '', admin: { email: 'bad', name: '' } }), ['operator']],
];

describe('configuration mutations by role', () => {
  const cells = mutations.flatMap(([name, sel, input, allowed]) =>
    (['operator', 'admin', 'engineer', 'service'] as Who[]).map((who) => [name, who, allowed.includes(who), sel, input] as const),
  );
  it.each(cells)('%s as %s: allowed past the role check = %s', async (name, who, allowed, sel, input) => {
    const res = await mutate(t, name, sel, input(), tokens[who]);
    const code = onlyError(res).extensions.code; // every input above is refused one way or another: nothing is changed
    if (allowed) expect(['NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']).toContain(code);
    else expect(code).toBe('FORBIDDEN');
  });
});

describe('reading configuration', () => {
  it('lets the operator read every form and department', async () => {
    const forms = ok(await t.gql(`{ processForms(first: 100) { edges { node { id } } } }`, {}, tokens.operator)).processForms;
    expect(forms.edges.map((e: any) => e.node.id)).toContain(ids.form);
    const deps = ok(await t.gql(`{ departments(first: 100) { edges { node { id } } } }`, {}, tokens.operator)).departments;
    expect(deps.edges.map((e: any) => e.node.id)).toContain(ids.department);
    expect(ok(await t.gql(`query($id: ID!) { processForm(id: $id) { id } }`, { id: ids.form }, tokens.operator)).processForm.id).toBe(ids.form);
  });

  it.each(['engineer', 'service'] as Who[])("lets a member's %s read its own forms and departments", async (who) => {
    expect(ok(await t.gql(`query($id: ID!) { processForm(id: $id) { id } }`, { id: ids.form }, tokens[who])).processForm.id).toBe(ids.form);
    expect(ok(await t.gql(`query($id: ID!) { department(id: $id) { id form { id } } }`, { id: ids.department }, tokens[who])).department.form.id).toBe(ids.form);
    const deps = ok(await t.gql(`{ departments { edges { node { id } } } }`, {}, tokens[who])).departments;
    expect(deps.edges.map((e: any) => e.node.id)).toEqual([ids.department]);
  });

  it('shows the operator an empty directory: it is not a member', async () => {
    expect(ok(await t.gql(`{ directory { totalCount } }`, {}, tokens.operator)).directory.totalCount).toBe(0);
  });
});
