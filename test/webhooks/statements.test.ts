import { StatementCounter } from '../../src/db/data-source';
import { requestWorld } from '../support/seed';
import { ok, startTestServer, type TestServer, settled } from '../support/server';

let t: TestServer;
const counter = new StatementCounter();
beforeAll(async () => {
  // no worker: deliveries stay PENDING and nothing runs between the counted calls
  t = await startTestServer({ statementCounter: counter, slaTimerIntervalMs: 0, feedPollMs: 0 });
});
afterAll(() => t.close());

async function statementsFor(query: string, token: string): Promise<{ count: number; data: any }> {
  ok(await t.gql('{ viewer { isOperator } }', {}, token));
  await settled(t); // the token's lastUsedAt write and the feed's reads are not the operation's
  const before = counter.count;
  const data = ok(await t.gql(query, {}, token));
  return { count: counter.count - before, data };
}

const HOOKS = `{ webhooks(first: 20) { totalCount edges { node { id url deliveries(first: 5, status: PENDING) { totalCount edges { node { attempt status at event { id type cursor request { id status } } } } } } } } }`;

describe('webhooks { deliveries { event { request } } }', () => {
  it('takes as many statements for 10 endpoints as for 2', async () => {
    const w = await requestWorld(t);
    const addHooks = async (n: number) => {
      for (let i = 0; i < n; i++) ok(await t.gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`, { input: { url: `https://hooks.example.com/${i}` } }, w.b.admin.token));
    };
    await addHooks(2);
    await w.submit();
    await w.submit();
    const at2 = await statementsFor(HOOKS, w.b.admin.token);
    expect(at2.data.webhooks.edges).toHaveLength(2);
    await addHooks(8);
    await w.submit();
    const at10 = await statementsFor(HOOKS, w.b.admin.token);
    expect(at10.data.webhooks.edges).toHaveLength(10);
    expect(at10.data.webhooks.edges.map((e: any) => e.node.deliveries.totalCount).sort()).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 3, 3]);
    expect(at10.count).toBe(at2.count);
  });
});
