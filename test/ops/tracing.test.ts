import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { killAllChildServers, startChildServer, type ChildServer } from '../support/child-server';
import { requestWorld } from '../support/seed';
import { createWaiter } from '../support/waiter';
import { asTestServer, waitForLog } from './ops-support';

/**
 * Traces of one `submitRequest`, as an OTLP collector receives them: the server runs with
 * `OTEL_EXPORTER_OTLP_ENDPOINT` pointing at a receiver in this test, which keeps every span
 * it is sent (in memory). One HTTP span, one span for the GraphQL operation under it (none
 * per field), the PostgreSQL statements under that, no parameter value anywhere, and the
 * access log line carrying the same trace id.
 */

jest.setTimeout(120_000);

const OPERATOR = 'cdk_ops_tracing_operator_secret_0123456789';
const embedded = !process.env.TEST_DATABASE_URL;

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/** An OTLP/HTTP (JSON) trace receiver keeping every span it is sent. */
async function startReceiver() {
  const spans: Span[] = [];
  const waiter = createWaiter(
    () => spans,
    () => `got ${spans.length} spans: ${spans.map((s) => s.name).join(', ')}`,
  );
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const sent = JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: any[] }> }> };
      for (const r of sent.resourceSpans) {
        for (const scope of r.scopeSpans) {
          for (const s of scope.spans) {
            const attributes: Record<string, unknown> = {};
            for (const a of s.attributes ?? []) attributes[a.key] = Object.values(a.value ?? {})[0];
            spans.push({ traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, kind: s.kind, attributes });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
      waiter.notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { spans, waitFor: waiter.waitFor, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('traces (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  let db: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: ChildServer;
  beforeAll(async () => {
    db = await createTestDatabase();
    receiver = await startReceiver();
    server = await startChildServer({
      DATABASE_URL: db.url,
      DB_POOL_SIZE: embedded ? '1' : '2',
      CROSSDESK_OPERATOR_TOKEN: OPERATOR,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '50',
      OTEL_SERVICE_NAME: 'crossdesk-test',
    });
  });
  afterAll(async () => {
    await server?.stop();
    killAllChildServers();
    await receiver?.close();
    await db?.drop();
  });

  it('gives one submitRequest an HTTP span, one span for its operation, its statements under that, and its trace id to the log line', async () => {
    const w = await requestWorld(asTestServer(server.url, OPERATOR));
    const secretSummary = 'Summary-that-must-not-be-traced-4711';
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.engA.token}`, 'x-request-id': 'trace-submit-1' },
      body: JSON.stringify({
        query: `mutation Submit($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id status } } }`,
        variables: { input: w.input({ summary: secretSummary }) },
      }),
    });
    expect(((await res.json()) as any).data.submitRequest.request.status).toBe('OPEN');
    const line = await waitForLog(server, (l) => l.reqId === 'trace-submit-1');
    expect(line.traceId).toMatch(/^[0-9a-f]{32}$/);

    // the trace of that request, once its HTTP span (the root, ended last) has arrived
    const inTrace = () => receiver.spans.filter((s) => s.traceId === line.traceId);
    await receiver.waitFor(() => inTrace().some((s) => !s.parentSpanId && s.kind === 2));
    const spans = inTrace();
    const root = spans.find((s) => !s.parentSpanId)!;
    expect(root.attributes['http.method'] ?? root.attributes['http.request.method']).toBe('POST');
    const operations = spans.filter((s) => /^graphql\.execute|^mutation\b/.test(s.name));
    expect(operations).toHaveLength(1);
    const operation = operations[0];
    expect(operation.attributes['graphql.operation.name']).toBe('Submit');
    expect(operation.attributes['graphql.operation.type']).toBe('mutation');
    expect(spans.filter((s) => /resolve/.test(s.name))).toEqual([]); // no span per field
    const statement = (s: Span) => String(s.attributes['db.query.text'] ?? s.attributes['db.statement'] ?? '');
    const statements = spans.filter((s) => (s.attributes['db.system.name'] ?? s.attributes['db.system']) === 'postgresql' && statement(s));
    expect(statements.length).toBeGreaterThanOrEqual(5);
    // the operation's statements run under its span (directly or under a pg connect span)
    const ancestors = (s: Span): string[] => {
      const parent = spans.find((p) => p.spanId === s.parentSpanId);
      return parent ? [parent.spanId, ...ancestors(parent)] : [];
    };
    expect(statements.filter((s) => ancestors(s).includes(operation.spanId)).length).toBeGreaterThanOrEqual(5);
    expect(statements.some((s) => /INSERT INTO "collaboration_request"/i.test(statement(s)))).toBe(true);
    // no parameter value, variable or token in any span
    const everything = JSON.stringify(receiver.spans);
    for (const secret of [secretSummary, w.engA.token, OPERATOR]) expect(everything).not.toContain(secret);
    process.stdout.write(`one submitRequest: ${spans.length} spans (${statements.length} statements) in trace ${line.traceId}: ${[...new Set(spans.map((s) => s.name))].join(', ')}\n`);
  });
});
