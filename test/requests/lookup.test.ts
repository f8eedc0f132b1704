import { ManualClock } from '../../src/common/clock';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
const clock = new ManualClock(new Date('2026-11-09T09:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

const LIST = (dir: 'inbound' | 'outbound') =>
  `query($filter: RequestFilter) { ${dir}Requests(first: 50, filter: $filter) { totalCount edges { node { id requesterCaseNumber receiverCaseNumber } } } }`;
async function ids(dir: 'inbound' | 'outbound', filter: Record<string, unknown>, token: string): Promise<string[]> {
  return ok(await t.gql(LIST(dir), { filter }, token))[`${dir}Requests`].edges.map((e: any) => e.node.id);
}

describe('RequestFilter for partner systems', () => {
  it('finds a request by either case number, exactly, on both sides', async () => {
    const w = await requestWorld(t);
    const mine = await w.submit({ requesterCaseNumber: 'CRM-77' });
    await w.submit({ requesterCaseNumber: 'CRM-770' });
    ok(await act(t, 'acceptRequest', { id: mine.id, receiverCaseNumber: 'ACME-9' }, w.engB.token));
    expect(await ids('outbound', { caseNumber: 'CRM-77' }, w.engA.token)).toEqual([mine.id]);
    expect(await ids('outbound', { caseNumber: 'ACME-9' }, w.engA.token)).toEqual([mine.id]);
    expect(await ids('inbound', { caseNumber: 'CRM-77' }, w.engB.token)).toEqual([mine.id]);
    expect(await ids('inbound', { caseNumber: 'crm-77' }, w.engB.token)).toEqual([]);
    // another member's request with the same case number is never found
    expect(await ids('inbound', { caseNumber: 'CRM-77' }, w.engC.token)).toEqual([]);
  });

  it('searches summary, both case numbers and the customer name, case-insensitively, with LIKE characters taken literally', async () => {
    const w = await requestWorld(t);
    const bySummary = await w.submit({ summary: 'NIC firmware drops packets', requesterCaseNumber: 'S-1' });
    const byCustomer = await w.submit({ customer: { name: 'Initech 100%' }, requesterCaseNumber: 'S-2' });
    const byCase = await w.submit({ requesterCaseNumber: 'NIC_42' });
    expect((await ids('inbound', { search: 'nic' }, w.engB.token)).sort()).toEqual([bySummary.id, byCase.id].sort());
    expect(await ids('inbound', { search: 'initech 100%' }, w.engB.token)).toEqual([byCustomer.id]);
    expect(await ids('inbound', { search: '100_' }, w.engB.token)).toEqual([]);
  });

  it('narrows by department, by assignment to the caller, and to what changed since an instant', async () => {
    const w = await requestWorld(t);
    const other = await w.s.department(w.b, w.group.id, w.form.id, 'Other desk');
    clock.set(new Date('2026-11-09T09:00:00Z'));
    const first = await w.submit({ requesterCaseNumber: 'D-1' });
    const second = await w.submit({ departmentId: other.id, requesterCaseNumber: 'D-2' });
    expect(await ids('inbound', { departmentId: other.id }, w.engB.token)).toEqual([second.id]);
    ok(await act(t, 'assignRequest', { id: first.id, userId: w.engB.id }, w.engB.token));
    expect(await ids('inbound', { assignedToMe: true }, w.engB.token)).toEqual([first.id]);
    expect(await ids('inbound', { assignedToMe: false }, w.engB.token)).toEqual([second.id]);
    // the requester's own assignment: A's engineer submitted both, so both are assigned to them on A's side
    expect((await ids('outbound', { assignedToMe: true }, w.engA.token)).sort()).toEqual([first.id, second.id].sort());
    clock.set(new Date('2026-11-09T12:00:00Z'));
    ok(await act(t, 'addNote', { requestId: second.id, body: 'later' }, w.engA.token));
    expect(await ids('inbound', { updatedSince: '2026-11-09T11:00:00.000Z' }, w.engB.token)).toEqual([second.id]);
    expect((await ids('inbound', { updatedSince: '2026-11-09T09:00:00.000Z' }, w.engB.token)).sort()).toEqual([first.id, second.id].sort());
  });

  it('refuses assignedToMe for a service token, and a malformed department id, at the field', async () => {
    const w = await requestWorld(t);
    const svc = await w.b.serviceToken();
    const err = onlyError(await t.gql(LIST('inbound'), { filter: { assignedToMe: true } }, svc.token));
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'filter.assignedToMe' })] });
    expect(onlyError(await t.gql(LIST('inbound'), { filter: { departmentId: 'nope' } }, w.engB.token)).extensions.code).toBe('BAD_USER_INPUT');
    expect(onlyError(await t.gql(LIST('inbound'), { filter: { updatedSince: 'yesterday' } }, w.engB.token)).extensions.code).toBe('BAD_USER_INPUT');
  });
});
