import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, validate } from 'graphql';
import { GRAPHIQL_EXAMPLES } from '../../src/graphiql-examples';
import { buildAppSchema } from '../../src/schema';
import { killAllChildServers, post, startChildServer, type ChildServer } from '../support/child-server';
import { subscribe, type Subscriber } from '../support/subscriber';

/**
 * The README's "Try it" section, run as written: its shell commands (`npm run demo`,
 * `npm start`, curl) and each GraphQL operation, in order, as the person the section names,
 * with the tokens `npm run demo` printed and the ids a reader would paste. If the README
 * and the product drift apart, this fails.
 */

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

interface Step {
  lang: 'sh' | 'graphql';
  code: string;
  /** Whose token runs it (`<!-- as: … -->` before the block), as printed in the demo's table. */
  as?: string;
}

/** The fenced blocks between `<!-- try-it` and `<!-- /try-it -->`, in order, with their `as` notes. */
function walkthroughSteps(markdown: string): Step[] {
  const section = markdown.slice(markdown.indexOf('<!-- try-it'), markdown.indexOf('<!-- /try-it -->'));
  const steps: Step[] = [];
  const block = /(?:<!-- as: (.+?) -->\s*)?```(sh|graphql)\n([\s\S]*?)```/g;
  for (let m = block.exec(section); m; m = block.exec(section)) {
    const code = m[3]
      .split('\n')
      .map((line) => line.replace(/^ {3}/, ''))
      .join('\n')
      .trim();
    steps.push({ lang: m[2] as Step['lang'], code, as: m[1] });
  }
  return steps;
}

/** The demo's who-is-who table: name → token. */
function tokensFrom(stdout: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const m = /^(.+?)\s{2,}(OPERATOR|ADMIN|ENGINEER|SERVICE)\s+(cdk_\S+)$/.exec(line);
    if (m) tokens.set(m[1].trim(), m[3]);
  }
  return tokens;
}

const steps = walkthroughSteps(README);

describe('the README walk-through', () => {
  it('is there, and GraphiQL opens with each of its operations, all valid against the schema', async () => {
    const kinds = steps.map((s) => (s.lang === 'sh' ? 'sh' : /^(query|mutation|subscription) (\w+)/.exec(s.code)![2]));
    expect(kinds).toEqual(['sh', 'InboundPush', 'Directory', 'Submit', 'Accept', 'SlaClocks', 'sh']);
    for (const s of steps.filter((x) => x.lang === 'graphql')) expect(GRAPHIQL_EXAMPLES).toContain(s.code);
    const schema = await buildAppSchema();
    expect(validate(schema, parse(GRAPHIQL_EXAMPLES))).toEqual([]);
  });
});

describe('running the walk-through on a fresh data folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossdesk-walkthrough-'));
  const env = { CROSSDESK_DATA_DIR: dir, LOG_LEVEL: 'info' };
  let server: ChildServer | undefined;
  let inbound: Subscriber | undefined;
  afterAll(async () => {
    await inbound?.dispose();
    await server?.stop();
    killAllChildServers();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('goes from npm run demo to an accepted request with its response clock met', async () => {
    const [start, subscription, directory, submit, accept, clocks, curl] = steps;

    // 1. npm install && npm run demo && npm start — `npm install` is what CI's `npm ci` did before the suite.
    expect(start.code).toBe('npm install && npm run demo && npm start');
    const { DATABASE_URL: _db, CROSSDESK_OPERATOR_TOKEN: _op, ...inherited } = process.env;
    const demo = await promisify(execFile)('npm', ['run', 'demo'], { cwd: ROOT, env: { ...inherited, ...env, LOG_LEVEL: 'warn' } });
    const tokens = tokensFrom(demo.stdout);
    expect(tokens.size).toBe(13);
    server = await startChildServer(env, 90_000, ['npm', 'start']);
    // 2. GraphiQL opens on that URL with the operations of the steps below in its editor
    const page = await (await fetch(server.url, { headers: { accept: 'text/html' } })).text();
    for (const name of ['subscription InboundPush', 'query Directory', 'mutation Submit', 'mutation Accept', 'query SlaClocks']) expect(page).toContain(name);
    const tokenOf = (step: Step) => {
      const token = tokens.get(step.as ?? '');
      if (!token) throw new Error(`no token in the demo's table for "${step.as}"`);
      return token;
    };
    const pasted: Record<string, string> = {};
    const run = async (step: Step) => {
      const query = Object.entries(pasted).reduce((q, [placeholder, value]) => q.split(placeholder).join(value), step.code);
      const res = await post(server!.url, query, {}, tokenOf(step));
      expect(res.errors).toBeUndefined();
      return res.data;
    };

    // 3. the second tab listens, as Sam Storage
    inbound = subscribe(server.url.replace('http', 'ws'), tokenOf(subscription), subscription.code);

    // 4. Vic finds Acme's Storage Support department
    const found = await run(directory);
    const storageSupport = found.directory.edges.map((e: any) => e.node).find((n: any) => n.department.name === 'Storage Support');
    expect(storageSupport.member.name).toBe('Acme Storage');
    pasted['PASTE-A-DEPARTMENT-ID'] = storageSupport.department.id;

    // 5. Vic submits
    const submitted = (await run(submit)).submitRequest.request;
    expect(submitted).toMatchObject({ status: 'OPEN', toMember: { name: 'Acme Storage' } });
    pasted['PASTE-A-REQUEST-ID'] = submitted.id;

    // 6. it arrives in Sam's tab
    const events = await inbound.waitFor((es) => es.some((e) => e.request.id === submitted.id));
    expect(events.find((e) => e.request.id === submitted.id)).toMatchObject({
      type: 'REQUEST_SUBMITTED',
      critical: false,
      request: { summary: 'Datastore latency spikes after firmware update', priority: 'P2', fromMember: { name: 'Hyperion Virtualization' } },
    });
    await inbound.dispose();
    inbound = undefined;

    // 7. Sam accepts with Acme's case number
    expect((await run(accept)).acceptRequest.request).toEqual({ id: submitted.id, status: 'ACCEPTED', receiverCaseNumber: 'OUR-CASE-1' });

    // 8. the response clock stopped, met
    const request = (await run(clocks)).collaborationRequest;
    expect(request.status).toBe('ACCEPTED');
    const response = request.sla.find((c: any) => c.kind === 'RESPONSE');
    expect(response.state).toBe('MET');
    expect(response.stoppedAt).not.toBeNull();

    // 9. the same API from a shell, as written, on the port this server took
    const port = new URL(server.url).port;
    const command = curl.code.split('localhost:4000').join(`127.0.0.1:${port}`);
    const shell = await promisify(execFile)('bash', ['-c', command], { env: { ...process.env, TOKEN: tokenOf(curl) } });
    const listed = JSON.parse(shell.stdout).data.inboundRequests.edges.map((e: any) => e.node);
    expect(listed).toContainEqual({ summary: 'Datastore latency spikes after firmware update', status: 'ACCEPTED', receiverCaseNumber: 'OUR-CASE-1' });
  });
});
