import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AttemptReport, WebhookWorker } from '../../src/modules/webhooks/webhook-delivery';

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
  const waiters = new Set<() => void>();
  const hanging = new Set<http.ServerResponse>();
  const receiver: Receiver = {
    url: '',
    hits: [],
    reply,
    waitFor(predicate, timeoutMs = 20_000) {
      if (predicate(receiver.hits)) return Promise.resolve(receiver.hits);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`receiver: condition not met after ${receiver.hits.length} hits: ${JSON.stringify(receiver.hits.map((h) => h.json?.type))}`));
        }, timeoutMs);
        const check = () => {
          if (predicate(receiver.hits)) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(receiver.hits);
          }
        };
        waiters.add(check);
      });
    },
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
      waiters.forEach((w) => w());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return receiver;
}

/** Collects the worker's recorded attempts, so a test can wait until one is written (before moving the clock). */
export function attemptLog(worker: WebhookWorker) {
  const reports: AttemptReport[] = [];
  const waiters = new Set<() => void>();
  const listener = (r: AttemptReport) => {
    reports.push(r);
    waiters.forEach((w) => w());
  };
  worker.events.on('attempt', listener);
  return {
    reports,
    waitFor(predicate: (reports: AttemptReport[]) => boolean, timeoutMs = 20_000): Promise<AttemptReport[]> {
      if (predicate(reports)) return Promise.resolve(reports);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`worker: condition not met after ${reports.length} attempts: ${JSON.stringify(reports.map((r) => r.outcome.status))}`));
        }, timeoutMs);
        const check = () => {
          if (predicate(reports)) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(reports);
          }
        };
        waiters.add(check);
      });
    },
    stop: () => worker.events.off('attempt', listener),
  };
}
