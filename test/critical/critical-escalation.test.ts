import { CollaborationRequest } from '../../src/modules/requests/request.entity';
import { act, REQUEST_FIELDS, seed, type SeededMember, type SeededUser } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';
import { INBOUND, subscribe } from '../support/subscriber';

let t: TestServer;
let critical: { id: string };
let a: SeededMember;
let b: SeededMember;
let roster: SeededUser;
let department: { id: string };
beforeAll(async () => {
  t = await startTestServer();
  const s = seed(t);
  critical = await s.group({ name: 'Critical Escalation', kind: 'CRITICAL_ESCALATION', slaPolicy: undefined, calendar: undefined });
  [a, b] = [await s.member(), await s.member()];
  await s.join(a, critical.id, 'A runs a 24x7 critical desk: +1 555 0100');
  await s.join(b, critical.id, 'B runs a 24x7 critical desk: +1 555 0200');
  department = await s.department(b, critical.id, (await s.form(b)).id, 'Critical desk');
  roster = await a.user('ENGINEER', 'Rita Roster');
  ok(await t.gql(`mutation($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { onCriticalTeam } } }`, { input: { userId: roster.id } }, a.admin.token));
});
afterAll(() => t.close());

const SUBMIT = `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { ${REQUEST_FIELDS} } } }`;
const input = (overrides: Record<string, unknown> = {}) => ({
  departmentId: department.id,
  priority: 'P3',
  summary: 'Bank core system down after storage failover',
  data: { product: 'Array X' },
  requesterCaseNumber: 'A-CRIT-1',
  receiverCaseNumber: 'B-OPEN-42',
  businessImpact: 'All branch payments stopped',
  ...overrides,
});
const count = () => t.dataSource.manager.countBy(CollaborationRequest, { critical: true });

describe('submitting a critical escalation', () => {
  it('is allowed to the roster, flagged critical, under the fixed 24x7 policy', async () => {
    const r = ok(await t.gql(SUBMIT, { input: input() }, roster.token)).submitRequest.request;
    expect(r).toMatchObject({ critical: true, receiverCaseNumber: 'B-OPEN-42', businessImpact: 'All branch payments stopped', group: { id: critical.id } });
  });

  it('is FORBIDDEN to an engineer not on the roster and to the admin, writing nothing', async () => {
    const before = await count();
    const eng = await a.user();
    for (const token of [eng.token, a.admin.token]) expect(onlyError(await t.gql(SUBMIT, { input: input() }, token)).extensions.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('is FORBIDDEN to a service token until the admin grants it', async () => {
    const svc = await a.serviceToken();
    expect(onlyError(await t.gql(SUBMIT, { input: input() }, svc.token)).extensions.code).toBe('FORBIDDEN');
    ok(await t.gql(`mutation($input: SetTokenCriticalAccessInput!) { setTokenCriticalAccess(input: $input) { token { canSubmitCritical } } }`, { input: { tokenId: svc.id, allowed: true } }, a.admin.token));
    expect(ok(await t.gql(SUBMIT, { input: input() }, svc.token)).submitRequest.request.critical).toBe(true);
  });

  it('is FORBIDDEN on the next submission once removed from the roster', async () => {
    const u = await a.user();
    ok(await t.gql(`mutation($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id } } }`, { input: { userId: u.id } }, a.admin.token));
    ok(await t.gql(SUBMIT, { input: input() }, u.token));
    ok(await t.gql(`mutation($input: RemoveFromCriticalTeamInput!) { removeFromCriticalTeam(input: $input) { user { id } } }`, { input: { userId: u.id } }, a.admin.token));
    expect(onlyError(await t.gql(SUBMIT, { input: input() }, u.token)).extensions.code).toBe('FORBIDDEN');
  });

  it('needs the business impact and the case already open with the receiver', async () => {
    const res = await t.gql(SUBMIT, { input: input({ businessImpact: null, receiverCaseNumber: ' ' }) }, roster.token);
    expect(onlyError(res).extensions.code).toBe('BAD_USER_INPUT');
    expect(onlyError(res).extensions.fields!.map((f) => f.path).sort()).toEqual(['businessImpact', 'receiverCaseNumber']);
  });

  it('needs an inbound critical department on the receiving side', async () => {
    const c = await seed(t).member();
    await seed(t).join(c, critical.id, 'C attests');
    const depts = ok(await t.gql(`{ directory(first: 100) { edges { node { member { id } } } } }`, {}, roster.token)).directory.edges.map((e: any) => e.node.member.id);
    expect(depts).toContain(b.id);
    expect(depts).not.toContain(c.id); // C has no critical department: nothing to submit to
  });

  it('cannot be sent by, nor to, a suspended member', async () => {
    const s = seed(t);
    const x = await s.member();
    const y = await s.member();
    await s.join(x, critical.id, 'X attests');
    const yMembership = await s.join(y, critical.id, 'Y attests');
    const yDept = await s.department(y, critical.id, (await s.form(y)).id, 'Y critical');
    const xr = await x.user();
    ok(await t.gql(`mutation($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id } } }`, { input: { userId: xr.id } }, x.admin.token));
    ok(await t.gql(SUBMIT, { input: input({ departmentId: yDept.id }) }, xr.token));
    ok(await t.gql(`mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id } } }`, { input: { id: yMembership, reason: 'audit' } }, t.operatorToken));
    expect(onlyError(await t.gql(SUBMIT, { input: input({ departmentId: yDept.id }) }, xr.token)).extensions.code).toBe('NOT_FOUND');
    const yr = await y.user();
    ok(await t.gql(`mutation($input: AddToCriticalTeamInput!) { addToCriticalTeam(input: $input) { user { id } } }`, { input: { userId: yr.id } }, y.admin.token));
    expect(onlyError(await t.gql(SUBMIT, { input: input() }, yr.token)).extensions.code).toBe('NOT_FOUND');
  });
});

describe('critical everywhere', () => {
  it("flags the receiver's push, every event and the filter", async () => {
    const svcB = await b.serviceToken();
    const pushes = subscribe(t.wsUrl, svcB.token, INBOUND('type critical request { id critical }'), { after: Buffer.from('e:0').toString('base64url') });
    const r = ok(await t.gql(SUBMIT, { input: input({ requesterCaseNumber: 'PUSH' }) }, roster.token)).submitRequest.request;
    await pushes.waitFor((ev) => ev.some((e) => e.request.id === r.id));
    expect(pushes.events.find((e) => e.request.id === r.id)).toEqual({ type: 'REQUEST_SUBMITTED', critical: true, request: { id: r.id, critical: true } });
    await pushes.dispose();
    ok(await act(t, 'addNote', { requestId: r.id, body: 'on it' }, svcB.token));
    const events = ok(await t.gql(`{ events(first: 100) { edges { node { critical request { id } } } } }`, {}, roster.token)).events.edges.filter((e: any) => e.node.request.id === r.id);
    expect(events.length).toBe(2);
    for (const e of events) expect(e.node.critical).toBe(true);
    const crit = ok(await t.gql(`{ inboundRequests(filter: { critical: true }, first: 100) { edges { node { id critical } } } }`, {}, svcB.token)).inboundRequests.edges;
    expect(crit.map((e: any) => e.node.id)).toContain(r.id);
    const normal = ok(await t.gql(`{ inboundRequests(filter: { critical: false }, first: 100) { totalCount } }`, {}, svcB.token)).inboundRequests;
    expect(normal.totalCount).toBe(0);
  });
});
