import { ManualClock } from '../../src/common/clock';
import { CriticalRosterChange } from '../../src/modules/members/critical-roster.entity';
import { seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type GqlResponse, type TestServer } from '../support/server';

let t: TestServer;
const clock = new ManualClock(new Date('2026-03-02T09:00:00.000Z'));
let a: SeededMember;
let b: SeededMember;
beforeAll(async () => {
  t = await startTestServer({ clock });
  a = await seed(t).member();
  b = await seed(t).member();
});
afterAll(() => t.close());

const ZERO = '00000000-0000-4000-8000-000000000000';
const ADD = `mutation($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id onCriticalTeam } } }`;
const REMOVE = `mutation($input: RemoveFromCriticalTeamInput!) { removeFromCriticalTeam(input: $input) { user { id onCriticalTeam } } }`;
const SET_TOKEN = `mutation($input: SetTokenCriticalAccessInput!) { setTokenCriticalAccess(input: $input) { token { id service canSubmitCritical } } }`;
const TEAM = `query($id: ID!) { member(id: $id) { criticalTeam(first: 100) { totalCount edges { node { id onCriticalTeam } } } } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) { member(id: $id) { criticalRosterHistory(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id added at user { id } token { id service } actor { id } } } } } }`;

const add = (m: SeededMember, userId: string, token = m.admin.token) => t.gql(ADD, { input: { userId } }, token);
const remove = (m: SeededMember, userId: string, token = m.admin.token) => t.gql(REMOVE, { input: { userId } }, token);
const setToken = (m: SeededMember, tokenId: string, allowed: boolean, token = m.admin.token) => t.gql(SET_TOKEN, { input: { tokenId, allowed } }, token);

async function teamIds(m: SeededMember, token = m.admin.token): Promise<string[]> {
  return ok(await t.gql(TEAM, { id: m.id }, token)).member.criticalTeam.edges.map((e: any) => e.node.id);
}
async function history(m: SeededMember, token = m.admin.token): Promise<any[]> {
  return ok(await t.gql(HISTORY, { id: m.id, first: 100 }, token)).member.criticalRosterHistory.edges.map((e: any) => e.node);
}
const rowsOf = (m: SeededMember) => t.dataSource.manager.countBy(CriticalRosterChange, { memberId: m.id });

describe('addToCriticalTeam and removeFromCriticalTeam', () => {
  it('puts a user on the team and takes them off: onCriticalTeam, Member.users and Member.criticalTeam follow', async () => {
    const m = await seed(t).member();
    const grace = await m.user('ENGINEER', 'Grace Hopper');
    await m.user('ENGINEER', 'Alan Turing');
    const search = `query($id: ID!) { member(id: $id) { users(search: "hopper") { edges { node { id onCriticalTeam } } } } }`;

    const added = ok(await add(m, grace.id)).addToCriticalTeam.user;
    expect(added).toEqual({ id: grace.id, onCriticalTeam: true });
    expect(ok(await t.gql(search, { id: m.id }, m.admin.token)).member.users.edges).toEqual([{ node: { id: grace.id, onCriticalTeam: true } }]);
    expect(await teamIds(m)).toEqual([grace.id]);

    const removed = ok(await remove(m, grace.id)).removeFromCriticalTeam.user;
    expect(removed).toEqual({ id: grace.id, onCriticalTeam: false });
    expect(ok(await t.gql(search, { id: m.id }, m.admin.token)).member.users.edges).toEqual([{ node: { id: grace.id, onCriticalTeam: false } }]);
    expect(await teamIds(m)).toEqual([]);
  });

  it('records every change with its actor and time, oldest first', async () => {
    const m = await seed(t).member();
    const secondAdmin = await m.user('ADMIN', 'Second Admin');
    const eng = await m.user();
    const svc = await m.serviceToken();
    const t0 = clock.now().getTime();
    ok(await add(m, eng.id));
    clock.advance(60_000);
    ok(await setToken(m, svc.id, true, secondAdmin.token));
    clock.advance(60_000);
    ok(await remove(m, eng.id, secondAdmin.token));

    const rows = await history(m);
    expect(rows.map(({ id: _id, ...r }) => r)).toEqual([
      { added: true, at: new Date(t0).toISOString(), user: { id: eng.id }, token: null, actor: { id: m.admin.id } },
      { added: true, at: new Date(t0 + 60_000).toISOString(), user: null, token: { id: svc.id, service: true }, actor: { id: secondAdmin.id } },
      { added: false, at: new Date(t0 + 120_000).toISOString(), user: { id: eng.id }, token: null, actor: { id: secondAdmin.id } },
    ]);
  });

  it('pages the history with cursors', async () => {
    const m = await seed(t).member();
    const eng = await m.user();
    for (let i = 0; i < 3; i++) {
      ok(await add(m, eng.id));
      ok(await remove(m, eng.id));
    }
    const p1 = ok(await t.gql(HISTORY, { id: m.id, first: 4 }, m.admin.token)).member.criticalRosterHistory;
    const p2 = ok(await t.gql(HISTORY, { id: m.id, first: 4, after: p1.pageInfo.endCursor }, m.admin.token)).member.criticalRosterHistory;
    expect(p1.totalCount).toBe(6);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect([...p1.edges, ...p2.edges].map((e: any) => e.node.added)).toEqual([true, false, true, false, true, false]);
  });

  it('records nothing new when adding someone already on the team, or removing someone not on it', async () => {
    const m = await seed(t).member();
    const eng = await m.user();
    expect(ok(await remove(m, eng.id)).removeFromCriticalTeam.user.onCriticalTeam).toBe(false);
    expect(await rowsOf(m)).toBe(0);
    ok(await add(m, eng.id));
    expect(ok(await add(m, eng.id)).addToCriticalTeam.user.onCriticalTeam).toBe(true);
    expect(await history(m)).toHaveLength(1);
    expect(await teamIds(m)).toEqual([eng.id]);
  });

  it('records one change when the same user is added by concurrent calls', async () => {
    const m = await seed(t).member();
    const eng = await m.user();
    const results = await Promise.all(Array.from({ length: 5 }, () => add(m, eng.id)));
    for (const res of results) expect(ok(res).addToCriticalTeam.user.onCriticalTeam).toBe(true);
    expect(await rowsOf(m)).toBe(1);
  });

  it("answers NOT_FOUND for another member's user and for an unknown id, changing nothing", async () => {
    const userOfB = await b.user();
    for (const res of [await add(a, userOfB.id), await remove(a, userOfB.id), await add(a, ZERO)]) {
      expect(res.data).toBeNull();
      expect(onlyError(res).extensions.code).toBe('NOT_FOUND');
    }
    expect(ok(await t.gql(`query($id: ID!) { user(id: $id) { onCriticalTeam } }`, { id: userOfB.id }, b.admin.token)).user.onCriticalTeam).toBe(false);
    expect(await rowsOf(a)).toBe(0);
    expect(await rowsOf(b)).toBe(0);
  });

  it('names a malformed user id as a bad field', async () => {
    expect(onlyError(await add(a, 'not-an-id')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
  });
});

describe('setTokenCriticalAccess', () => {
  const tokensOf = async (m: SeededMember) =>
    ok(await t.gql(`query($id: ID!) { member(id: $id) { tokens(first: 100) { edges { node { id canSubmitCritical } } } } }`, { id: m.id }, m.admin.token)).member.tokens.edges.map(
      (e: any) => e.node,
    );

  it('grants a service token critical access and withdraws it, recording both', async () => {
    const m = await seed(t).member();
    const svc = await m.serviceToken();
    expect(ok(await setToken(m, svc.id, true)).setTokenCriticalAccess.token).toEqual({ id: svc.id, service: true, canSubmitCritical: true });
    expect(await tokensOf(m)).toContainEqual({ id: svc.id, canSubmitCritical: true });
    expect(ok(await t.gql(`{ viewer { token { id canSubmitCritical } } }`, {}, svc.token)).viewer.token).toEqual({ id: svc.id, canSubmitCritical: true });

    expect(ok(await setToken(m, svc.id, false)).setTokenCriticalAccess.token.canSubmitCritical).toBe(false);
    expect(await tokensOf(m)).toContainEqual({ id: svc.id, canSubmitCritical: false });
    expect((await history(m)).map((r) => [r.added, r.token.id, r.actor.id])).toEqual([
      [true, svc.id, m.admin.id],
      [false, svc.id, m.admin.id],
    ]);
  });

  it('records nothing new when the token already has the access asked for', async () => {
    const m = await seed(t).member();
    const svc = await m.serviceToken();
    ok(await setToken(m, svc.id, false));
    expect(await rowsOf(m)).toBe(0);
    ok(await setToken(m, svc.id, true));
    ok(await setToken(m, svc.id, true));
    expect(await rowsOf(m)).toBe(1);
  });

  it("refuses a personal token with BAD_USER_INPUT on tokenId: it follows its user's roster place", async () => {
    const m = await seed(t).member();
    await m.user(); // with a personal token of its own
    const personal = (await tokensOf(m)).map((n: any) => n.id);
    for (const tokenId of personal) {
      const err = onlyError(await setToken(m, tokenId, true));
      expect(err.extensions.code).toBe('BAD_USER_INPUT');
      expect(err.extensions.fields).toEqual([{ path: 'tokenId', message: expect.stringMatching(/personal tokens follow their user's roster place/) }]);
    }
    expect(personal).toHaveLength(2); // the first admin's and the engineer's
    expect(await rowsOf(m)).toBe(0);
  });

  it("answers NOT_FOUND for another member's token and for an unknown id", async () => {
    const svcOfB = await b.serviceToken();
    for (const res of [await setToken(a, svcOfB.id, true), await setToken(a, ZERO, true)]) expect(onlyError(res).extensions.code).toBe('NOT_FOUND');
    const bTokens = ok(await t.gql(`query($id: ID!) { member(id: $id) { tokens(first: 100) { edges { node { id canSubmitCritical } } } } }`, { id: b.id }, b.admin.token));
    expect(bTokens.member.tokens.edges.map((e: any) => e.node)).toContainEqual({ id: svcOfB.id, canSubmitCritical: false });
  });

  it('refuses a revoked token (BAD_USER_INPUT on tokenId)', async () => {
    const m = await seed(t).member();
    const svc = await m.serviceToken();
    ok(await t.gql(`mutation($input: RevokeTokenInput!) { revokeToken(input: $input) { token { id } } }`, { input: { id: svc.id } }, m.admin.token));
    const err = onlyError(await setToken(m, svc.id, true));
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'tokenId' }] });
    expect(await rowsOf(m)).toBe(0);
  });
});

describe('who may change the roster', () => {
  let m: SeededMember;
  let target: { id: string };
  let svcTarget: { id: string };
  let callers: Record<'engineer' | 'service' | 'operator', string>;
  beforeAll(async () => {
    m = await seed(t).member();
    target = await m.user();
    svcTarget = await m.serviceToken();
    callers = { engineer: (await m.user()).token, service: (await m.serviceToken()).token, operator: t.operatorToken };
  });

  const calls: Array<[string, (token: string) => Promise<GqlResponse>]> = [
    ['addToCriticalTeam', (token) => add(m, target.id, token)],
    ['removeFromCriticalTeam', (token) => remove(m, target.id, token)],
    ['setTokenCriticalAccess', (token) => setToken(m, svcTarget.id, true, token)],
  ];
  const cells = calls.flatMap(([name, call]) => (['engineer', 'service', 'operator'] as const).map((who) => [name, who, call] as const));

  it.each(cells)('refuses %s to the %s (FORBIDDEN: role ADMIN is required), changing nothing', async (_name, who, call) => {
    const res = await call(callers[who]);
    expect(res.data).toBeNull();
    expect(onlyError(res).extensions.code).toBe('FORBIDDEN');
    expect(await rowsOf(m)).toBe(0);
  });

  it('is FORBIDDEN before anything is looked up: a role without the right gets FORBIDDEN for an unknown id too', async () => {
    expect(onlyError(await add(m, ZERO, callers.engineer)).extensions.code).toBe('FORBIDDEN');
    expect(onlyError(await setToken(m, ZERO, true, callers.service)).extensions.code).toBe('FORBIDDEN');
  });
});

describe('Member.criticalTeam and Member.criticalRosterHistory', () => {
  let m: SeededMember;
  let onTeam: { id: string; token: string };
  beforeAll(async () => {
    m = await seed(t).member();
    onTeam = await m.user('ENGINEER', 'On Team');
    await m.user('ENGINEER', 'Off Team');
    ok(await add(m, onTeam.id));
  });

  it('shows the operator the team but not the history (an empty connection)', async () => {
    expect(await teamIds(m, t.operatorToken)).toEqual([onTeam.id]);
    const h = ok(await t.gql(HISTORY, { id: m.id }, t.operatorToken)).member.criticalRosterHistory;
    expect(h).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it("shows the member's engineer and service token the team but not the history", async () => {
    const svc = await m.serviceToken();
    for (const token of [onTeam.token, svc.token]) {
      expect(await teamIds(m, token)).toEqual([onTeam.id]);
      expect(ok(await t.gql(HISTORY, { id: m.id }, token)).member.criticalRosterHistory.totalCount).toBe(0);
    }
    expect(await history(m)).toHaveLength(1);
  });

  it("lists each member's own team in the operator's list of members", async () => {
    const res = ok(await t.gql(`{ members(first: 100) { edges { node { id criticalTeam { totalCount edges { node { id } } } } } } }`, {}, t.operatorToken));
    const byId = new Map(res.members.edges.map((e: any) => [e.node.id, e.node.criticalTeam]));
    expect(byId.get(m.id)).toEqual({ totalCount: 1, edges: [{ node: { id: onTeam.id } }] });
    expect(byId.get(b.id)).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('what the roster opens', () => {
  it('lets users on the team and granted service tokens find critical-escalation departments, and nobody else', async () => {
    const s = seed(t);
    const critical = await s.group({ name: 'Critical', kind: 'CRITICAL_ESCALATION', slaPolicy: undefined, calendar: undefined });
    const x = await s.member();
    const y = await s.member();
    await s.join(x, critical.id, '24x7 desk x@example.com');
    await s.join(y, critical.id, '24x7 desk y@example.com');
    const desk = await s.department(y, critical.id, (await s.form(y)).id, 'Critical desk');
    const dir = async (token: string) => ok(await t.gql(`{ directory { edges { node { department { id } } } } }`, {}, token)).directory.edges.map((e: any) => e.node.department.id);
    const eng = await x.user();
    const svc = await x.serviceToken();
    expect(await dir(eng.token)).toEqual([]);
    expect(await dir(svc.token)).toEqual([]);

    ok(await add(x, eng.id));
    ok(await setToken(x, svc.id, true));
    expect(await dir(eng.token)).toEqual([desk.id]);
    expect(await dir(svc.token)).toEqual([desk.id]);
    expect(await dir(x.admin.token)).toEqual([]);

    ok(await remove(x, eng.id));
    ok(await setToken(x, svc.id, false));
    expect(await dir(eng.token)).toEqual([]);
    expect(await dir(svc.token)).toEqual([]);
  });
});
