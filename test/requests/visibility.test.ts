import { StatementCounter } from '../../src/db/data-source';
import { act, REQUEST_FIELDS, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer, settled } from '../support/server';

let t: TestServer;
const counter = new StatementCounter();
beforeAll(async () => {
  t = await startTestServer({ statementCounter: counter, slaTimerIntervalMs: 0, feedPollMs: 0 });
});
afterAll(() => t.close());

const GET = `query($id: ID!) { collaborationRequest(id: $id) { id notes { totalCount edges { node { body internal member { id } author { id } } } } timeline { edges { cursor node { type detail } } } } }`;

describe('notes and timeline', () => {
  it('shows internal notes and their events only to their own member', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'addNote', { requestId: r.id, body: 'B internal: escalate to L3', internal: true }, w.engB.token));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'B to A: please send logs' }, w.engB.token));
    ok(await act(t, 'addNote', { requestId: r.id, body: 'A internal: customer is angry', internal: true }, w.engA.token));
    const seenByA = ok(await t.gql(GET, { id: r.id }, w.engA.token)).collaborationRequest;
    const seenByB = ok(await t.gql(GET, { id: r.id }, w.engB.token)).collaborationRequest;
    expect(seenByA.notes.edges.map((e: any) => e.node.body)).toEqual(['B to A: please send logs', 'A internal: customer is angry']);
    expect(seenByB.notes.edges.map((e: any) => e.node.body)).toEqual(['B internal: escalate to L3', 'B to A: please send logs']);
    expect(seenByA.notes.totalCount).toBe(2);
    expect(seenByA.timeline.edges.map((e: any) => [e.node.type, e.node.detail.internal ?? null])).toEqual([
      ['REQUEST_SUBMITTED', null],
      ['NOTE_ADDED', false],
      ['NOTE_ADDED', true],
    ]);
    expect(seenByB.timeline.edges).toHaveLength(3);
    expect(JSON.stringify(seenByA)).not.toContain('escalate to L3');
    expect(JSON.stringify(seenByB)).not.toContain('angry');
  });

  it('records every change in the timeline, in order, with the status before and after', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'requestInformation', { id: r.id, question: 'Version?' }, w.engB.token));
    ok(await act(t, 'provideInformation', { id: r.id, answer: '7.1' }, w.engA.token));
    ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: 'B-9', assigneeId: w.engB.id }, w.engB.token));
    ok(await act(t, 'closeRequest', { id: r.id, resolution: 'patched' }, w.engB.token));
    const tl = ok(await t.gql(GET, { id: r.id }, w.engA.token)).collaborationRequest.timeline.edges.map((e: any) => e.node);
    expect(tl.map((e: any) => e.type)).toEqual([
      'REQUEST_SUBMITTED',
      'INFORMATION_REQUESTED',
      'INFORMATION_PROVIDED',
      'REQUEST_ACCEPTED',
      'REQUEST_ASSIGNED',
      'REQUEST_CLOSED',
    ]);
    expect(tl[1].detail).toMatchObject({ question: 'Version?', from: 'OPEN', to: 'INFORMATION_REQUESTED' });
    expect(tl[5].detail).toMatchObject({ resolution: 'patched', from: 'ACCEPTED', to: 'CLOSED', by: 'RECEIVER' });
    const page = ok(await t.gql(`query($id: ID!, $after: String) { collaborationRequest(id: $id) { timeline(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { type } } } } }`, { id: r.id }, w.engA.token));
    const next = ok(await t.gql(`query($id: ID!, $after: String) { collaborationRequest(id: $id) { timeline(first: 10, after: $after) { edges { node { type } } } } }`, { id: r.id, after: page.collaborationRequest.timeline.pageInfo.endCursor }, w.engA.token));
    expect(next.collaborationRequest.timeline.edges.map((e: any) => e.node.type)).toEqual(tl.slice(2).map((e: any) => e.type));
  });
});

describe('isolation', () => {
  it('shows a third member of the group nothing of an A↔B request', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    ok(await act(t, 'addNote', { requestId: r.id, body: 'hello A' }, w.engB.token));
    const byId = await t.gql(GET, { id: r.id }, w.engC.token);
    expect(byId.data).toEqual({ collaborationRequest: null });
    expect(onlyError(byId).extensions.code).toBe('NOT_FOUND');
    for (const list of ['inboundRequests', 'outboundRequests']) {
      expect(ok(await t.gql(`{ ${list} { totalCount } }`, {}, w.engC.token))[list].totalCount).toBe(0);
    }
    expect(ok(await t.gql(`{ events { totalCount edges { node { id } } } }`, {}, w.engC.token)).events.totalCount).toBe(0);
    expect(onlyError(await act(t, 'addNote', { requestId: r.id, body: 'me too' }, w.engC.token)).extensions.code).toBe('NOT_FOUND');
  });

  it('shows the operator no request content', async () => {
    const w = await requestWorld(t);
    const r = await w.submit();
    for (const q of [`{ inboundRequests { totalCount } }`, `{ events { totalCount } }`]) expect(onlyError(await t.gql(q, {}, t.operatorToken)).extensions.code).toBe('FORBIDDEN');
    const byId = await t.gql(GET, { id: r.id }, t.operatorToken);
    expect(byId.data).toEqual({ collaborationRequest: null });
  });
});

describe('inboundRequests and outboundRequests', () => {
  it('list newest first, with filters', async () => {
    const w = await requestWorld(t);
    const p1 = await w.submit({ priority: 'P1' });
    const p3 = await w.submit({ priority: 'P3' });
    const p4 = await w.submit({ priority: 'P4' });
    ok(await act(t, 'acceptRequest', { id: p3.id, receiverCaseNumber: 'B' }, w.engB.token));
    const ids = async (list: string, filter: unknown, token: string) =>
      ok(await t.gql(`query($f: RequestFilter) { ${list}(filter: $f) { totalCount edges { node { id } } } }`, { f: filter }, token))[list].edges.map((e: any) => e.node.id);
    expect(await ids('inboundRequests', null, w.engB.token)).toEqual([p4.id, p3.id, p1.id]);
    expect(await ids('outboundRequests', null, w.engA.token)).toEqual([p4.id, p3.id, p1.id]);
    expect(await ids('inboundRequests', null, w.engA.token)).toEqual([]);
    expect(await ids('inboundRequests', { status: ['ACCEPTED'] }, w.engB.token)).toEqual([p3.id]);
    expect(await ids('inboundRequests', { priority: ['P1', 'P4'] }, w.engB.token)).toEqual([p4.id, p1.id]);
    expect(await ids('inboundRequests', { groupId: w.group.id, critical: false }, w.engB.token)).toEqual([p4.id, p3.id, p1.id]);
    expect(await ids('inboundRequests', { critical: true }, w.engB.token)).toEqual([]);
  });

  it('keeps the statement count of a full inbound page flat from 10 to 100 requests', async () => {
    const w = await requestWorld(t);
    const LIST = `{ inboundRequests(first: 100) { totalCount edges { node { ${REQUEST_FIELDS} sla { kind state targetMinutes dueAt elapsedMinutes } notes { totalCount } } } } }`;
    // the fewest of three runs: background readers (the event feed's poll) only ever add statements
    const measure = async () => {
      ok(await t.gql('{ viewer { isOperator } }', {}, w.engB.token));
      await settled(t); // the token's lastUsedAt write and the feed's reads are not the operation's
      const runs: Array<{ n: number; rows: number }> = [];
      for (let i = 0; i < 3; i++) {
        const before = counter.count;
        const data = ok(await t.gql(LIST, {}, w.engB.token));
        runs.push({ n: counter.count - before, rows: data.inboundRequests.edges.length });
      }
      return runs.reduce((a, b) => (b.n < a.n ? b : a));
    };
    const submitMany = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = await w.submit({ requesterCaseNumber: `N-${i}` });
        if (i % 3 === 0) ok(await act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: `B-${i}`, assigneeId: w.engB.id }, w.engB.token));
        if (i % 4 === 0) ok(await act(t, 'addNote', { requestId: r.id, body: 'note' }, w.engA.token));
      }
    };
    await submitMany(10);
    const at10 = await measure();
    await submitMany(90);
    const at100 = await measure();
    expect([at10.rows, at100.rows]).toEqual([10, 100]);
    console.log(`inboundRequests: ${at10.n} statements at 10 rows, ${at100.n} at 100`);
    expect(at100.n).toBe(at10.n);
  });
});
