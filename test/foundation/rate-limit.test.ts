import { seed } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { subscribe } from '../support/subscriber';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ config: { rateLimitPoints: 30, rateLimitWindowSeconds: 60 } });
});
afterAll(() => t.close());

describe('rate limiting', () => {
  it('answers a flood from one token with RATE_LIMITED (HTTP 429) while another member is served', async () => {
    const s = seed(t);
    // the operator spends some of its own budget here; each member token has its own
    const a = await s.member();
    const b = await s.member();
    const results = await Promise.all(Array.from({ length: 45 }, () => t.gql('{ viewer { isOperator } }', {}, a.admin.token)));
    const limited = results.filter((r) => r.errors?.[0]?.extensions.code === 'RATE_LIMITED');
    expect(results.filter((r) => !r.errors).length).toBeLessThanOrEqual(30);
    expect(limited.length).toBeGreaterThanOrEqual(15);
    expect(limited[0].status).toBe(429);
    expect(limited[0].errors![0].message).toMatch(/Retry in \d+ s/);
    expect(limited[0].errors![0].extensions.retryAfterSeconds).toEqual(expect.any(Number));
    expect(ok(await t.gql('{ viewer { member { id } } }', {}, b.admin.token)).viewer.member.id).toBe(b.id);
  });

  it('counts operations over WebSocket too', async () => {
    const m = await seed(t).member();
    for (let i = 0; i < 30; i++) await t.gql('{ viewer { isOperator } }', {}, m.admin.token);
    const sub = subscribe(t.wsUrl, m.admin.token, 'subscription { requestEvents { id } }');
    await sub.waitFor(() => sub.errors.length > 0);
    expect(JSON.stringify(sub.errors)).toContain('RATE_LIMITED');
    await sub.dispose();
  });
});
