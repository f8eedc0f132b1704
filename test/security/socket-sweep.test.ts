/**
 * The revoked-token sweep (src/server.ts) closes the sockets of revoked tokens with 4401. It
 * must close only those: a socket of a valid token that connects while a sweep's query is
 * in flight must stay open. Found by the authorization matrix, where valid subscribers were
 * sometimes closed with 4401 "token revoked".
 */
import { ApiToken } from '../../src/modules/auth/api-token.entity';
import { seed } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';
import { subscribe, type Subscriber, REQUEST_EVENTS } from '../support/subscriber';

let t: TestServer;
const subs: Subscriber[] = [];
beforeAll(async () => {
  t = await startTestServer({ config: { rateLimitPoints: 1_000_000 } });
});
afterAll(async () => {
  await Promise.all(subs.map((s) => s.dispose()));
  await t.close();
});

it("keeps open a valid token's socket that connects while a sweep is checking the others", async () => {
  const s = seed(t);
  const a = await s.member();
  const [first, second] = [await a.user(), await a.user()];
  const open = (token: string) => {
    const sub = subscribe(t.wsUrl, token, REQUEST_EVENTS(), {});
    subs.push(sub);
    return sub;
  };
  const s1 = open(first.token);
  // wait until s1's socket is registered (the sweep runs every 200 ms in tests and only queries when a socket is open)
  await new Promise((r) => setTimeout(r, 300));

  // The sweep's query (the only `find` of ApiToken selecting just the id) takes 600 ms from now on:
  // the window in which a new socket can connect while the sweep is in flight.
  const manager = t.dataSource.manager;
  const find = manager.find.bind(manager);
  let sweeps = 0;
  (manager as any).find = async (entity: unknown, options: any) => {
    if (entity === ApiToken && options?.select?.id && Object.keys(options.select).length === 1) {
      sweeps++;
      await new Promise((r) => setTimeout(r, 600));
    }
    return find(entity as never, options);
  };
  try {
    await new Promise((r) => setTimeout(r, 250)); // a sweep is now waiting on its query
    const s2 = open(second.token);
    await new Promise((r) => setTimeout(r, 1500)); // every sweep in flight has answered
    expect(sweeps).toBeGreaterThan(0);
    expect({ first: s1.closedWith ?? 'open', second: s2.closedWith ?? 'open' }).toEqual({ first: 'open', second: 'open' });
  } finally {
    (manager as any).find = find;
  }
});
