import { Department } from '../../src/modules/departments/department.entity';
import { seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const CREATE = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { department { id name description archivedAt member { id } group { id } form { id version } } } }`;
const UPDATE = `mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id name description form { id } } } }`;
const ARCHIVE = `mutation($input: ArchiveDepartmentInput!) { archiveDepartment(input: $input) { department { id archivedAt } } }`;
const DIRECTORY = `query($search: String, $groupId: ID, $first: Int, $after: String) { directory(search: $search, groupId: $groupId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { department { id name } member { id name } group { id } } } } }`;

/** Three vendors in one group (A, B active; C active elsewhere only) and a network view. */
async function world() {
  const s = seed(t);
  const group = await s.group();
  const other = await s.group();
  const a = await s.member(`Alpha Storage ${Math.random()}`);
  const b = await s.member(`Beta Hypervisors ${Math.random()}`);
  const c = await s.member(`Gamma Networks ${Math.random()}`);
  await s.join(a, group.id);
  await s.join(b, group.id);
  await s.join(c, other.id);
  await s.join(b, other.id);
  return { s, group, other, a, b, c };
}

const dirIds = async (token: string, vars: Record<string, unknown> = {}) =>
  ok(await t.gql(DIRECTORY, { first: 100, ...vars }, token)).directory.edges.map((e: any) => e.node.department.id);

describe('createDepartment', () => {
  it('links an active group to one of the member\'s forms; several per group are fine', async () => {
    const { s, group, a } = await world();
    const form = await s.form(a);
    const one = ok(await t.gql(CREATE, { input: { groupId: group.id, formId: form.id, name: 'Storage', description: 'Arrays' } }, a.admin.token)).createDepartment.department;
    expect(one).toMatchObject({ name: 'Storage', member: { id: a.id }, group: { id: group.id }, form: { id: form.id, version: 1 }, archivedAt: null });
    ok(await t.gql(CREATE, { input: { groupId: group.id, formId: form.id, name: 'Networking' } }, a.admin.token));
  });

  it('refuses a group the member is not ACTIVE in (BAD_USER_INPUT on groupId)', async () => {
    const { s, other, a } = await world();
    const form = await s.form(a);
    const res = await t.gql(CREATE, { input: { groupId: other.id, formId: form.id, name: 'X' } }, a.admin.token);
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'groupId' }] });
  });

  it("answers NOT_FOUND for another member's form", async () => {
    const { s, group, a, b } = await world();
    const theirs = await s.form(b);
    expect(onlyError(await t.gql(CREATE, { input: { groupId: group.id, formId: theirs.id, name: 'X' } }, a.admin.token)).extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a second active department of the same name in the group (CONFLICT)', async () => {
    const { s, group, a } = await world();
    const form = await s.form(a);
    await s.department(a, group.id, form.id, 'Storage');
    const res = await t.gql(CREATE, { input: { groupId: group.id, formId: form.id, name: 'storage' } }, a.admin.token);
    expect(onlyError(res).extensions.code).toBe('CONFLICT');
  });

  it('is FORBIDDEN to an engineer', async () => {
    const { s, group, a } = await world();
    const form = await s.form(a);
    const eng = await a.user();
    expect(onlyError(await t.gql(CREATE, { input: { groupId: group.id, formId: form.id, name: 'X' } }, eng.token)).extensions.code).toBe('FORBIDDEN');
  });
});

describe('updateDepartment and archiveDepartment', () => {
  it('switches the form and renames', async () => {
    const { s, group, a } = await world();
    const f1 = await s.form(a);
    const f2 = await s.form(a);
    const d = await s.department(a, group.id, f1.id);
    const res = ok(await t.gql(UPDATE, { input: { id: d.id, formId: f2.id, name: 'Renamed', description: null } }, a.admin.token)).updateDepartment.department;
    expect(res).toMatchObject({ name: 'Renamed', description: null, form: { id: f2.id } });
  });

  it('archives: hidden from the directory, kept for history', async () => {
    const { s, group, a, b } = await world();
    const d = await s.department(b, group.id, (await s.form(b)).id);
    expect(await dirIds(a.admin.token)).toContain(d.id);
    const archived = ok(await t.gql(ARCHIVE, { input: { id: d.id } }, b.admin.token)).archiveDepartment.department;
    expect(archived.archivedAt).toEqual(expect.any(String));
    expect(await dirIds(a.admin.token)).not.toContain(d.id);
    expect(await t.dataSource.manager.existsBy(Department, { id: d.id })).toBe(true);
    const own = ok(await t.gql(`{ departments(includeArchived: true) { edges { node { id archivedAt } } } }`, {}, b.admin.token)).departments;
    expect(own.edges.map((e: any) => e.node.id)).toContain(d.id);
  });

  it("answers NOT_FOUND for another member's department", async () => {
    const { s, group, a, b } = await world();
    const d = await s.department(b, group.id, (await s.form(b)).id);
    expect(onlyError(await t.gql(UPDATE, { input: { id: d.id, name: 'mine' } }, a.admin.token)).extensions.code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql(ARCHIVE, { input: { id: d.id } }, a.admin.token)).extensions.code).toBe('NOT_FOUND');
  });
});

describe('directory', () => {
  it("lists other members' departments in groups where both are ACTIVE, never the caller's own", async () => {
    const { s, group, other, a, b, c } = await world();
    const dA = await s.department(a, group.id, (await s.form(a)).id);
    const dB = await s.department(b, group.id, (await s.form(b)).id);
    const dBother = await s.department(b, other.id, (await s.form(b)).id);
    const dC = await s.department(c, other.id, (await s.form(c)).id);
    expect(await dirIds(a.admin.token)).toEqual([dB.id]);
    expect((await dirIds(b.admin.token)).sort()).toEqual([dA.id, dC.id].sort());
    expect(await dirIds(c.admin.token)).toEqual([dBother.id]);
    const eng = await a.user();
    const svc = await a.serviceToken();
    expect(await dirIds(eng.token)).toEqual([dB.id]);
    expect(await dirIds(svc.token)).toEqual([dB.id]);
  });

  it('forgets a member whose membership is suspended, and shows it again once approved', async () => {
    const { s, group, a, b } = await world();
    const dB = await s.department(b, group.id, (await s.form(b)).id);
    const mid = ok(await t.gql(`query($id: ID!) { member(id: $id) { memberships { edges { node { id group { id } } } } } }`, { id: b.id }, b.admin.token))
      .member.memberships.edges.find((e: any) => e.node.group.id === group.id).node.id;
    ok(await t.gql(`mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id } } }`, { input: { id: mid, reason: 'audit' } }, t.operatorToken));
    expect(await dirIds(a.admin.token)).toEqual([]);
    ok(await t.gql(`mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { membership { id } } }`, { input: { id: mid } }, t.operatorToken));
    expect(await dirIds(a.admin.token)).toEqual([dB.id]);
  });

  it('searches member name, department name and description, case-insensitively, and filters by group', async () => {
    const { s, group, other, b, c } = await world();
    const dNet = await s.department(b, other.id, (await s.form(b)).id, 'Networking', 'Switches and fabrics');
    const dVm = await s.department(b, other.id, (await s.form(b)).id, 'Virtual machines', 'Guest OS issues');
    expect(await dirIds(c.admin.token, { search: 'NETWORK' })).toEqual([dNet.id]);
    expect(await dirIds(c.admin.token, { search: 'guest os' })).toEqual([dVm.id]);
    expect((await dirIds(c.admin.token, { search: 'beta hyper' })).sort()).toEqual([dNet.id, dVm.id].sort());
    expect(await dirIds(c.admin.token, { search: 'beta', groupId: group.id })).toEqual([]);
    expect((await dirIds(c.admin.token, { groupId: other.id })).length).toBe(2);
  });

  it('shows nothing to a member outside the group, and NOT_FOUND for its departments by id', async () => {
    const { s, group, b, c } = await world();
    const dB = await s.department(b, group.id, (await s.form(b)).id);
    expect(await dirIds(c.admin.token, { groupId: group.id })).toEqual([]);
    const res = await t.gql(`query($id: ID!) { department(id: $id) { id } }`, { id: dB.id }, c.admin.token);
    expect(res.data).toEqual({ department: null });
    expect(onlyError(res).extensions.code).toBe('NOT_FOUND');
  });

  it('pages with cursors', async () => {
    const { s, group, a, b } = await world();
    const form = await s.form(b);
    for (let i = 0; i < 5; i++) await s.department(b, group.id, form.id);
    const p1 = ok(await t.gql(DIRECTORY, { first: 3 }, a.admin.token)).directory;
    const p2 = ok(await t.gql(DIRECTORY, { first: 3, after: p1.pageInfo.endCursor }, a.admin.token)).directory;
    expect(p1.totalCount).toBe(5);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect(p2.edges).toHaveLength(2);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });

  it('shows critical-escalation departments only to the critical roster', async () => {
    const s = seed(t);
    let critical: { id: string };
    const existing = ok(await t.gql(`{ partnerGroups(first: 100) { edges { node { id kind } } } }`, {}, t.operatorToken)).partnerGroups.edges.find(
      (e: any) => e.node.kind === 'CRITICAL_ESCALATION',
    );
    critical = existing ? existing.node : await s.group({ name: 'Critical', kind: 'CRITICAL_ESCALATION', slaPolicy: undefined, calendar: undefined });
    const a = await s.member();
    const b = await s.member();
    await s.join(a, critical.id, '24x7 desk a@example.com');
    await s.join(b, critical.id, '24x7 desk b@example.com');
    const d = await s.department(b, critical.id, (await s.form(b)).id, 'Critical desk');
    const eng = await a.user();
    expect(await dirIds(eng.token)).toEqual([]);
    expect(await dirIds(a.admin.token)).toEqual([]);
    await t.dataSource.query('UPDATE user_account SET on_critical_team = true WHERE id = $1', [eng.id]);
    expect(await dirIds(eng.token)).toEqual([d.id]);
    const svc = await a.serviceToken();
    expect(await dirIds(svc.token)).toEqual([]);
    await t.dataSource.query('UPDATE api_token SET can_submit_critical = true WHERE id = $1', [svc.id]);
    expect(await dirIds(svc.token)).toEqual([d.id]);
  });
});
