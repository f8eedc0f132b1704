import { execFile } from 'node:child_process';
import path from 'node:path';
import type { ChildServer } from '../support/child-server';

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
