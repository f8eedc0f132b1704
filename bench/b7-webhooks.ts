/**
 * B7 webhook delivery latency, beside subscription push latency in the same run. Each member
 * (10; quick 5) registers a webhook for REQUEST_SUBMITTED on a receiver in the bench process
 * (node:http, answering 204 after verifying the signature) and holds one graphql-ws
 * subscriber on `inboundRequests`. Requests are submitted one after another (1,000; quick
 * 100), to the members in turn; each reaches the receiving member's subscriber once and both
 * parties' webhooks once. Latency = receipt − arrival of that submit's HTTP response (the
 * commit), for both channels alike; missing, duplicate and badly signed deliveries are counted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type WebSocket from 'ws';
import { verifySignature } from '../src/modules/webhooks/webhook-signature';
import { closeAll, latenciesOf, newReceipts, settle, submitter, subscribe, summarise, type Receipts, type Sent } from './b2-push';
import { gql, ok } from './lib/http';
import { createDatabase } from './lib/postgres';
import type { BenchContext, BenchOutcome } from './lib/report';
import { startCrossdesk } from './lib/server';
import { now, round } from './lib/stats';
import { buildWorld } from './lib/world';

/** A receiver like a partner's: reads the body, checks the signature of the member the path names, answers 204. */
async function startReceiver(secrets: Map<string, string>, receipts: Receipts) {
  let badSignatures = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = now();
      const body = Buffer.concat(chunks).toString('utf8');
      const secret = secrets.get(req.url ?? '') ?? '';
      const good = verifySignature({ secret, header: req.headers['crossdesk-signature'] as string, timestamp: req.headers['crossdesk-timestamp'] as string, body });
      if (!good) badSignatures++;
      try {
        const id = JSON.parse(body)?.request?.id as string | undefined;
        if (id) {
          let list = receipts.byRequest.get(id);
          if (!list) receipts.byRequest.set(id, (list = []));
          list.push(at);
          receipts.total++;
          receipts.lastAt = at;
        } else receipts.errors.push(`delivery without request id: ${body.slice(0, 200)}`);
      } catch {
        receipts.errors.push(`unparsable delivery: ${body.slice(0, 200)}`);
      }
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    badSignatures: () => badSignatures,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export async function runB7(ctx: BenchContext): Promise<BenchOutcome> {
  const members = ctx.quick ? 5 : 10;
  const submits = ctx.quick ? 100 : 1_000;
  const db = await createDatabase(ctx.pg.adminUrl, 'b7');
  const server = await startCrossdesk({ databaseUrl: db.url });
  const hooks = newReceipts();
  const pushes = newReceipts();
  const secrets = new Map<string, string>();
  const receiver = await startReceiver(secrets, hooks);
  const sockets: WebSocket[] = [];
  try {
    const world = await buildWorld(server.url, { members, engineers: 1 });
    for (const [i, m] of world.members.entries()) {
      const path = `/member-${i}`;
      const created = ok(
        await gql(server.url, `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }`, { input: { url: `${receiver.base}${path}`, eventTypes: ['REQUEST_SUBMITTED'], description: 'bench' } }, m.admin.token),
      ).createWebhook;
      secrets.set(path, created.secret);
      sockets.push(await subscribe(server.wsUrl, m.engineers[0].token, pushes));
    }
    const submitTo = submitter(server.url, world);
    // warm-up: one request per member, all delivered on both channels (connections open, code paths warm)
    for (let m = 0; m < members; m++) await submitTo(m, -1 - m);
    await settle(hooks, members * 2, 30_000);
    await settle(pushes, members, 30_000);
    if (hooks.total < members * 2 || pushes.total < members) throw new Error(`warm-up: ${hooks.total} of ${members * 2} webhook and ${pushes.total} of ${members} push deliveries`);
    const [hooksBefore, pushesBefore] = [hooks.total, pushes.total];

    ctx.log(`B7: submitting ${submits} requests one after another; ${members} webhooks and ${members} subscribers`);
    const sent: Sent[] = [];
    const start = now();
    for (let i = 0; i < submits; i++) sent.push(await submitTo(i % members, i));
    const submitSeconds = (now() - start) / 1000;
    await settle(pushes, pushesBefore + submits, 20_000);
    await settle(hooks, hooksBefore + submits * 2, 30_000);
    const hook = latenciesOf(sent, hooks, 2); // the requester's and the receiver's webhooks
    const push = latenciesOf(sent, pushes, 1);
    const h = summarise(hook.latencies);
    const p = summarise(push.latencies);
    const note = `${submits} submits in ${round(submitSeconds, 1)} s; webhooks: ${hook.latencies.length} deliveries, missing ${hook.missing}, extra ${hook.extra}, bad signatures ${receiver.badSignatures()}; subscriptions: missing ${push.missing}, extra ${push.extra}`;
    const correct = hook.missing === 0 && hook.extra === 0 && receiver.badSignatures() === 0;
    return {
      figures: [
        { id: 'B7', name: `webhook delivery latency p50, ${submits} events to a local receiver`, value: h.p50, unit: 'ms', baselineName: 'subscription push, same events', baseline: p.p50, target: 'every delivery once, signed', met: correct, note },
        { id: 'B7', name: `webhook delivery latency p99, ${submits} events to a local receiver`, value: h.p99, unit: 'ms', baselineName: 'subscription push, same events', baseline: p.p99, note },
      ],
      details: {
        members,
        submits,
        submitSeconds: round(submitSeconds, 2),
        webhook: { ...h, missing: hook.missing, extra: hook.extra, badSignatures: receiver.badSignatures(), errors: hooks.errors.slice(0, 5) },
        subscription: { ...p, missing: push.missing, extra: push.extra, errors: pushes.errors.slice(0, 5) },
        method:
          'latency = receipt (webhook: request body read at a node:http receiver in the bench process; subscription: ws frame parsed) − arrival of the submit HTTP response; each submit goes to both parties\' webhooks (REQUEST_SUBMITTED) and the receiving member\'s inboundRequests subscriber',
      },
    };
  } finally {
    await closeAll(sockets);
    await server.stop();
    await receiver.close();
    await db.drop();
  }
}
