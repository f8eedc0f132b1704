import { execFile } from 'node:child_process';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { ChildServer } from '../support/child-server';
import type { TestServer } from '../support/server';
import { createWaiter } from '../support/waiter';

export const ROOT = path.resolve(__dirname, '../..');
export const MAIN = path.join(ROOT, 'dist/src/main.js');

/** Resolves once a child server has printed a log line matching `predicate` (re-checked on each chunk it prints). */
export function waitForLog(server: ChildServer, predicate: (line: Record<string, any>) => boolean, timeoutMs = 20_000): Promise<Record<string, any>> {
  const found = () => server.logs.find(predicate);
  const now = found();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const check = () => {
      const line = found();
      if (!line) return;
      clearTimeout(timer);
      server.process.stdout!.off('data', onData);
      resolve(line);
    };
    // the child-server helper parses each chunk in its own listener, added first: check after it
    const onData = () => setImmediate(check);
    const timer = setTimeout(() => {
      server.process.stdout!.off('data', onData);
      reject(new Error(`no such log line; got:\n${server.stdout().slice(-4000)}`));
    }, timeoutMs);
    server.process.stdout!.on('data', onData);
  });
}

/** What a finished process printed and how it ended. */
export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <args>` to its end with `env` added to the test's environment (less the database and operator variables). */
export function runNode(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Finished> {
  const { DATABASE_URL: _db, CROSSDESK_OPERATOR_TOKEN: _op, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, env: { ...inherited, NODE_ENV: 'production', ...env }, timeout: timeoutMs }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * A subscriber that behaves like a partner system behind a load balancer: when its socket
 * closes (1012 on a rolling restart) or cannot connect, it connects to the next of
 * `instances()` and resumes after the last cursor it received. It records every event,
 * every close code, and how often it reconnected.
 */
export interface ResumingSubscriber {
  events: any[];
  closeCodes: number[];
  connections: string[];
  errors: unknown[];
  waitFor(predicate: (events: any[]) => boolean, timeoutMs?: number): Promise<any[]>;
  dispose(): Promise<void>;
}

export function resumingSubscriber(instances: () => string[], token: string, query: string, after: string): ResumingSubscriber {
  const waiter = createWaiter(
    () => sub.events,
    () => `condition not met; got ${sub.events.length} events, closes ${JSON.stringify(sub.closeCodes)}, errors ${JSON.stringify(sub.errors)}`,
  );
  let cursor = after;
  let turn = 0;
  let client: Client | undefined;
  let disposed = false;
  const sub: ResumingSubscriber = {
    events: [],
    closeCodes: [],
    connections: [],
    errors: [],
    waitFor: waiter.waitFor,
    async dispose() {
      disposed = true;
      await client?.dispose();
    },
  };
  const connect = (failures: number) => {
    if (disposed) return;
    const urls = instances();
    const url = urls[turn % urls.length];
    sub.connections.push(url);
    const c = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
    client = c;
    let received = 0;
    c.subscribe(
      { query, variables: { after: cursor } },
      {
        next: (msg: any) => {
          if (msg.errors) sub.errors.push(msg.errors);
          else {
            const event = Object.values(msg.data)[0] as { cursor: string };
            cursor = event.cursor;
            received++;
            sub.events.push(event);
          }
          waiter.notify();
        },
        error: (err: any) => {
          if (typeof err?.code === 'number') sub.closeCodes.push(err.code);
          void c.dispose();
          if (disposed) return;
          turn++;
          const again = received ? 0 : failures + 1;
          if (again > 50) {
            sub.errors.push(err);
            waiter.notify();
            return;
          }
          setTimeout(() => connect(again), Math.min(1000, 20 * 2 ** Math.min(again, 6)));
        },
        complete: () => waiter.notify(),
      },
    );
  };
  connect(0);
  return sub;
}

/** Enough of a TestServer for the seed helpers: GraphQL over HTTP to a child server. */
export function asTestServer(url: string, operatorToken: string): TestServer {
  return {
    url,
    operatorToken,
    async gql(query: string, variables?: Record<string, unknown>, token?: string) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: any; errors?: any };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
  } as unknown as TestServer;
}
