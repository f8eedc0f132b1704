import { createTestDatabase, type TestDatabase } from '../support/database';
import { act, requestWorld } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { REQUEST_EVENTS, INBOUND, subscribe, type Subscriber } from '../support/subscriber';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const FROM_START = Buffer.from('e:0').toString('base64url');

// Several instances share one database only on PostgreSQL (LISTEN/NOTIFY); the embedded
// database is one process by design.
(onPostgres ? describe : describe.skip)('two server instances on one PostgreSQL', () => {
  let db: TestDatabase;
  let one: TestServer;
  let two: TestServer;
  const subs: Subscriber[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    const shared = { url: db.url, drop: async () => undefined };
    one = await startTestServer({ db: shared });
    two = await startTestServer({ db: shared });
  });
  afterAll(async () => {
    await Promise.all(subs.map((s) => s.dispose()));
    await one.close();
    await two.close();
    await db.drop();
  });

  it('delivers an event committed through instance 1 to subscribers on instance 2, once', async () => {
    const w = await requestWorld(one);
    const onTwo = subscribe(two.wsUrl, w.engB.token, INBOUND('id request { id }'), { after: FROM_START });
    const onOne = subscribe(one.wsUrl, w.engB.token, INBOUND('id request { id }'), { after: FROM_START });
    const eventsOnTwoForA = subscribe(two.wsUrl, w.engA.token, REQUEST_EVENTS('id type request { id }'), { after: FROM_START });
    subs.push(onTwo, onOne, eventsOnTwoForA);
    const submitted: string[] = [];
    for (let i = 0; i < 20; i++) submitted.push((await w.submit({ requesterCaseNumber: `X-${i}` })).id);
    const r = submitted[0];
    ok(await act(two, 'acceptRequest', { id: r, receiverCaseNumber: 'B' }, w.engB.token)); // through instance 2 this time
    for (const s of [onTwo, onOne]) {
      await s.waitFor((ev) => ev.length >= 20);
      expect(s.events.map((e) => e.request.id)).toEqual(submitted);
    }
    await eventsOnTwoForA.waitFor((ev) => ev.some((e) => e.type === 'REQUEST_ACCEPTED'));
    const ids = eventsOnTwoForA.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(eventsOnTwoForA.events.filter((e) => e.type === 'REQUEST_SUBMITTED')).toHaveLength(20);
  });
});
