import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A Crossdesk server running as a child process (`node dist/src/main.js`), as `npm start` runs it. */
export interface ChildServer {
  process: ChildProcess;
  url: string;
  /** Every JSON log line printed so far. */
  logs: Array<Record<string, any>>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const MAIN = path.resolve(__dirname, '../../dist/src/main.js');
const running = new Set<ChildProcess>();

/** Kills every child server still running (call from afterAll, so a failed test leaves none behind). */
export function killAllChildServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Starts the compiled server with the given environment; resolves once it listens. */
export function startChildServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ChildServer> {
  const { DATABASE_URL: _db, CROSSDESK_OPERATOR_TOKEN: _op, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const logs: Array<Record<string, any>> = [];
  let buffered = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      buffered += d.toString();
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        try {
          const entry = JSON.parse(line) as Record<string, any>;
          logs.push(entry);
          if (typeof entry.port === 'number' && typeof entry.graphql === 'string') {
            clearTimeout(timer);
            resolve({
              process: child,
              url: `http://127.0.0.1:${entry.port}/graphql`,
              logs,
              async stop(signal: NodeJS.Signals = 'SIGTERM') {
                if (child.exitCode === null && child.signalCode === null) child.kill(signal);
                return exited;
              },
            });
          }
        } catch {
          // not a log line
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening: ${stderr}`));
    });
  });
}

/** POSTs one GraphQL operation to a child server. */
export async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}
