import { CollaborationRequest } from '../../src/modules/requests/request.entity';
import { RequestEvent } from '../../src/modules/events/request-event.entity';
import { act, REQUEST_FIELDS, requestWorld, seed } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const SUBMIT = `mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { ${REQUEST_FIELDS} } } }`;
const counts = async () => [await t.dataSource.manager.count(CollaborationRequest), await t.dataSource.manager.count(RequestEvent)];

const allTypes = [
  { key: 'product', label: 'Product', type: 'SINGLE_SELECT', required: true, options: ['Array X', 'Array Y'] },
  { key: 'firmware', label: 'Firmware', type: 'TEXT', maxLength: 10 },
  { key: 'hosts', label: 'Hosts', type: 'NUMBER', min: 1, max: 64 },
  { key: 'since', label: 'Since', type: 'DATE', minDate: '2020-01-01', maxDate: '2030-12-31' },
  { key: 'contact', label: 'Contact', type: 'EMAIL' },
  { key: 'logs', label: 'Logs', type: 'URL' },
  { key: 'areas', label: 'Areas', type: 'MULTI_SELECT', options: ['io', 'net', 'mgmt'] },
  { key: 'reproducible', label: 'Reproducible', type: 'BOOLEAN' },
  { key: 'details', label: 'Details', type: 'LONG_TEXT' },
];

describe('submitRequest', () => {
  it("routes the request to B's department over the group, OPEN, with the form version and an event", async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    expect(r).toMatchObject({
      status: 'OPEN',
      priority: 'P2',
      critical: false,
      data: { product: 'Array X' },
      customer: { name: 'Globex', contactEmail: 'ops@globex.example', entitlementId: 'ENT-1' },
      requesterCaseNumber: 'A-1001',
      receiverCaseNumber: null,
      group: { id: w.group.id },
      fromMember: { id: w.a.id },
      toMember: { id: w.b.id },
      department: { id: w.department.id },
      form: { version: 1, form: { id: w.form.id } },
      submittedBy: { id: w.engA.id },
      requesterAssignee: { id: w.engA.id },
      receiverAssignee: null,
    });
    const timeline = ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { timeline { edges { node { type actor { id } critical } } } } }`, { id: r.id }, w.engB.token));
    expect(timeline.collaborationRequest.timeline.edges.map((e: any) => e.node)).toEqual([{ type: 'REQUEST_SUBMITTED', actor: { id: w.engA.id }, critical: false }]);
  });

  it('keeps the form version it was submitted on after the form changes', async () => {
    const w = await requestWorld(t);
    const before = await w.submit();
    ok(await t.gql(`mutation($input: UpdateProcessFormInput!) { updateProcessForm(input: $input) { form { version } } }`, {
      input: { id: w.form.id, fields: [{ key: 'product', label: 'Product', type: 'TEXT', required: true }, { key: 'serial', label: 'Serial', type: 'TEXT', required: true }] },
    }, w.b.admin.token));
    const again = ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { form { version fields { key } } } }`, { id: before.id }, w.engA.token));
    expect(again.collaborationRequest.form).toEqual({ version: 1, fields: [{ key: 'product' }] });
    const missingSerial = await t.gql(SUBMIT, { input: w.input() }, w.engA.token);
    expect(onlyError(missingSerial).extensions.fields).toEqual([{ path: 'data.serial', message: 'is required' }]);
    const after = await w.submit({ data: { product: 'Array X', serial: 'SN1' } });
    expect(after.form.version).toBe(2);
  });

  it('validates the data against every field type and reports every bad field at once, writing nothing', async () => {
    const w = await requestWorld(t, {}, allTypes);
    const good = await w.submit({
      data: { product: 'Array Y', firmware: '7.1', hosts: 12, since: '2026-11-01', contact: 'a@b.example', logs: 'https://x.example/l', areas: ['net', 'io', 'net'], reproducible: false, details: 'long' },
    });
    expect(good.data.areas).toEqual(['io', 'net']);
    const before = await counts();
    const res = await t.gql(SUBMIT, {
      input: w.input({
        data: { product: 'Array Z', firmware: 'x'.repeat(11), hosts: 65, since: '2019-12-31', contact: 'nope', logs: 'ftp://x.example', areas: ['disk'], reproducible: 'yes', extra: 1 },
      }),
    }, w.engA.token);
    const err = onlyError(res);
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.fields!.map((f) => f.path).sort()).toEqual(
      ['data.areas', 'data.contact', 'data.extra', 'data.firmware', 'data.hosts', 'data.logs', 'data.product', 'data.reproducible', 'data.since'].sort(),
    );
    expect(await counts()).toEqual(before);
  });

  it('needs the customer in COLLABORATIVE and SOLUTION groups, not in OEM and SERVICE_PROVIDER', async () => {
    for (const kind of ['COLLABORATIVE', 'SOLUTION']) {
      const w = await requestWorld(t, { kind });
      const res = await t.gql(SUBMIT, { input: w.input({ customer: null }) }, w.engA.token);
      expect(onlyError(res).extensions.fields).toEqual([expect.objectContaining({ path: 'customer' })]);
    }
    for (const kind of ['OEM', 'SERVICE_PROVIDER']) {
      const w = await requestWorld(t, { kind });
      expect((await w.submit({ customer: null })).customer).toBeNull();
    }
  });

  it('needs a requester case number and a summary', async () => {
    const w = await requestWorld(t);
    const res = await t.gql(SUBMIT, { input: w.input({ requesterCaseNumber: ' ', summary: '' }) }, w.engA.token);
    expect(onlyError(res).extensions.fields!.map((f) => f.path).sort()).toEqual(expect.arrayContaining(['requesterCaseNumber', 'summary']));
  });

  it("refuses the caller's own department", async () => {
    const w = await requestWorld(t);
    const res = await t.gql(SUBMIT, { input: w.input() }, w.engB.token);
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'departmentId' }] });
  });

  it('answers NOT_FOUND for an archived department', async () => {
    const w = await requestWorld(t);
    ok(await t.gql(`mutation($input: ArchiveDepartmentInput!) { archiveDepartment(input: $input) { department { id } } }`, { input: { id: w.department.id } }, w.b.admin.token));
    expect(onlyError(await t.gql(SUBMIT, { input: w.input() }, w.engA.token)).extensions.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND over an inactive membership, on either side', async () => {
    const w = await requestWorld(t);
    const memberships = async (m: typeof w.a) =>
      ok(await t.gql(`query($id: ID!) { member(id: $id) { memberships { edges { node { id } } } } }`, { id: m.id }, m.admin.token)).member.memberships.edges[0].node.id;
    const mA = await memberships(w.a);
    ok(await t.gql(`mutation($input: SuspendMembershipInput!) { suspendMembership(input: $input) { membership { id } } }`, { input: { id: mA, reason: 'x' } }, t.operatorToken));
    const before = await counts();
    expect(onlyError(await t.gql(SUBMIT, { input: w.input() }, w.engA.token)).extensions.code).toBe('NOT_FOUND');
    ok(await t.gql(`mutation($input: ApproveMembershipInput!) { approveMembership(input: $input) { membership { id } } }`, { input: { id: mA } }, t.operatorToken));
    ok(await t.gql(`mutation($input: LeaveGroupInput!) { leaveGroup(input: $input) { membership { id } } }`, { input: { groupId: w.group.id } }, w.b.admin.token));
    expect(onlyError(await t.gql(SUBMIT, { input: w.input() }, w.engA.token)).extensions.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND to a member outside the group', async () => {
    const w = await requestWorld(t);
    const outsider = await seed(t).member();
    const eng = await outsider.user();
    expect(onlyError(await t.gql(SUBMIT, { input: w.input() }, eng.token)).extensions.code).toBe('NOT_FOUND');
  });

  it('accepts a service token, with no submitting user', async () => {
    const w = await requestWorld(t);
    const svc = await w.a.serviceToken();
    const r = await w.submit({}, svc.token);
    expect(r).toMatchObject({ submittedBy: null, requesterAssignee: null, fromMember: { id: w.a.id } });
  });

  it('is FORBIDDEN to the operator', async () => {
    const w = await requestWorld(t);
    expect(onlyError(await t.gql(SUBMIT, { input: w.input() }, t.operatorToken)).extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a JSON value that is not an object as data', async () => {
    const w = await requestWorld(t);
    const res = await t.gql(SUBMIT, { input: w.input({ data: [1, 2] }) }, w.engA.token);
    expect(onlyError(res).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('acceptRequest after submit', () => {
  it('works for the receiving engineer', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    const res = ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-77', assigneeId: w.engB.id }, w.engB.token)).acceptRequest.request;
    expect(res).toMatchObject({ status: 'ACCEPTED', receiverCaseNumber: 'B-77', receiverAssignee: { id: w.engB.id } });
    expect(res.firstRespondedAt).toEqual(expect.any(String));
  });
});
