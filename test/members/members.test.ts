import { Member } from '../../src/modules/members/member.entity';
import { User } from '../../src/modules/members/user.entity';
import { seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let a: SeededMember;
let b: SeededMember;
beforeAll(async () => {
  t = await startTestServer();
  a = await seed(t).member();
  b = await seed(t).member();
});
afterAll(() => t.close());

const CREATE_MEMBER = `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id name } adminUser { id email role member { id } } adminToken } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email name role onCriticalTeam member { id } } } }`;

describe('createMember', () => {
  it('admits a member with its first admin, whose token works at once', async () => {
    const res = ok(await t.gql(CREATE_MEMBER, { input: { name: '  Acme Storage ', admin: { email: 'Ops@Acme.example', name: 'Ada' } } }, t.operatorToken));
    const m = res.createMember;
    expect(m.member.name).toBe('Acme Storage');
    expect(m.adminUser).toMatchObject({ email: 'ops@acme.example', role: 'ADMIN', member: { id: m.member.id } });
    expect(m.adminToken).toMatch(/^cdk_/);
    expect(ok(await t.gql(`{ viewer { member { id } } }`, {}, m.adminToken)).viewer.member.id).toBe(m.member.id);
  });

  it('refuses a second member of the same name, whatever the case (CONFLICT), writing nothing', async () => {
    const before = await t.dataSource.manager.count(Member);
    const res = await t.gql(CREATE_MEMBER, { input: { name: a.name.toUpperCase(), admin: { email: 'new-admin@example.com', name: 'X' } } }, t.operatorToken);
    expect(onlyError(res).extensions.code).toBe('CONFLICT');
    expect(await t.dataSource.manager.count(Member)).toBe(before);
    expect(await t.dataSource.manager.countBy(User, { email: 'new-admin@example.com' })).toBe(0);
  });

  it('refuses an e-mail already used on the network (CONFLICT)', async () => {
    const res = await t.gql(CREATE_MEMBER, { input: { name: 'Fresh Co', admin: { email: a.admin.email.toUpperCase(), name: 'X' } } }, t.operatorToken);
    expect(onlyError(res).extensions.code).toBe('CONFLICT');
  });

  it('names every bad field at once (BAD_USER_INPUT)', async () => {
    const res = await t.gql(CREATE_MEMBER, { input: { name: '   ', admin: { email: 'not-an-email', name: '' } } }, t.operatorToken);
    const err = onlyError(res);
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    const paths = err.extensions.fields!.map((f) => f.path).sort();
    expect([...new Set(paths)]).toEqual(['admin.email', 'admin.name', 'name']);
  });

  it('is FORBIDDEN to a member admin', async () => {
    const res = await t.gql(CREATE_MEMBER, { input: { name: 'Sneaky', admin: { email: 'sneaky@example.com', name: 'S' } } }, a.admin.token);
    expect(onlyError(res).extensions.code).toBe('FORBIDDEN');
  });
});

describe('createUser', () => {
  it("adds a user to the admin's own member", async () => {
    const res = ok(await t.gql(CREATE_USER, { input: { email: 'eve@a.example', name: 'Eve', role: 'ENGINEER' } }, a.admin.token));
    expect(res.createUser.user).toMatchObject({ email: 'eve@a.example', role: 'ENGINEER', onCriticalTeam: false, member: { id: a.id } });
  });

  it('is FORBIDDEN to an engineer', async () => {
    const eng = await a.user();
    const res = await t.gql(CREATE_USER, { input: { email: 'x1@a.example', name: 'X', role: 'ADMIN' } }, eng.token);
    expect(onlyError(res).extensions.code).toBe('FORBIDDEN');
  });

  it('is FORBIDDEN to a service token, which never acts as admin', async () => {
    const svc = await a.serviceToken();
    const res = await t.gql(CREATE_USER, { input: { email: 'x2@a.example', name: 'X', role: 'ADMIN' } }, svc.token);
    expect(onlyError(res).extensions.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown role and a bad e-mail', async () => {
    const role = await t.gql(CREATE_USER, { input: { email: 'x3@a.example', name: 'X', role: 'OWNER' } }, a.admin.token);
    expect(onlyError(role).extensions.code).toBe('BAD_USER_INPUT');
    const email = onlyError(await t.gql(CREATE_USER, { input: { email: 'x3@', name: 'X', role: 'ADMIN' } }, a.admin.token));
    expect(email.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'email' }] });
  });
});

describe('member and members', () => {
  it('shows the operator every member', async () => {
    const res = ok(await t.gql(`{ members(first: 100) { totalCount edges { node { id } } } }`, {}, t.operatorToken)).members;
    const ids = res.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(res.totalCount).toBe(ids.length);
  });

  it('shows a member only itself', async () => {
    const res = ok(await t.gql(`{ members { totalCount edges { node { id } } } }`, {}, a.admin.token)).members;
    expect(res).toEqual({ totalCount: 1, edges: [{ node: { id: a.id } }] });
  });

  it('answers NOT_FOUND with null data for another member, as for an id that does not exist', async () => {
    const other = await t.gql(`query($id: ID!) { member(id: $id) { id name } }`, { id: b.id }, a.admin.token);
    const missing = await t.gql(`query($id: ID!) { member(id: $id) { id name } }`, { id: '00000000-0000-4000-8000-000000000000' }, a.admin.token);
    const junk = await t.gql(`query($id: ID!) { member(id: $id) { id name } }`, { id: 'junk' }, a.admin.token);
    for (const res of [other, missing, junk]) {
      expect(res.data).toEqual({ member: null });
      expect(onlyError(res).extensions.code).toBe('NOT_FOUND');
    }
    expect(onlyError(other).message.replace(b.id, 'ID')).toBe(onlyError(missing).message.replace('00000000-0000-4000-8000-000000000000', 'ID'));
  });

  it("answers NOT_FOUND when member A's admin asks for member B's user", async () => {
    const userOfB = await b.user();
    const res = await t.gql(`query($id: ID!) { user(id: $id) { id email } }`, { id: userOfB.id }, a.admin.token);
    expect(res.data).toEqual({ user: null });
    expect(onlyError(res).extensions.code).toBe('NOT_FOUND');
  });
});

describe('Member.users', () => {
  it('searches names and e-mails case-insensitively', async () => {
    const m = await seed(t).member();
    await m.user('ENGINEER', 'Grace Hopper');
    await m.user('ENGINEER', 'Alan Turing');
    const q = `query($id: ID!, $s: String) { member(id: $id) { users(search: $s) { totalCount edges { node { name email } } } } }`;
    const byName = ok(await t.gql(q, { id: m.id, s: 'hOPPer' }, m.admin.token)).member.users;
    expect(byName.edges.map((e: any) => e.node.name)).toEqual(['Grace Hopper']);
    const byEmail = ok(await t.gql(q, { id: m.id, s: 'ADMIN-' }, m.admin.token)).member.users;
    expect(byEmail.edges.map((e: any) => e.node.name)).toEqual(['First Admin']);
    const wildcard = ok(await t.gql(q, { id: m.id, s: '%' }, m.admin.token)).member.users;
    expect(wildcard.totalCount).toBe(0);
  });

  it('pages with stable cursors while users are added', async () => {
    const m = await seed(t).member();
    for (let i = 0; i < 4; i++) await m.user();
    const q = `query($id: ID!, $after: String) { member(id: $id) { users(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } } }`;
    const p1 = ok(await t.gql(q, { id: m.id }, m.admin.token)).member.users;
    expect(p1.edges).toHaveLength(2);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    await m.user(); // inserted between pages: appears at the end, shifts nothing
    const p2 = ok(await t.gql(q, { id: m.id, after: p1.pageInfo.endCursor }, m.admin.token)).member.users;
    const p3 = ok(await t.gql(q, { id: m.id, after: p2.pageInfo.endCursor }, m.admin.token)).member.users;
    const ids = [...p1.edges, ...p2.edges, ...p3.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(6);
    expect(p3.pageInfo.hasNextPage).toBe(false);
    expect(p1.totalCount).toBe(5);
    expect(p3.totalCount).toBe(6);
  });

  it('refuses a cursor that is not one of ours and a page over 100', async () => {
    const q = `query($id: ID!, $after: String, $first: Int) { member(id: $id) { users(first: $first, after: $after) { totalCount } } }`;
    const bad = await t.gql(q, { id: a.id, after: 'garbage' }, a.admin.token);
    expect(onlyError(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] });
    const big = await t.gql(q, { id: a.id, first: 1000 }, a.admin.token);
    expect(onlyError(big).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'first' }] });
  });
});
