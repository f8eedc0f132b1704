import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A Crossdesk server running as a child process (`node dist/src/main.js`), as `npm start` runs it. */
export interface ChildServer {
  process: ChildProcess;
  url: string;
  /** Every JSON log line printed so far. */
  logs: Array<Record<string, any>>;
  /** Everything printed on stdout so far, log lines and anything else. */
  stdout(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const MAIN = path.resolve(__dirname, '../../dist/src/main.js');
/** Each running child, with how to signal it (and its group, when it leads one). */
const running = new Map<ChildProcess, (sig: NodeJS.Signals) => void>();

/** Kills every child server still running (call from afterAll, so a failed test leaves none behind). */
export function killAllChildServers(): void {
  for (const signal of running.values()) {
    try {
      signal('SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

/**
 * Starts the compiled server with the given environment; resolves once it listens. With
 * `command` (such as `['npm', 'start']`) that command runs instead, in its own process
 * group, which `stop` signals as a whole.
 */
export function startChildServer(env: Record<string, string>, timeoutMs = 60_000, command?: string[]): Promise<ChildServer> {
  const { DATABASE_URL: _db, CROSSDESK_OPERATOR_TOKEN: _op, ...inherited } = process.env;
  const [file, ...args] = command ?? [process.execPath, MAIN];
  const child = spawn(file, args, {
    env: { ...inherited, NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: path.resolve(__dirname, '../..'),
    detached: command !== undefined,
  });
  const signal = (sig: NodeJS.Signals) => (command && child.pid ? process.kill(-child.pid, sig) : child.kill(sig));
  running.set(child, signal);
  child.once('exit', () => running.delete(child));
  const logs: Array<Record<string, any>> = [];
  let stdout = '';
  let buffered = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      buffered += d.toString();
      stdout += d.toString();
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
              stdout: () => stdout,
              async stop(sig: NodeJS.Signals = 'SIGTERM') {
                if (child.exitCode === null && child.signalCode === null) signal(sig);
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
