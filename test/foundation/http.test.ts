import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const base = () => t.url.replace(/\/graphql$/, '');

describe('health endpoints', () => {
  it('answers /healthz while the process is up', async () => {
    const res = await fetch(`${base()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz once the database is reachable and migrated', async () => {
    const res = await fetch(`${base()}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });
});

describe('/metrics', () => {
  it('exposes process metrics and a histogram of operation durations by operation name', async () => {
    await t.gql('query MetricsProbe { viewer { isOperator } }', {}, t.operatorToken);
    const res = await fetch(`${base()}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('crossdesk_process_cpu_user_seconds_total');
    expect(text).toMatch(/crossdesk_graphql_operation_duration_seconds_count\{operation_name="MetricsProbe",operation_type="query",outcome="ok"\} [1-9]/);
  });
});

describe('GraphiQL', () => {
  it('serves the IDE to a browser on GET /graphql with every asset from this server', async () => {
    const res = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('ruru-root');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset.startsWith('/')).toBe(true);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\.[a-z]{2,}\/[^"\s]*\.(js|css)/i);
    for (const asset of ['/ruru-static/ruru.js', '/ruru-static/ruru.css']) {
      const a = await fetch(`${base()}${asset}`);
      expect(a.status).toBe(200);
      expect((await a.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('still answers GraphQL over GET for clients', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('request limits and ids', () => {
  it('refuses a body over 1 MB with 413 and no stack trace', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.operatorToken}` },
      body: JSON.stringify({ query: `{ viewer { isOperator } }`, variables: { big } }),
    });
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(text).errors[0].message).toMatch(/1 MB/);
  });

  it('echoes a given x-request-id and makes one up otherwise', async () => {
    const given = await fetch(`${base()}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await fetch(`${base()}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('concurrency', () => {
  it('answers 60 simultaneous authenticated operations without an error', async () => {
    const results = await Promise.all(Array.from({ length: 60 }, () => t.gql('{ viewer { isOperator } members { totalCount } }', {}, t.operatorToken)));
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
  });
});
