import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AttemptReport, WebhookWorker } from '../../src/modules/webhooks/webhook-delivery';
import { createWaiter } from './waiter';

/** One POST a receiver got. */
export interface Hit {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: any;
}

export interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Never answer (the sender's timeout must end the attempt). */
  hang?: boolean;
}

/**
 * A real HTTP receiver on a free loopback port, as a partner's ticketing system would run
 * one: it records every request and answers what `reply` says (200 by default). Tests wait
 * on its hits, never on time.
 */
export interface Receiver {
  url: string;
  hits: Hit[];
  reply: (hit: Hit, index: number) => Reply;
  waitFor(predicate: (hits: Hit[]) => boolean, timeoutMs?: number): Promise<Hit[]>;
  close(): Promise<void>;
}

export async function startReceiver(reply: Receiver['reply'] = () => ({ status: 200 })): Promise<Receiver> {
  const hanging = new Set<http.ServerResponse>();
  const waiter = createWaiter(
    () => receiver.hits,
    () => `receiver: condition not met after ${receiver.hits.length} hits: ${JSON.stringify(receiver.hits.map((h) => h.json?.type))}`,
  );
  const receiver: Receiver = {
    url: '',
    hits: [],
    reply,
    waitFor: waiter.waitFor,
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: any;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const hit: Hit = { path: req.url ?? '/', headers: req.headers, body, json };
      const index = receiver.hits.length;
      receiver.hits.push(hit);
      const r = receiver.reply(hit, index);
      if (r.hang) hanging.add(res);
      else res.writeHead(r.status, r.headers ?? {}).end(r.body ?? '');
      waiter.notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

/** Collects the worker's recorded attempts, so a test can wait until one is written (before moving the clock). */
export function attemptLog(worker: WebhookWorker) {
  const reports: AttemptReport[] = [];
  const waiter = createWaiter(
    () => reports,
    () => `worker: condition not met after ${reports.length} attempts: ${JSON.stringify(reports.map((r) => r.outcome.status))}`,
  );
  const listener = (r: AttemptReport) => {
    reports.push(r);
    waiter.notify();
  };
  worker.events.on('attempt', listener);
  return {
    reports,
    waitFor: waiter.waitFor,
    stop: () => worker.events.off('attempt', listener),
  };
}
