import { createTestDatabase } from '../support/database';
import { act, requestWorld } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { startReceiver } from '../support/receiver';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

// Several instances on one PostgreSQL each run a worker; the embedded database is one process.
(onPostgres ? describe : describe.skip)('two instances on one PostgreSQL', () => {
  let one: TestServer;
  let two: TestServer;
  beforeAll(async () => {
    const db = await createTestDatabase();
    one = await startTestServer({ db, webhookIntervalMs: 200 });
    two = await startTestServer({ db, webhookIntervalMs: 200 });
  });
  afterAll(async () => {
    await two?.stop();
    await one?.close();
  });

  it('deliver every event once, in order, whichever instance wrote it', async () => {
    const w = await requestWorld(one);
    const r = await startReceiver();
    try {
      ok(await one.gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`, { input: { url: r.url, eventTypes: ['NOTE_ADDED'] } }, w.b.admin.token));
      const request = await w.submit();
      const bodies: string[] = [];
      for (let i = 0; i < 40; i++) {
        const body = `note ${i}`;
        bodies.push(body);
        // alternate instances: each wakes its own worker, and both workers poll
        ok(await act(i % 2 ? two : one, 'addNote', { requestId: request.id, body }, w.engA.token));
      }
      await r.waitFor((h) => h.length >= 40);
      // a marker after the last note: anything duplicated would have arrived before it
      ok(await act(one, 'addNote', { requestId: request.id, body: 'marker' }, w.engA.token));
      await r.waitFor((h) => h.length >= 41);
      const events = ok(await one.gql(`{ events(first: 100) { edges { node { id type detail } } } }`, {}, w.engB.token)).events.edges.map((e: any) => e.node).filter((e: any) => e.type === 'NOTE_ADDED');
      expect(r.hits.map((h) => h.json.id)).toEqual(events.map((e: any) => e.id));
    } finally {
      await r.close();
    }
  });
});
