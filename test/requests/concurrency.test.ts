import { RequestEvent } from '../../src/modules/events/request-event.entity';
import { act, requestWorld } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('two people acting at once on one request', () => {
  it('lets exactly one of 20 simultaneous accepts and rejects win; the others are refused', async () => {
    const w = await requestWorld(t);
    const engineers = [w.engB, ...(await Promise.all(Array.from({ length: 3 }, () => w.b.user())))];
    const r = await w.submit();
    const attempts = Array.from({ length: 20 }, (_, i) => {
      const eng = engineers[i % engineers.length];
      return i % 2 === 0
        ? act(t, 'acceptRequest', { id: r.id, receiverCaseNumber: `B-${i}` }, eng.token)
        : act(t, 'rejectRequest', { id: r.id, reason: `no ${i}` }, eng.token);
    });
    const results = await Promise.all(attempts);
    const winners = results.filter((res) => !res.errors);
    expect(winners).toHaveLength(1);
    for (const res of results.filter((x) => x.errors)) expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(res.errors![0].extensions.code);
    const events = await t.dataSource.manager.findBy(RequestEvent, { requestId: r.id });
    const decisive = events.filter((e) => e.type === 'REQUEST_ACCEPTED' || e.type === 'REQUEST_REJECTED');
    expect(decisive).toHaveLength(1);
  });
});
