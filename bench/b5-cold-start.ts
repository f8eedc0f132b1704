/**
 * B5 cold start: what `npm start` does after compiling — `node dist/src/main.js` on a fresh
 * PGlite data folder (no DATABASE_URL) — from spawn to the first answered
 * `{ viewer { isOperator } }`, beside a bare Node HTTP server from spawn to its first answer.
 * Both are polled the same way (every 10 ms) on a port chosen beforehand.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onExitSync } from './lib/cleanup';
import { gql, postJson } from './lib/http';
import { freePort } from './lib/postgres';
import type { BenchContext, BenchOutcome } from './lib/report';
import { MAIN_JS, NODE_FLAGS, OPERATOR_TOKEN } from './lib/server';
import { median, now, round, sleep } from './lib/stats';

async function timeToFirstAnswer(dir: string, args: string[], env: NodeJS.ProcessEnv, probe: () => Promise<boolean>, timeoutMs = 90_000): Promise<number> {
  const logFile = path.join(dir, 'out.log');
  fs.rmSync(logFile, { force: true });
  const fd = fs.openSync(logFile, 'a');
  const t0 = now();
  const child = spawn(process.execPath, args, { env: { ...env, CROSSDESK_DATA_DIR: path.join(dir, 'data') }, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const unregister = onExitSync(kill);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  try {
    for (;;) {
      if (exitedEarly) throw new Error(`exited before answering:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
      if (now() - t0 > timeoutMs) throw new Error('no answer in time');
      try {
        if (await probe()) return now() - t0;
      } catch {
        // not listening yet
      }
      await sleep(10);
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM'); // main.ts stops the server and closes PGlite
      const force = setTimeout(kill, 10_000);
      await exited;
      clearTimeout(force);
    }
    unregister();
  }
}

export async function runB5(ctx: BenchContext): Promise<BenchOutcome> {
  const runs = ctx.quick ? 1 : 3;
  const { DATABASE_URL: _d, CROSSDESK_OPERATOR_TOKEN: _o, PORT: _p, ...inherited } = process.env;
  const crossdesk: number[] = [];
  const bare: number[] = [];
  const restart: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-bench-b5-'));
    try {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}/graphql`;
      const env = { ...inherited, NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1', CROSSDESK_OPERATOR_TOKEN: OPERATOR_TOKEN };
      const probe = async () => (await gql(url, '{ viewer { isOperator } }', {}, OPERATOR_TOKEN)).data?.viewer?.isOperator === true;
      const ms = await timeToFirstAnswer(dir, [...NODE_FLAGS, MAIN_JS], env, probe);
      crossdesk.push(ms);
      ctx.log(`B5: run ${i + 1}: Crossdesk on a fresh PGlite folder answered after ${Math.round(ms)} ms`);
      const again = await timeToFirstAnswer(dir, [...NODE_FLAGS, MAIN_JS], env, probe);
      restart.push(again);
      ctx.log(`B5: run ${i + 1}: restarted on the same folder, answered after ${Math.round(again)} ms`);
      const barePort = await freePort();
      const bareMs = await timeToFirstAnswer(dir, ['-e', `require('http').createServer((q,s)=>s.end('ok')).listen(${barePort}, '127.0.0.1')`], inherited, async () => {
        const res = await postJson(`http://127.0.0.1:${barePort}/`, {});
        return res.text === 'ok';
      });
      bare.push(bareMs);
      ctx.log(`B5: run ${i + 1}: bare Node HTTP server answered after ${Math.round(bareMs)} ms`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const c = median(crossdesk);
  const b = median(bare);
  return {
    figures: [
      {
        id: 'B5',
        name: `cold start on a fresh PGlite folder to the first answer, median of ${runs}`,
        value: round(c / 1000, 2),
        unit: 's',
        baselineName: 'bare Node HTTP server',
        baseline: round(b / 1000, 3),
        target: '≤ 3 s',
        met: ctx.quick ? null : c <= 3000,
        note: 'node dist/src/main.js (npm start also runs an incremental tsc first, not counted)',
      },
      {
        id: 'B5',
        name: `restart on the same PGlite folder to the first answer, median of ${runs}`,
        value: round(median(restart) / 1000, 2),
        unit: 's',
        baselineName: 'bare Node HTTP server',
        baseline: round(b / 1000, 3),
        note: 'for comparison: the folder exists, migrations are applied',
      },
    ],
    details: { runs, crossdeskMs: crossdesk.map((x) => round(x, 1)), restartMs: restart.map((x) => round(x, 1)), bareMs: bare.map((x) => round(x, 1)) },
  };
}
