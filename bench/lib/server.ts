import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onCleanup, onExitSync } from './cleanup';
import { sleep } from './stats';

export const OPERATOR_TOKEN = 'cdk_bench_operator_secret_0123456789';
const DIST = path.resolve(__dirname, '..', '..');
/** What `npm start` runs after compiling. */
export const MAIN_JS = path.join(DIST, 'src', 'main.js');
/** The Node options `npm start` gives the server (read from package.json, so the benchmarks run what users run). */
export const NODE_FLAGS: string[] = (() => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(DIST, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const m = /\bnode((?: --[\w-]+(?:=\S+)?)*) dist\/src\/main\.js/.exec(pkg.scripts.start);
  if (!m) throw new Error(`package.json's start script does not run node dist/src/main.js: ${pkg.scripts.start}`);
  return m[1].trim().split(' ').filter(Boolean);
})();
/** startServer + a statement counter read over IPC (B3). */
export const COUNTING_JS = path.join(DIST, 'bench', 'server-process.js');

export interface CrossdeskProcess {
  child: ChildProcess;
  port: number;
  url: string;
  wsUrl: string;
  logFile: string;
  /** Statements sent to the database so far (COUNTING_JS only). */
  statements(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts Crossdesk as a child process on PostgreSQL (`DATABASE_URL`), `PORT=0`, and resolves
 * once the JSON log line carrying `port` appears. Logs (LOG_LEVEL, default info, as in
 * production) go to a file so that a full pipe can never slow the server down.
 *
 * The rate limiter is set out of the way (RATE_LIMIT_POINTS=1000000): these benchmarks
 * measure speed, and the limiter still runs on every operation.
 */
export async function startCrossdesk(options: { databaseUrl: string; entry?: string; env?: Record<string, string>; timeoutMs?: number }): Promise<CrossdeskProcess> {
  const entry = options.entry ?? MAIN_JS;
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-bench-log-')), 'server.log');
  const fd = fs.openSync(logFile, 'a');
  const { DATABASE_URL: _d, CROSSDESK_OPERATOR_TOKEN: _o, PORT: _p, ...inherited } = process.env;
  const child = spawn(process.execPath, [...NODE_FLAGS, entry], {
    env: {
      ...inherited,
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      CROSSDESK_OPERATOR_TOKEN: OPERATOR_TOKEN,
      RATE_LIMIT_POINTS: '1000000',
      ...options.env,
    },
    stdio: entry === COUNTING_JS ? ['ignore', fd, fd, 'ipc'] : ['ignore', fd, fd],
  });
  fs.closeSync(fd);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killSync = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const unregisterSync = onExitSync(killSync);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(killSync, 10_000);
      await exited;
      clearTimeout(timer);
    }
    unregisterSync();
    fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
  };
  const unregister = onCleanup(stop);

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let port: number | undefined;
  let exitCode: number | null | undefined;
  void exited.then((c) => (exitCode = c));
  while (port === undefined) {
    if (exitCode !== undefined) throw new Error(`Crossdesk exited with ${exitCode} before listening:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error('Crossdesk did not start in time');
    }
    for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
      if (!line.includes('"port"')) continue;
      try {
        const entry = JSON.parse(line) as { port?: unknown; graphql?: unknown };
        if (typeof entry.port === 'number' && typeof entry.graphql === 'string') port = entry.port;
      } catch {
        // not a complete JSON line yet
      }
    }
    if (port === undefined) await sleep(25);
  }

  let nextId = 0;
  return {
    child,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    logFile,
    statements() {
      if (!child.send) return Promise.reject(new Error('statement counts need the counting entry point'));
      const id = ++nextId;
      return new Promise((resolve) => {
        const onMessage = (m: { type?: string; id?: number; count?: number }) => {
          if (m?.type === 'count' && m.id === id) {
            child.off('message', onMessage);
            resolve(m.count!);
          }
        };
        child.on('message', onMessage);
        child.send!({ type: 'count', id });
      });
    },
    async stop() {
      unregister();
      await stop();
    },
  };
}
