import WebSocket from 'ws';
import { act, requestWorld } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { REQUEST_EVENTS, subscribe } from '../support/subscriber';
import { slowConsumerCloses } from '../../src/common/metrics';

jest.setTimeout(300_000); // thousands of events (or a cold PGlite) on a shared 2-core machine: minutes when it is loaded
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ maxBufferedEvents: 20, slowConsumerMs: 1000 });
});
afterAll(() => t.close());

const FROM_START = Buffer.from('e:0').toString('base64url');

describe('a subscriber that does not read', () => {
  it('is disconnected with 4290 and a resume cursor, while another subscriber gets every event', async () => {
    const w = await requestWorld(t, {}, [{ key: 'details', label: 'Details', type: 'LONG_TEXT', required: true, maxLength: 100000 }]);
    const r = await w.submit({ data: { details: 'x'.repeat(95_000) } });

    // a raw graphql-transport-ws client whose socket stops reading
    const slow = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<{ code: number; reason: string }>((resolve) => slow.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    let received = 0;
    await new Promise<void>((resolve) => {
      slow.on('open', () => slow.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${w.engA.token}` } })));
      slow.on('message', (raw) => {
        const msg = JSON.parse(raw.toString());
        if (msg.type === 'connection_ack') {
          slow.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: REQUEST_EVENTS('id request { data summary }'), variables: { after: FROM_START } } }));
        }
        if (msg.type === 'next') {
          received++;
          if (received === 1) {
            (slow as unknown as { _socket: { pause(): void } })._socket.pause();
            resolve();
          }
        }
      });
    });
    const healthy = subscribe(t.wsUrl, w.engA.token, REQUEST_EVENTS('id'), { after: FROM_START });

    // every event carries ~95 KB of request data to the slow socket: the kernel buffers fill, then ours
    let written = 0;
    const closesBefore = (await slowConsumerCloses.get()).values[0]?.value ?? 0;
    const serverGaveUp = async () => ((await slowConsumerCloses.get()).values[0]?.value ?? 0) > closesBefore;
    while (written < 1000 && !(await serverGaveUp())) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => act(t, 'addNote', { requestId: r.id, body: `n${written + i}` }, w.engA.token).then(ok)));
      written += 10;
    }
    expect(await serverGaveUp()).toBe(true);
    (slow as unknown as { _socket: { resume(): void } })._socket.resume(); // read the backlog, then the close frame
    const close = await closed;
    expect(close.code).toBe(4290);
    expect(close.reason).toMatch(/^Slow consumer: resume with after=/);
    // the healthy subscriber was not held back: it has every event
    await healthy.waitFor((ev) => ev.length === written + 1);
    await healthy.dispose();
  });
});
