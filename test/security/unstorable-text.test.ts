import { requestWorld } from '../support/seed';
import { onlyError, startTestServer, type TestServer } from '../support/server';
import { subscribe } from '../support/subscriber';

/** Text PostgreSQL cannot store is refused at the edge, in every kind of operation, naming the argument. */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('argument text PostgreSQL cannot store', () => {
  it('is BAD_USER_INPUT naming the field, in a query, a mutation input and a subscription, and writes nothing', async () => {
    const w = await requestWorld(t);
    const search = onlyError(await t.gql(`query($s: String) { directory(search: $s) { totalCount } }`, { s: 'stor\u0000age' }, w.engA.token));
    expect(search.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'search', message: expect.stringContaining('NUL') }] });

    const submit = onlyError(
      await t.gql(`mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id } } }`, { input: w.input({ summary: 'lone \ud800 surrogate' }) }, w.engA.token),
    );
    expect(submit.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'summary', message: expect.stringContaining('Unicode') }] });
    const listed = await t.gql(`{ outboundRequests(first: 5) { totalCount } }`, {}, w.engA.token);
    expect(listed.data.outboundRequests.totalCount).toBe(0);

    const sub = subscribe(t.wsUrl, w.engA.token, `subscription($id: ID) { requestEvents(requestId: $id) { id } }`, { id: 'a\u0000b' });
    await sub.waitFor(() => sub.errors.length > 0);
    expect(JSON.stringify(sub.errors)).toContain('BAD_USER_INPUT');
    await sub.dispose();
  });
});
