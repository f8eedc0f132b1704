import { ManualClock } from '../../src/common/clock';
import { StatementCounter } from '../../src/db/data-source';
import { CollaborationRequest } from '../../src/modules/requests/request.entity';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer, settled } from '../support/server';
import { timelineOf } from '../support/sla';

let t: TestServer;
const counter = new StatementCounter();
const clock = new ManualClock(new Date('2026-11-09T09:00:00Z'));
beforeAll(async () => {
  t = await startTestServer({ clock, statementCounter: counter, feedPollMs: 0 });
});
afterAll(() => t.close());

const LINKS = `id status closedAt requesterCaseNumber duplicateOf { id requesterCaseNumber }
  duplicates(first: 10) { totalCount edges { node { id requesterCaseNumber submittedBy { id } } } }`;
const closeAsDuplicate = (id: string, originalId: string, token: string) =>
  t.gql(`mutation($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) { request { ${LINKS} } } }`, { input: { id, originalId } }, token);
const links = async (id: string, token: string) => ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { ${LINKS} } }`, { id }, token)).collaborationRequest;
const row = (id: string) => t.dataSource.manager.findOneByOrFail(CollaborationRequest, { id });

describe('closeAsDuplicate', () => {
  it('closes the duplicate into the original, and both sides see the link', async () => {
    const w = await requestWorld(t);
    const original = await w.submit({ requesterCaseNumber: 'A-100' });
    const otherEngineer = await w.a.user('ENGINEER', 'Ada Second');
    const duplicate = await w.submit({ requesterCaseNumber: 'A-101' }, otherEngineer.token);
    clock.set(new Date('2026-11-09T09:30:00Z'));
    const closed = ok(await closeAsDuplicate(duplicate.id, original.id, w.engB.token)).closeAsDuplicate.request;
    expect(closed).toEqual({
      id: duplicate.id,
      status: 'CLOSED',
      closedAt: '2026-11-09T09:30:00.000Z',
      requesterCaseNumber: 'A-101',
      duplicateOf: { id: original.id, requesterCaseNumber: 'A-100' },
      duplicates: { totalCount: 0, edges: [] },
    });
    for (const token of [w.engA.token, w.engB.token]) {
      expect(await links(original.id, token)).toMatchObject({
        status: 'OPEN',
        duplicateOf: null,
        duplicates: { totalCount: 1, edges: [{ node: { id: duplicate.id, requesterCaseNumber: 'A-101', submittedBy: { id: otherEngineer.id } } }] },
      });
      expect((await links(duplicate.id, token)).duplicateOf).toEqual({ id: original.id, requesterCaseNumber: 'A-100' });
    }
    const close = (await timelineOf(t, duplicate.id, w.engA.token)).find((e) => e.type === 'REQUEST_CLOSED')!;
    expect(close).toEqual({
      type: 'REQUEST_CLOSED',
      actor: { id: w.engB.id },
      detail: { resolution: 'duplicate of A-100', duplicateOf: original.id, originalRequesterCaseNumber: 'A-100', by: 'RECEIVER', from: 'OPEN', to: 'CLOSED' },
    });
    // closing it was the receiver's response: the response clock stopped MET
    const sla = ok(await t.gql(`query($id: ID!) { collaborationRequest(id: $id) { firstRespondedAt sla { kind state } } }`, { id: duplicate.id }, w.engA.token)).collaborationRequest;
    expect(sla).toEqual({ firstRespondedAt: '2026-11-09T09:30:00.000Z', sla: [{ kind: 'RESPONSE', state: 'MET' }] });
  });

  it('refuses an original from another requester, and changes nothing', async () => {
    const w = await requestWorld(t);
    const fromA = await w.submit();
    const fromC = await w.submit({}, w.engC.token);
    const err = onlyError(await closeAsDuplicate(fromC.id, fromA.id, w.engB.token));
    expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ path: 'originalId', message: expect.stringContaining('another member') }] });
    expect((await row(fromC.id)).status).toBe('OPEN');
    expect((await row(fromC.id)).duplicateOfId).toBeNull();
    expect(onlyError(await closeAsDuplicate(fromA.id, fromC.id, w.engB.token)).extensions.code).toBe('BAD_USER_INPUT');
    expect((await row(fromA.id)).status).toBe('OPEN');
  });

  it('is for the receiver only, into a request it received, not into itself or into a duplicate', async () => {
    const w = await requestWorld(t);
    const original = await w.submit();
    const duplicate = await w.submit();
    expect(onlyError(await closeAsDuplicate(duplicate.id, original.id, w.engA.token)).extensions.code).toBe('FORBIDDEN');
    expect(onlyError(await closeAsDuplicate(duplicate.id, original.id, w.engC.token)).extensions.code).toBe('NOT_FOUND');
    expect(onlyError(await closeAsDuplicate(duplicate.id, duplicate.id, w.engB.token)).extensions.fields).toEqual([{ path: 'originalId', message: expect.stringContaining('itself') }]);
    // a request B submitted to A is not one B received
    const deptA = await w.s.department(w.a, w.group.id, (await w.s.form(w.a)).id);
    const fromB = ok(await t.gql(`mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }`, { input: w.input({ departmentId: deptA.id }) }, w.engB.token)).submitRequest.request;
    expect(onlyError(await closeAsDuplicate(duplicate.id, fromB.id, w.engB.token)).extensions.fields).toEqual([{ path: 'originalId', message: expect.stringContaining('your member submitted') }]);
    ok(await closeAsDuplicate(duplicate.id, original.id, w.engB.token));
    const third = await w.submit();
    expect(onlyError(await closeAsDuplicate(third.id, duplicate.id, w.engB.token)).extensions.fields).toEqual([{ path: 'originalId', message: expect.stringContaining(original.id) }]);
    // a closed request cannot be closed as a duplicate again
    expect(onlyError(await closeAsDuplicate(duplicate.id, third.id, w.engB.token)).extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'CLOSED' });
  });

  it('lets one of two crossing calls win', async () => {
    const w = await requestWorld(t);
    const one = await w.submit();
    const two = await w.submit();
    const results = await Promise.all([closeAsDuplicate(one.id, two.id, w.engB.token), closeAsDuplicate(two.id, one.id, w.engB.token)]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    const rows = [await row(one.id), await row(two.id)];
    expect(rows.filter((r) => r.status === 'CLOSED' && r.duplicateOfId).length).toBe(1);
  });

  it('is undone by a reopen: the reopened request is worked on its own again', async () => {
    const w = await requestWorld(t);
    const original = await w.submit();
    const duplicate = await w.submit();
    ok(await closeAsDuplicate(duplicate.id, original.id, w.engB.token));
    ok(await act(t, 'reopenRequest', { id: duplicate.id, reason: 'Not the same problem after all' }, w.engA.token));
    expect(await links(duplicate.id, w.engA.token)).toMatchObject({ status: 'ACCEPTED', duplicateOf: null });
    expect((await links(original.id, w.engA.token)).duplicates.totalCount).toBe(0);
  });
});

describe('statements for duplicateOf and duplicates stay flat as the list grows', () => {
  it('inboundRequests { duplicateOf duplicates } at 4 and at 16 requests', async () => {
    const w = await requestWorld(t);
    const LIST = `{ inboundRequests(first: 20) { totalCount edges { node { ${LINKS} } } } }`;
    const addPairs = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const original = await w.submit();
        const duplicate = await w.submit();
        ok(await closeAsDuplicate(duplicate.id, original.id, w.engB.token));
      }
    };
    const statements = async () => {
      ok(await t.gql('{ viewer { isOperator } }', {}, w.engB.token));
      await settled(t); // the token's lastUsedAt write and the feed's reads are not the operation's
      const before = counter.count;
      const data = ok(await t.gql(LIST, {}, w.engB.token));
      return { count: counter.count - before, data };
    };
    await addPairs(2);
    const small = await statements();
    expect(small.data.inboundRequests.edges).toHaveLength(4);
    await addPairs(6);
    const large = await statements();
    expect(large.data.inboundRequests.edges).toHaveLength(16);
    expect(large.data.inboundRequests.edges.filter((e: any) => e.node.duplicateOf).length).toBe(8);
    expect(large.count).toBe(small.count);
  });
});
