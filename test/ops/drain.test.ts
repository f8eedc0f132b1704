import http from 'node:http';
import { startTestServer, type TestServer } from '../support/server';
import { requestWorld } from '../support/seed';
import { INBOUND, subscribe } from '../support/subscriber';

jest.setTimeout(60_000);

/** One request over `agent`, answering status, headers and the parsed body. */
function get(url: string, agent: http.Agent | false): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(body) }));
      })
      .on('error', reject);
  });
}

/**
 * A GraphQL POST held open half-way through its body: `started` resolves once the server has
 * taken the request (its `100 Continue`); `finish()` sends the rest and answers the response.
 */
function heldPost(url: string, query: string, token: string) {
  const body = JSON.stringify({ query });
  const half = Math.floor(body.length / 2);
  const req = http.request(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}`, expect: '100-continue' },
  });
  const answer = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
  });
  answer.catch(() => undefined); // an aborted one is not awaited
  const started = new Promise<void>((resolve) =>
    req.on('continue', () => {
      req.write(body.slice(0, half));
      resolve();
    }),
  );
  req.flushHeaders();
  return {
    started,
    finish() {
      req.end(body.slice(half));
      return answer;
    },
    abort() {
      req.destroy();
    },
  };
}

describe('a graceful stop (SIGTERM)', () => {
  let t: TestServer;
  afterEach(() => t?.close());

  it('answers /readyz 503 at once, takes no new connection, finishes the operation under way, then closes sockets with 1012', async () => {
    t = await startTestServer();
    const w = await requestWorld(t);
    const base = t.url.replace(/\/graphql$/, '');
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(`${base}/readyz`, keepAlive)).status).toBe(200);
    const listener = subscribe(t.wsUrl, w.engB.token, INBOUND('id request { id }'));
    const first = await w.submit({ requesterCaseNumber: 'BEFORE' });
    await listener.waitFor((es) => es.some((e) => e.request.id === first.id));

    const held = heldPost(t.url, `mutation { __typename }`, w.engA.token);
    await held.started;
    const drained = t.drain();

    const ready = await get(`${base}/readyz`, keepAlive); // on the connection already open
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'stopping' });
    expect(ready.headers.connection).toBe('close');
    await expect(get(`${base}/healthz`, false)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(listener.closedWith).toBeUndefined(); // subscribers keep their stream while operations finish

    const answered = await held.finish();
    expect(answered).toEqual({ status: 200, body: { data: { __typename: 'Mutation' } } });
    const report = await drained;
    expect(report).toMatchObject({ unfinished: 0, sockets: 1 });
    await listener.waitFor(() => listener.closedWith !== undefined);
    expect(listener.closedWith).toBe(1012);
    keepAlive.destroy();
  });

  it('waits no longer than the grace period for an operation that does not end', async () => {
    t = await startTestServer({ config: { shutdownGraceMs: 300 } });
    const held = heldPost(t.url, `{ __typename }`, t.operatorToken);
    await held.started;
    const report = await t.drain();
    expect(report.unfinished).toBe(1);
    expect(report.ms).toBeLessThan(5_000);
    held.abort();
  });
});
