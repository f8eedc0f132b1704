import { StatementCounter } from '../../src/db/data-source';
import { mutationDocument } from '../support/mutation';
import { seed } from '../support/seed';
import { ok, startTestServer, type TestServer, settled } from '../support/server';

let t: TestServer;
const counter = new StatementCounter();
beforeAll(async () => {
  t = await startTestServer({ statementCounter: counter, slaTimerIntervalMs: 0, feedPollMs: 0 });
});
afterAll(() => t.close());

/** Statements the server sends for one operation (after a warm-up call of the same token). */
async function statementsFor(query: string, token: string): Promise<{ count: number; data: any }> {
  ok(await t.gql('{ viewer { isOperator } }', {}, token));
  await settled(t);
  const before = counter.count;
  const data = ok(await t.gql(query, {}, token));
  return { count: counter.count - before, data };
}

const LIST = `{ inboundRequests(first: 20) { totalCount edges { node { id viewerSide nextActionOwner { id name } engagedFrom { id }
  engagements(first: 2) { totalCount edges { node { id status viewerSide toMember { id } nextActionOwner { id } engagedFrom { id }
    engagements(first: 2) { totalCount edges { node { id nextActionOwner { id } } } } } } } } } } }`;

describe('statements of a list with engagements stay flat as it grows', () => {
  it('inboundRequests { nextActionOwner engagements { nextActionOwner engagements } } at 3 and at 12 requests', async () => {
    const s = seed(t);
    const [a, b, c, d] = [await s.member(), await s.member(), await s.member(), await s.member()];
    const ab = await s.group();
    const bc = await s.group();
    const cd = await s.group();
    for (const m of [a, b]) await s.join(m, ab.id);
    for (const m of [b, c]) await s.join(m, bc.id);
    for (const m of [c, d]) await s.join(m, cd.id);
    const deptB = await s.department(b, ab.id, (await s.form(b)).id);
    const deptC = await s.department(c, bc.id, (await s.form(c)).id);
    const deptD = await s.department(d, cd.id, (await s.form(d)).id);
    const input = (departmentId: string, extra: Record<string, unknown> = {}) => ({
      departmentId,
      priority: 'P3',
      summary: 'Latency',
      data: { product: 'X' },
      customer: { name: 'Globex' },
      requesterCaseNumber: 'CASE-1',
      ...extra,
    });
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = ok(await t.gql(mutationDocument('submitRequest', 'request { id }'), { input: input(deptB.id) }, a.admin.token)).submitRequest.request.id;
        const e1 = ok(await t.gql(mutationDocument('engageParty', 'engagement { id }'), { input: { ...input(deptC.id), requestId: r, shareWithRequester: i % 2 === 0 } }, b.admin.token)).engageParty.engagement.id;
        if (i % 3 === 0) ok(await t.gql(mutationDocument('engageParty', 'engagement { id }'), { input: { ...input(deptD.id), requestId: e1, shareWithRequester: true } }, c.admin.token));
      }
    };
    await add(3);
    const at3 = await statementsFor(LIST, b.admin.token);
    expect(at3.data.inboundRequests.edges).toHaveLength(3);
    await add(9);
    const at12 = await statementsFor(LIST, b.admin.token);
    const edges = at12.data.inboundRequests.edges;
    expect(edges).toHaveLength(12);
    expect(edges.every((e: any) => e.node.engagements.totalCount === 1)).toBe(true);
    // where C engaged D (and shared it with B), B sees the ball with D
    expect(edges.filter((e: any) => e.node.nextActionOwner.id === d.id)).toHaveLength(4);
    expect(edges.filter((e: any) => e.node.nextActionOwner.id === c.id)).toHaveLength(8);
    console.log(`inboundRequests with engagements: ${at3.count} statements at 3 requests, ${at12.count} at 12`);
    expect(at12.count).toBe(at3.count);
  });
});
