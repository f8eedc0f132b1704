import path from 'node:path';
import { logFormatFor } from '../../src/common/logger';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { killAllChildServers, startChildServer, type ChildServer } from '../support/child-server';
import { ROOT, runNode, waitForLog } from './ops-support';

jest.setTimeout(120_000);

const OPERATOR = 'cdk_ops_logs_operator_secret_0123456789';
const embedded = !process.env.TEST_DATABASE_URL;

describe('LOG_FORMAT', () => {
  it('is pretty on a terminal and JSON anywhere else, unless it says which', () => {
    expect(logFormatFor({}, true)).toBe('pretty');
    expect(logFormatFor({}, false)).toBe('json');
    expect(logFormatFor({ LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormatFor({ LOG_FORMAT: 'Pretty' }, false)).toBe('pretty');
  });

  const logOneLine = `require(${JSON.stringify(path.join(ROOT, 'dist/src/common/logger.js'))}).logger.info({ memberId: 'm-1', token: 'cdk_hide_me' }, 'hello there')`;

  it('writes one JSON object a line to a pipe by default', async () => {
    const run = await runNode(['-e', logOneLine], { LOG_LEVEL: 'info', LOG_FORMAT: '' });
    const line = JSON.parse(run.stdout.trim());
    expect(line).toMatchObject({ level: 30, msg: 'hello there', memberId: 'm-1', token: '[redacted]' });
  });

  it('writes readable lines with LOG_FORMAT=pretty, secrets still redacted', async () => {
    const run = await runNode(['-e', logOneLine], { LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' });
    const out = run.stdout.trim();
    expect(out).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: hello there/);
    expect(out).toContain('"memberId":"m-1"');
    expect(out).not.toContain('cdk_hide_me');
    expect(out.split('\n')).toHaveLength(1);
  });
});

describe('the HTTP access line', () => {
  let db: TestDatabase;
  let server: ChildServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startChildServer({ DATABASE_URL: db.url, DB_POOL_SIZE: embedded ? '1' : '2', LOG_FORMAT: 'json', CROSSDESK_OPERATOR_TOKEN: OPERATOR });
  });
  afterAll(async () => {
    await server?.stop();
    killAllChildServers();
    await db?.drop();
  });

  it('says method, path, status, duration, operation and request id at info, and no header, query string or token', async () => {
    const res = await fetch(`${server.url}?apiKey=cdk_in_the_query_string`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR}`, 'x-request-id': 'ops-logs-1', cookie: 'session=do-not-log' },
      body: JSON.stringify({ query: 'query WhoAmI { viewer { isOperator } }', variables: { unused: 'cdk_a_variable' } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('ops-logs-1');
    const line = await waitForLog(server, (l) => l.reqId === 'ops-logs-1');
    expect(line).toMatchObject({ level: 30, method: 'POST', path: '/graphql', status: 200, operation: 'WhoAmI', type: 'query' });
    expect(typeof line.ms).toBe('number');
    expect(Object.keys(line).sort()).toEqual(['level', 'method', 'ms', 'msg', 'operation', 'path', 'reqId', 'service', 'status', 'time', 'type']);
    const everything = server.stdout();
    for (const secret of [OPERATOR, 'cdk_in_the_query_string', 'cdk_a_variable', 'do-not-log', 'authorization', 'headers']) expect(everything).not.toContain(secret);
  });

  it('gives a refused request its status and error code', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'ops-logs-2' },
      body: JSON.stringify({ query: 'query Members { members { totalCount } }' }),
    });
    await res.json();
    const line = await waitForLog(server, (l) => l.reqId === 'ops-logs-2');
    expect(line).toMatchObject({ method: 'POST', path: '/graphql', operation: 'Members', errors: ['UNAUTHENTICATED'] });
  });
});
