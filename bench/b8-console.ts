/**
 * B8 the console in headless Chromium (Debian's /usr/bin/chromium through playwright-core):
 * - first load of the inbound page with 100 requests, until all 100 rows are in the table
 *   (the app is then interactive: its JS ran and rendered), cold cache, median of K loads,
 *   beside a static HTML page of the same rows served by the same server (from console/dist,
 *   through the same static route), measured the same way;
 * - the JavaScript the first page loads, gzipped (target ≤ 300 KB);
 * - a pushed request: from its graphql-ws message reaching the page to its row in the table
 *   (target ≤ 100 ms), beside the page's next animation frame after the same message (the floor).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { gql, ok } from './lib/http';
import { createDatabase } from './lib/postgres';
import type { BenchContext, BenchOutcome } from './lib/report';
import { startCrossdesk } from './lib/server';
import { median, percentile, round } from './lib/stats';
import { buildWorld, SUBMIT, submitInput } from './lib/world';

// the functions handed to page.evaluate run in the browser (the bench's tsconfig has no DOM library)
declare const document: { querySelectorAll(selector: string): { length: number } };
declare const sessionStorage: { setItem(key: string, value: string): void };
declare const window: Record<string, Record<string, number>>;

const CHROMIUM = process.env.CROSSDESK_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const DIST = path.resolve(__dirname, '..', '..', 'console', 'dist');
const TOKEN_KEY = 'crossdesk.console.token';
const ROWS = 'table[aria-label="Inbound requests"] tbody tr';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Instruments the page: when each REQUEST_SUBMITTED push arrives, when its row appears, and the next frame after the push. */
const PROBE = `(() => {
  window.__push = {}; window.__row = {}; window.__frame = {}; window.__subscribed = { n: 0 };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      const send = this.send.bind(this);
      this.send = (data) => { if (typeof data === 'string' && data.includes('"type":"subscribe"')) window.__subscribed.n++; send(data); };
      // registered before graphql-ws sets onmessage, so it runs first
      this.addEventListener('message', (e) => {
        if (typeof e.data !== 'string' || !e.data.includes('REQUEST_SUBMITTED')) return;
        const m = /"summary":"(B8 push [^"]+)"/.exec(e.data);
        // the first of the two streams (inboundRequests, requestEvents) to bring it counts
        if (!m || m[1] in window.__push) return;
        const at = performance.now();
        window.__push[m[1]] = at;
        requestAnimationFrame(() => { window.__frame[m[1]] = performance.now(); });
      });
    }
  };
  new MutationObserver(() => {
    for (const a of document.querySelectorAll('${ROWS} a')) {
      const s = a.textContent;
      if (s && s.startsWith('B8 push') && !(s in window.__row)) window.__row[s] = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

export async function runB8(ctx: BenchContext): Promise<BenchOutcome> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`B8 needs ${CHROMIUM}: apt-get install -y chromium`);
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('B8 needs the built console: npm run console:build');
  const loads = ctx.quick ? 2 : 5;
  const pushes = ctx.quick ? 5 : 20;
  const db = await createDatabase(ctx.pg.adminUrl, 'b8');
  const server = await startCrossdesk({ databaseUrl: db.url });
  const base = server.url.replace(/\/graphql$/, '');
  const staticFile = path.join(DIST, `b8-static-${process.pid}.html`);
  let browser: Browser | undefined;
  try {
    const world = await buildWorld(server.url, { members: 2, engineers: 1 });
    const [a, b] = world.members;
    const receiver = b.engineers[0];
    ctx.log('B8: submitting 100 requests');
    for (let i = 0; i < 100; i++) ok(await gql(server.url, SUBMIT, { input: { ...submitInput(b.departmentId, i, ['P1', 'P2', 'P3', 'P4'][i % 4]), summary: `Request ${i + 1}: datastore latency` } }, a.engineers[0].token));

    // the baseline: the same 100 rows as static HTML, served by the same server's static route
    const list = ok(await gql(server.url, `{ inboundRequests(first: 100) { edges { node { summary priority status fromMember { name } sla { state dueAt } } } } }`, {}, receiver.token));
    const rows = list.inboundRequests.edges
      .map(({ node: r }: { node: { summary: string; priority: string; status: string; fromMember: { name: string }; sla: Array<{ state: string; dueAt: string }> } }) => `<tr><td><a href="#">${escape(r.summary)}</a></td><td>${escape(r.fromMember.name)}</td><td>${r.priority}</td><td>${r.status}</td><td>${r.sla[0]?.state ?? ''}</td><td>${r.sla[0]?.dueAt ?? ''}</td></tr>`)
      .join('\n');
    fs.writeFileSync(staticFile, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbound (static)</title></head><body><table aria-label="Inbound requests"><thead><tr><th>Summary</th><th>From</th><th>Priority</th><th>Status</th><th>SLA</th><th>Due</th></tr></thead><tbody>${rows}</tbody></table></body></html>`);

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const consoleMs: number[] = [];
    const staticMs: number[] = [];
    let jsGzip = 0;
    let jsFiles = 0;
    for (let i = 0; i < loads; i++) {
      // a fresh context each time: cold HTTP cache, as a first visit
      const c = await browser.newContext();
      await c.addInitScript(({ key, token }) => sessionStorage.setItem(key, token), { key: TOKEN_KEY, token: receiver.token });
      const page = await c.newPage();
      const scripts: Promise<number>[] = [];
      if (i === 0) page.on('response', (r) => { if (r.request().resourceType() === 'script') scripts.push(r.body().then((body) => zlib.gzipSync(body, { level: 9 }).length)); });
      await page.goto(`${base}/inbound`);
      await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 100, ROWS, { polling: 'raf', timeout: 30_000 });
      consoleMs.push(await page.evaluate(() => performance.now()));
      if (i === 0) {
        const sizes = await Promise.all(scripts);
        jsGzip = sizes.reduce((s, n) => s + n, 0);
        jsFiles = sizes.length;
      }
      await c.close();
      const s = await browser.newContext();
      const sp = await s.newPage();
      await sp.goto(`${base}/${path.basename(staticFile)}`);
      await sp.waitForFunction((sel) => document.querySelectorAll(sel).length >= 100, ROWS, { polling: 'raf' });
      staticMs.push(await sp.evaluate(() => performance.now()));
      await s.close();
    }

    ctx.log(`B8: ${pushes} pushes into an open inbound page`);
    const c = await browser.newContext();
    await c.addInitScript(({ key, token }) => sessionStorage.setItem(key, token), { key: TOKEN_KEY, token: receiver.token });
    await c.addInitScript(PROBE);
    const page = await c.newPage();
    await page.goto(`${base}/inbound`);
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length >= 100, ROWS);
    // both live streams asked for (the queue follows inboundRequests and requestEvents)
    await page.waitForFunction(() => window.__subscribed.n >= 2);
    const latencies: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < pushes; i++) {
      const summary = `B8 push ${i + 1}`;
      ok(await gql(server.url, SUBMIT, { input: { ...submitInput(b.departmentId, 1000 + i), summary } }, a.engineers[0].token));
      await page.waitForFunction((s) => s in window.__row && s in window.__push && s in window.__frame, summary).catch(async (err: Error) => {
        const seen = await page.evaluate(() => ({ push: Object.keys(window.__push), row: Object.keys(window.__row), frame: Object.keys(window.__frame) }));
        throw new Error(`${err.message}; the page saw ${JSON.stringify(seen)}`);
      });
      const t = await page.evaluate((s) => ({ push: window.__push[s], row: window.__row[s], frame: window.__frame[s] }), summary);
      latencies.push(t.row - t.push);
      frames.push(t.frame - t.push);
    }
    await c.close();
    const loadMedian = round(median(consoleMs), 0);
    const staticMedian = round(median(staticMs), 0);
    const kb = round(jsGzip / 1024, 1);
    const p50 = round(median(latencies), 1);
    const p95 = round(percentile(latencies, 95), 1);
    return {
      figures: [
        { id: 'B8', name: 'inbound page, 100 rows, first load to all rows rendered (median)', value: loadMedian, unit: 'ms', baselineName: 'static HTML of the same rows, same server', baseline: staticMedian, ratioLabel: 'console / static', ratio: round(loadMedian / staticMedian, 1), note: `${loads} cold loads each` },
        { id: 'B8', name: 'JavaScript of the first page, gzipped', value: kb, unit: 'KB', baselineName: 'static HTML page', baseline: 0, target: '≤ 300 KB', met: ctx.quick ? null : kb <= 300, note: `${jsFiles} script file(s)` },
        { id: 'B8', name: `pushed request: ws message to its row in the table, p50 / p95 of ${pushes}`, value: p50, unit: 'ms', baselineName: 'next animation frame after the message (p50)', baseline: round(median(frames), 1), target: '≤ 100 ms', met: ctx.quick ? null : p95 <= 100, note: `p95 ${p95} ms` },
      ],
      details: { consoleMs, staticMs, jsGzipBytes: jsGzip, latencies, frames },
    };
  } finally {
    fs.rmSync(staticFile, { force: true });
    await browser?.close();
    await server.stop();
    await db.drop();
  }
}
