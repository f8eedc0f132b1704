/**
 * B2 push latency: graphql-ws subscribers on `inboundRequests` (default 1,000 across 10
 * members); requests are submitted one after another (default 1,000, spread over the
 * members); the latency of a delivery is its receipt at a subscriber minus the moment the
 * submit's HTTP response (the commit) arrived. Baseline: a bare `ws` server in this process
 * sends the same frame to the same sockets on the same schedule. Both sides use the same
 * minimal client (`ws` + JSON.parse), so the client's cost is the same in both.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { gql } from './lib/http';
import { createDatabase } from './lib/postgres';
import type { BenchContext, BenchOutcome } from './lib/report';
import { startCrossdesk } from './lib/server';
import { now, percentile, round, sleep } from './lib/stats';
import { buildWorld, SUBMIT, submitInput, type World } from './lib/world';

/** The README's subscription. */
const SUBSCRIPTION = `subscription { inboundRequests { cursor type at critical request { id summary priority } } }`;
export const CONNECT_BATCH = 50;

export interface Receipts {
  /** request id -> receipt times */
  byRequest: Map<string, number[]>;
  total: number;
  errors: string[];
  /** One raw frame as received, the baseline's template. */
  sample?: string;
  lastAt: number;
}

export const newReceipts = (): Receipts => ({ byRequest: new Map(), total: 0, errors: [], lastAt: now() });

function record(receipts: Receipts, at: number, text: string, requestIdOf: (msg: any) => string | undefined): void {
  let msg: any;
  try {
    msg = JSON.parse(text);
  } catch {
    receipts.errors.push(`unparsable frame ${text.slice(0, 100)}`);
    return;
  }
  if (msg.type === 'next') {
    const id = requestIdOf(msg);
    if (!id) {
      receipts.errors.push(`frame without request id: ${text.slice(0, 300)}`);
      return;
    }
    receipts.sample ??= text;
    let list = receipts.byRequest.get(id);
    if (!list) receipts.byRequest.set(id, (list = []));
    list.push(at);
    receipts.total++;
    receipts.lastAt = at;
  } else if (msg.type === 'error') {
    receipts.errors.push(text.slice(0, 300));
  }
}

const requestIdOf = (msg: any): string | undefined => msg?.payload?.data?.inboundRequests?.request?.id;

/** A minimal graphql-transport-ws subscriber: init, wait for ack, subscribe; every `next` recorded. */
export function subscribe(url: string, token: string, receipts: Receipts): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    let acked = false;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    ws.on('message', (data) => {
      const at = now();
      const text = data.toString();
      if (!acked) {
        const msg = JSON.parse(text);
        if (msg.type === 'connection_ack') {
          acked = true;
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
          resolve(ws);
        }
        return;
      }
      if (text.startsWith('{"type":"ping"')) {
        ws.send('{"type":"pong"}');
        return;
      }
      record(receipts, at, text, requestIdOf);
    });
    ws.on('error', (err) => {
      if (!acked) reject(err);
      else receipts.errors.push(String(err));
    });
    ws.on('close', (code, reason) => {
      if (!acked) reject(new Error(`closed ${code} ${reason.toString()} before ack`));
      else if (code !== 1000 && code !== 1005) receipts.errors.push(`closed ${code} ${reason.toString()}`);
    });
  });
}

/** Waits until `expected` deliveries arrived, or nothing arrived for `idleMs`. */
export async function settle(receipts: Receipts, expected: number, idleMs: number): Promise<void> {
  while (receipts.total < expected && now() - receipts.lastAt < idleMs) await sleep(20);
}

export function summarise(latencies: number[]) {
  return {
    deliveries: latencies.length,
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.length ? Math.max(...latencies) : NaN),
    beforeResponse: latencies.filter((l) => l < 0).length,
  };
}

export interface Sent {
  requestId: string;
  member: number;
  t0: number;
}

/**
 * Submits request `n` to member `m`'s department, from the next member's first engineer,
 * and notes when the answer came (the commit is before it): the start of every latency.
 */
export function submitter(url: string, world: World) {
  const members = world.members.length;
  return async (m: number, n: number): Promise<Sent> => {
    const from = world.members[(m + 1) % members];
    const res = await gql(url, SUBMIT, { input: submitInput(world.members[m].departmentId, n) }, from.engineers[0].token);
    const t0 = now();
    const id = res.data?.submitRequest?.request?.id;
    if (!id) throw new Error(`submit failed: HTTP ${res.status} ${JSON.stringify(res.errors)}`);
    return { requestId: id, member: m, t0 };
  };
}

export function latenciesOf(sent: Sent[], receipts: Receipts, perMember: number) {
  const latencies: number[] = [];
  let missing = 0;
  let extra = 0;
  for (const s of sent) {
    const times = receipts.byRequest.get(s.requestId) ?? [];
    for (const t of times) latencies.push(t - s.t0);
    if (times.length < perMember) missing += perMember - times.length;
    if (times.length > perMember) extra += times.length - perMember;
  }
  return { latencies, missing, extra };
}

export async function closeAll(sockets: WebSocket[]): Promise<void> {
  await Promise.all(
    sockets.map(
      (ws) =>
        new Promise<void>((resolve) => {
          if (ws.readyState === WebSocket.CLOSED) return resolve();
          ws.once('close', () => resolve());
          ws.close(1000);
          setTimeout(() => {
            ws.terminate();
            resolve();
          }, 2000).unref();
        }),
    ),
  );
}

async function crossdeskRun(ctx: BenchContext, members: number, subscribers: number, submits: number) {
  const db = await createDatabase(ctx.pg.adminUrl, 'b2');
  const server = await startCrossdesk({ databaseUrl: db.url });
  const sockets: WebSocket[] = [];
  try {
    const world: World = await buildWorld(server.url, { members, engineers: 1 });
    const perMember = subscribers / members;
    const all = newReceipts(); // deliveries are told apart by request id
    ctx.log(`B2: connecting ${subscribers} graphql-ws subscribers (${perMember} per member, ${members} members)`);
    const plan = Array.from({ length: subscribers }, (_, i) => i % members);
    for (let i = 0; i < plan.length; i += CONNECT_BATCH) {
      sockets.push(...(await Promise.all(plan.slice(i, i + CONNECT_BATCH).map((m) => subscribe(server.wsUrl, world.members[m].engineers[0].token, all)))));
    }
    const submitTo = submitter(server.url, world);
    // warm-up, and proof that every subscription is live: one request per member, all delivered
    for (let m = 0; m < members; m++) await submitTo(m, -1 - m);
    await settle(all, members * perMember, 30_000);
    if (all.total < members * perMember) throw new Error(`warm-up: ${all.total} of ${members * perMember} deliveries arrived; errors ${all.errors.slice(0, 3).join('; ')}`);
    const warmupDeliveries = all.total;

    ctx.log(`B2: submitting ${submits} requests one after another`);
    const sent: Sent[] = [];
    const start = now();
    for (let i = 0; i < submits; i++) sent.push(await submitTo(i % members, i));
    const submitSeconds = (now() - start) / 1000;
    await settle(all, warmupDeliveries + submits * perMember, 20_000);
    const drainedAt = now();
    const { latencies, missing, extra } = latenciesOf(sent, all, perMember);
    return {
      world,
      sent,
      sample: all.sample!,
      submitSeconds,
      deliveryWindowSeconds: (drainedAt - sent[0].t0) / 1000,
      latencies,
      missing,
      extra,
      errors: all.errors.slice(0, 5),
    };
  } finally {
    await closeAll(sockets);
    await server.stop();
    await db.drop();
  }
}

/** The same frames, sockets and schedule from a bare `ws` server in this process. */
async function bareRun(members: number, subscribers: number, schedule: Sent[], sample: string) {
  const httpServer = http.createServer();
  const wss = new WebSocketServer({ server: httpServer });
  const groups: WebSocket[][] = Array.from({ length: members }, () => []);
  wss.on('connection', (ws) => {
    ws.once('message', (data) => {
      groups[Number(data.toString())].push(ws);
      ws.send('{"type":"connection_ack"}');
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const receipts = newReceipts();
  const clients: WebSocket[] = [];
  try {
    const connect = (m: number) =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(url);
        let acked = false;
        ws.on('open', () => ws.send(String(m)));
        ws.on('message', (data) => {
          const at = now();
          const text = data.toString();
          if (!acked) {
            acked = true;
            resolve(ws);
            return;
          }
          record(receipts, at, text, requestIdOf);
        });
        ws.on('error', reject);
      });
    const plan = Array.from({ length: subscribers }, (_, i) => i % members);
    for (let i = 0; i < plan.length; i += CONNECT_BATCH) clients.push(...(await Promise.all(plan.slice(i, i + CONNECT_BATCH).map(connect))));

    const template = JSON.parse(sample);
    const sent: Sent[] = [];
    const origin = schedule[0].t0;
    const start = now();
    for (let i = 0; i < schedule.length; i++) {
      const wait = start + (schedule[i].t0 - origin) - now();
      if (wait > 0.5) await sleep(wait);
      const requestId = `bare0000-0000-4000-8000-${String(i).padStart(12, '0')}`; // uuid-sized
      template.payload.data.inboundRequests.request.id = requestId;
      const frame = JSON.stringify(template);
      const t0 = now();
      for (const ws of groups[schedule[i].member]) ws.send(frame);
      sent.push({ requestId, member: schedule[i].member, t0 });
    }
    const perMember = subscribers / members;
    await settle(receipts, schedule.length * perMember, 10_000);
    return { ...latenciesOf(sent, receipts, perMember), errors: receipts.errors.slice(0, 5) };
  } finally {
    await closeAll(clients);
    wss.close();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  }
}

export async function runB2(ctx: BenchContext): Promise<BenchOutcome> {
  const members = ctx.quick ? 5 : 10;
  const subscribers = ctx.quick ? 50 : 1_000;
  const submits = ctx.quick ? 100 : 1_000;
  const cd = await crossdeskRun(ctx, members, subscribers, submits);
  ctx.log(`B2: baseline, bare ws broadcast to ${subscribers} sockets on the same schedule`);
  const bare = await bareRun(members, subscribers, cd.sent, cd.sample);
  const c = summarise(cd.latencies);
  const b = summarise(bare.latencies);
  const note = `${submits} submits in ${round(cd.submitSeconds, 1)} s (${round(submits / cd.submitSeconds, 1)}/s), ${subscribers / members} subscribers each; missing ${cd.missing}, extra ${cd.extra}`;
  return {
    figures: [
      {
        id: 'B2',
        name: `push latency p50, ${subscribers} subscribers / ${members} members`,
        value: c.p50,
        unit: 'ms',
        baselineName: 'bare ws broadcast',
        baseline: b.p50,
        target: undefined,
        note,
      },
      {
        id: 'B2',
        name: `push latency p99, ${subscribers} subscribers / ${members} members`,
        value: c.p99,
        unit: 'ms',
        baselineName: 'bare ws broadcast',
        baseline: b.p99,
        target: '≤ 25 ms',
        met: ctx.quick ? null : c.p99 <= 25 && cd.missing === 0,
        note,
      },
    ],
    details: {
      members,
      subscribers,
      submits,
      subscription: SUBSCRIPTION,
      frameBytes: Buffer.byteLength(cd.sample),
      submitSeconds: round(cd.submitSeconds, 2),
      submitsPerSecond: round(submits / cd.submitSeconds, 1),
      deliveryWindowSeconds: round(cd.deliveryWindowSeconds, 2),
      crossdesk: { ...c, missing: cd.missing, extra: cd.extra, errors: cd.errors },
      bare: { ...b, missing: bare.missing, extra: bare.extra, errors: bare.errors },
      method:
        'latency = receipt at the subscriber − arrival of the submit HTTP response (Crossdesk) or the start of the broadcast (bare ws); the bare run replays the submit schedule; both sides receive with ws + JSON.parse in the bench process',
    },
  };
}
