/**
 * The limits over graphql-ws (issue 25): every operation goes through the HTTP parse limits
 * before it executes, a bad document answers an `error` for that operation and keeps the
 * socket, messages are bounded below the HTTP body limit, one socket runs at most
 * WS_MAX_OPERATIONS_PER_SOCKET operations and one token holds at most
 * WS_MAX_SOCKETS_PER_TOKEN sockets, and a flood of oversized documents leaves `/healthz`
 * answering (its latency is printed, not asserted). Spoken with a raw `ws` client, so the
 * protocol's messages and close codes are seen as they are.
 */
import 'reflect-metadata';
import WebSocket from 'ws';
import { WS_MAX_MESSAGE_BYTES, WS_MAX_OPERATIONS_PER_SOCKET, WS_MAX_SOCKETS_PER_TOKEN, WS_TOO_MANY_SOCKETS } from '../../src/server/ws-limits';
import { requestWorld } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';
import { createWaiter } from '../support/waiter';
import { internalsIn } from './leaks';

let t: TestServer;
let token: string;
beforeAll(async () => {
  t = await startTestServer({ config: { rateLimitPoints: 1_000_000 } });
  const w = await requestWorld(t);
  token = w.engA.token;
});
afterAll(() => t?.close());

/** A raw graphql-transport-ws connection that queues every message and its close. */
interface RawSocket {
  messages: any[];
  closed?: { code: number; reason: string };
  send(message: unknown): void;
  sendRaw(text: string): void;
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
  waitFor(predicate: (messages: any[]) => boolean, timeoutMs?: number): Promise<any[]>;
  close(): void;
}
const sockets: RawSocket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});

function raw(authToken = token): Promise<RawSocket> {
  const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws');
  const waiter = createWaiter(
    () => socket.messages,
    () => `condition not met: ${JSON.stringify(socket.messages).slice(0, 500)}, closed ${JSON.stringify(socket.closed)}`,
  );
  const socket: RawSocket = {
    messages: [],
    send: (m) => ws.send(JSON.stringify(m)),
    sendRaw: (text) => ws.send(text),
    subscribe: (id, query, variables) => ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } })),
    waitFor: waiter.waitFor,
    close: () => ws.terminate(),
  };
  sockets.push(socket);
  ws.on('message', (data) => {
    socket.messages.push(JSON.parse(String(data)));
    waiter.notify();
  });
  ws.on('close', (code, reason) => {
    socket.closed = { code, reason: String(reason) };
    socket.messages.push({ type: '(closed)', code, reason: String(reason) });
    waiter.notify();
  });
  ws.on('error', () => undefined);
  return new Promise((resolve) => {
    ws.on('open', () => socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${authToken}` } }));
    void socket.waitFor((m) => m.some((x) => x.type === 'connection_ack' || x.type === '(closed)')).then(() => resolve(socket));
  });
}

const answered = (id: string) => (m: any[]) => m.some((x) => (x.id === id && (x.type === 'error' || x.type === 'complete')) || x.type === '(closed)');
/** The errors an operation got: an `error` message's, or those of a `next` (a subscription whose stream could not start). */
const errorsOf = (s: RawSocket, id: string) => s.messages.filter((x) => x.id === id && (x.type === 'error' || (x.type === 'next' && x.payload.errors))).flatMap((x) => (x.type === 'error' ? x.payload : x.payload.errors));
/** A valid query on the same socket still answers: the socket was kept. */
async function stillServes(s: RawSocket, id = `ok-${Math.random()}`) {
  s.subscribe(id, '{ viewer { isOperator } }');
  await s.waitFor(answered(id));
  expect(s.messages.find((x) => x.id === id && x.type === 'next')?.payload).toEqual({ data: { viewer: { isOperator: false } } });
  expect(s.closed).toBeUndefined();
}

describe('a bad document answers an error for that operation and keeps the socket', () => {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  it.each([
    ['a syntax error', '{ viewer { isOperator }', 'GRAPHQL_PARSE_FAILED', /^Syntax Error: Expected Name, found <EOF>\./],
    ['10,000 distinct aliases (~190 KB; over HTTP the token limit refuses them too)', aliases(10_000), 'GRAPHQL_PARSE_FAILED', /Document contains more that 4000 tokens/],
    ['a document nested 5,000 deep in 15 KB', `${'{ a '.repeat(5_000)}${'}'.repeat(5_000)}`, 'GRAPHQL_PARSE_FAILED', /nests deeper than 64 levels/],
    ['50,000 nested selection sets (~250 KB)', `${'{ a '.repeat(50_000)}${'}'.repeat(50_000)}`, 'GRAPHQL_PARSE_FAILED', /nests deeper than 64 levels/],
    ['an unknown field', '{ nope }', 'GRAPHQL_VALIDATION_FAILED', /Cannot query field "nope"/],
    ['21 aliases', `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: viewer { isOperator }`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED', /^Aliases limit of 20 exceeded, found 21\.$/],
    ['depth 14', `{ viewer { member { users { edges { node { member { users { edges { node { member { users { edges { node { id } } } } } } } } } } } } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query depth limit of 12 exceeded/],
    ['a million objects', `{ partnerGroups(first: 100) { edges { node { memberships(first: 100) { edges { node { member { users(first: 100) { edges { node { id } } } } } } } } } } }`, 'GRAPHQL_VALIDATION_FAILED', /^Query cost [\d,]+ exceeds the limit of 50,000/],
    ['a subscription with a forged cursor', `subscription { requestEvents(after: "ZTo5OTk5OTk5OTk5OTk5OTk5OTk5") { cursor } }`, 'BAD_USER_INPUT', /after: is not an event cursor/],
    ['two operations and no operationName', '{ a: __typename } { b: __typename }', 'GRAPHQL_VALIDATION_FAILED', /anonymous operation/],
  ])('%s', async (_what, query, code, message) => {
    const s = await raw();
    s.subscribe('bad', query);
    await s.waitFor(answered('bad'));
    const errors = errorsOf(s, 'bad').map((e: any) => [e.extensions?.code, e.message]);
    expect(errors).toContainEqual([code, expect.stringMatching(message)]);
    expect(errors.filter(([c]) => c !== code)).toEqual([]);
    expect(internalsIn(JSON.stringify(s.messages))).toEqual([]);
    await stillServes(s);
  });

  it.each([
    ['no query', { id: 'x', type: 'subscribe', payload: { variables: {} } }],
    ['a query that is a number', { id: 'x', type: 'subscribe', payload: { query: 42 } }],
    ['variables that are a list', { id: 'x', type: 'subscribe', payload: { query: '{ __typename }', variables: [1] } }],
    ['text that is not JSON', '{"id":"x","type":"subscribe","payload":'],
  ])('a message that breaks the protocol (%s) closes the socket with 4400, as graphql-transport-ws says, and nothing more', async (_what, message) => {
    const s = await raw();
    if (typeof message === 'string') s.sendRaw(message);
    else s.send(message);
    await s.waitFor((m) => m.some((x) => x.type === '(closed)'));
    expect(s.closed).toEqual({ code: 4400, reason: 'Invalid message received' });
    await stillServes(await raw());
  });
});

describe('sizes and counts', () => {
  it(`closes a socket that sends a message over ${WS_MAX_MESSAGE_BYTES / 1024} KB with 1009, without parsing it`, async () => {
    const s = await raw();
    s.subscribe('big', `{ __typename ${'#'.repeat(WS_MAX_MESSAGE_BYTES)} }`);
    await s.waitFor((m) => m.some((x) => x.type === '(closed)'));
    expect(s.closed?.code).toBe(1009);
    const other = await raw();
    await stillServes(other);
  });

  it(`runs at most ${WS_MAX_OPERATIONS_PER_SOCKET} operations at once on one socket`, async () => {
    const s = await raw();
    for (let i = 0; i < WS_MAX_OPERATIONS_PER_SOCKET; i++) s.subscribe(`sub${i}`, 'subscription { requestEvents { cursor } }');
    s.subscribe('one-too-many', 'subscription { requestEvents { cursor } }');
    await s.waitFor(answered('one-too-many'));
    expect(errorsOf(s, 'one-too-many').map((e: any) => [e.extensions?.code, e.message])).toEqual([['BAD_REQUEST', expect.stringMatching(/^Too many operations on this socket \(at most 50 at once\)/)]]);
    // the 50 are running: none was refused
    expect(s.messages.filter((x) => x.type === 'error' && x.id !== 'one-too-many')).toEqual([]);
    s.send({ id: 'sub0', type: 'complete' });
    s.subscribe('room-again', 'subscription { requestEvents { cursor } }');
    s.subscribe('marker', '{ __typename }');
    await s.waitFor(answered('marker'));
    expect(errorsOf(s, 'room-again')).toEqual([]);
  });

  it(`lets one token hold at most ${WS_MAX_SOCKETS_PER_TOKEN} sockets (${WS_TOO_MANY_SOCKETS} beyond)`, async () => {
    const w = await requestWorld(t);
    const held: RawSocket[] = [];
    for (let i = 0; i < WS_MAX_SOCKETS_PER_TOKEN; i++) held.push(await raw(w.engB.token));
    expect(held.every((s) => !s.closed)).toBe(true);
    const extra = await raw(w.engB.token);
    await extra.waitFor((m) => m.some((x) => x.type === '(closed)'));
    expect(extra.closed).toEqual({ code: WS_TOO_MANY_SOCKETS, reason: `Too many open sockets for this token (at most ${WS_MAX_SOCKETS_PER_TOKEN}): close one first` });
    // another token is not affected, and closing one makes room
    await stillServes(await raw(w.engA.token));
    held[0].close();
    await held[0].waitFor((m) => m.some((x) => x.type === '(closed)'));
    const again = await raw(w.engB.token);
    await again.waitFor((m) => m.some((x) => x.type === 'connection_ack' || x.type === '(closed)'));
    // the server sees the close a moment after the client: wait for the room by asking again if needed
    const room = again.closed ? await raw(w.engB.token) : again;
    await stillServes(room);
  });
});

describe('a flood of oversized and huge documents', () => {
  it('leaves /healthz answering (latency printed) and the server serving', async () => {
    const healthz = new URL('/healthz', t.url).toString();
    const latencies: number[] = [];
    let flooding = true;
    const tokensDoc = `{ ${'a '.repeat(Math.floor((WS_MAX_MESSAGE_BYTES - 200) / 2))} }`; // ~256 KB of tokens: refused after 4,000
    const oneMb = `{ ${'a '.repeat(512 * 1024)} }`; // 1 MB: refused before it is read
    // the clients share this process with the server: connect and serialise before the probe starts
    const floodSockets = await Promise.all(Array.from({ length: 8 }, () => raw()));
    const megabytes = await Promise.all(Array.from({ length: 10 }, () => raw()));
    const frames = Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `f${i}`, type: 'subscribe', payload: { query: tokensDoc } }));
    const mbFrame = JSON.stringify({ id: 'mb', type: 'subscribe', payload: { query: oneMb } });
    const probe = (async () => {
      while (flooding) {
        const started = performance.now();
        const res = await fetch(healthz);
        await res.text();
        latencies.push(performance.now() - started);
      }
    })();
    let sent = 0;
    const sendStarted = performance.now();
    for (const s of floodSockets) for (const frame of frames) s.sendRaw(frame), sent++;
    for (const s of megabytes) s.sendRaw(mbFrame);
    const sendMs = performance.now() - sendStarted;
    await Promise.all(floodSockets.map((s) => s.waitFor((m) => m.filter((x) => x.type === 'error').length >= 10 || m.some((x) => x.type === '(closed)'), 60_000)));
    await Promise.all(megabytes.map((s) => s.waitFor((m) => m.some((x) => x.type === '(closed)'), 60_000)));
    flooding = false;
    await probe;
    const sorted = [...latencies].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
    console.log(`/healthz during a flood of ${sent} documents of 256 KB and 10 of 1 MB: ${latencies.length} answers, p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (the clients' own sending, masking included, held this shared event loop for ${sendMs.toFixed(0)} ms)`);
    expect(latencies.length).toBeGreaterThan(0);
    for (const s of floodSockets) expect(errorsOf(s, 'f0').map((e: any) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(megabytes.map((s) => s.closed?.code)).toEqual(Array(10).fill(1009));
    expect(internalsIn(JSON.stringify([...floodSockets, ...megabytes].map((s) => s.messages)))).toEqual([]);
    expect((await fetch(healthz)).status).toBe(200);
    await stillServes(floodSockets[0]);
  }, 120_000);
});
