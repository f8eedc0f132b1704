/**
 * Secrets never logged, 429s say when to retry, `/metrics` behind a token (issue 25).
 * The log is read from a real server process (`node dist/src/main.js` at LOG_LEVEL=info),
 * exactly as an operator's log collector would read it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { killAllChildServers, startChildServer, type ChildServer } from '../support/child-server';
import { startTestServer, type TestServer } from '../support/server';

const OPERATOR = 'cdk_logs_test_operator_secret_0042';
const METRICS = 'metrics-scrape-secret-0123456789';
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Waits (on the process's output, not on time) for a log line. */
function logLine(server: ChildServer, predicate: (line: Record<string, any>) => boolean, timeoutMs = 10_000): Promise<Record<string, any>> {
  const found = server.logs.find(predicate);
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      server.process.stdout!.off('data', check);
      reject(new Error('log line not written'));
    }, timeoutMs);
    const check = () => {
      const line = server.logs.find(predicate);
      if (!line) return;
      clearTimeout(timer);
      server.process.stdout!.off('data', check);
      resolve(line);
    };
    server.process.stdout!.on('data', check);
  });
}

describe('a server process and its log', () => {
  let db: TestDatabase | undefined;
  let dataDir: string | undefined;
  let server: ChildServer;
  beforeAll(async () => {
    if (onPostgres) db = await createTestDatabase();
    else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-logs-'));
    server = await startChildServer({ ...(onPostgres ? { DATABASE_URL: db!.url } : { CROSSDESK_DATA_DIR: dataDir! }), CROSSDESK_OPERATOR_TOKEN: OPERATOR, CROSSDESK_METRICS_TOKEN: METRICS, RATE_LIMIT_POINTS: '3' });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    killAllChildServers();
    await db?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Requests whose URL carries a secret a client put in the wrong place: [what, path and query]. */
  const MISPLACED: Array<[string, string]> = [
    ['access_token on a GET query', `/graphql?query=${encodeURIComponent('{ viewer { isOperator } }')}&access_token=${OPERATOR}`],
    ['token on a GET query', `/graphql?token=${OPERATOR}&query=${encodeURIComponent('{ __typename }')}`],
    ['the token inside GET variables', `/graphql?query=${encodeURIComponent('query($t: String) { __typename }')}&variables=${encodeURIComponent(JSON.stringify({ t: OPERATOR }))}`],
    ['api_key on a POST', `/graphql?api_key=${OPERATOR}`],
    ['authorization on a path that does not exist', `/nowhere?authorization=Bearer%20${OPERATOR}`],
  ];

  it.each(MISPLACED)('does not log %s', async (_what, pathAndQuery) => {
    const base = new URL(server.url).origin;
    const marker = `probe-${Math.random().toString(36).slice(2)}`;
    const post = pathAndQuery.includes('api_key');
    await fetch(`${base}${pathAndQuery}`, {
      method: post ? 'POST' : 'GET',
      headers: { accept: 'application/json', 'content-type': 'application/json', 'x-request-id': marker, 'apollo-require-preflight': 'true' },
      ...(post ? { body: JSON.stringify({ query: '{ __typename }' }) } : {}),
    });
    // the access log line is written when the answer is sent: wait for the one of this request
    const line = await logLine(server, (l) => l.reqId === marker);
    expect(line?.path).toMatch(/^\/(graphql|nowhere)$/); // the path, never the query string
    expect(server.stdout()).not.toContain(OPERATOR);
    expect(server.stdout()).not.toContain(encodeURIComponent(OPERATOR));
  });

  it('answers /metrics only with the bearer token when CROSSDESK_METRICS_TOKEN is set', async () => {
    const metrics = new URL('/metrics', server.url).toString();
    const cases: Array<[string, Record<string, string>, number]> = [
      ['no header', {}, 401],
      ['a wrong token', { authorization: 'Bearer nope' }, 401],
      ['the token without Bearer', { authorization: METRICS }, 401],
      ['the operator token', { authorization: `Bearer ${OPERATOR}` }, 401],
      ['the metrics token', { authorization: `Bearer ${METRICS}` }, 200],
    ];
    const got: Array<[string, number, string | null]> = [];
    for (const [what, headers] of cases) {
      const res = await fetch(metrics, { headers });
      const text = await res.text();
      got.push([what, res.status, res.status === 200 ? (text.includes('crossdesk_graphql_operation_duration_seconds') ? 'metrics' : text.slice(0, 80)) : res.headers.get('www-authenticate')]);
    }
    expect(got).toEqual(cases.map(([what, , status]) => [what, status, status === 200 ? 'metrics' : 'Bearer realm="metrics"']));
    expect(server.stdout()).not.toContain(METRICS);
  });

  it('sends Retry-After with every 429 (RATE_LIMIT_POINTS=3)', async () => {
    const answers: Array<[number, string | null, unknown]> = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR}` }, body: JSON.stringify({ query: '{ viewer { isOperator } }' }) });
      const body = (await res.json()) as any;
      answers.push([res.status, res.headers.get('retry-after'), body.errors?.[0]?.extensions?.retryAfterSeconds]);
    }
    const limited = answers.filter(([status]) => status === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const [, retryAfter, seconds] of limited) {
      expect(retryAfter).toMatch(/^[1-9]\d*$/);
      expect(Number(retryAfter)).toBe(seconds);
    }
  });
});

describe('without CROSSDESK_METRICS_TOKEN', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t?.close());
  it('/metrics stays open (the default), and a short token is refused at start', async () => {
    const res = await fetch(new URL('/metrics', t.url));
    expect(res.status).toBe(200);
    const { loadConfig } = await import('../../src/config');
    expect(() => loadConfig({ CROSSDESK_METRICS_TOKEN: 'short' })).toThrow(/CROSSDESK_METRICS_TOKEN/);
  });
});
