import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { CONSOLE_DIST, mountConsole } from '../../src/server/console-route';
import { startTestServer, type TestServer } from '../support/server';

describe('GET / (the console)', () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await startTestServer();
    base = t.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.close());

  it('serves the built console, and index.html for client-side routes', async () => {
    const html = await (await fetch(`${base}/`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('<div id="root">');
    const deep = await fetch(`${base}/requests/3f0c1c52-1c1e-4a55-9b36-2d1c7d1f6a10`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(await deep.text()).toBe(html);
  });

  it('serves hashed assets with a long immutable cache, and 404 for a missing one', async () => {
    const html = fs.readFileSync(path.join(CONSOLE_DIST, 'index.html'), 'utf8');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const res = await fetch(`${base}${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${base}/assets/nope-123.js`)).status).toBe(404);
  });

  it('leaves the API, GraphiQL, health and metrics alone', async () => {
    expect(await (await fetch(`${base}/healthz`, { headers: { accept: 'text/html' } })).json()).toEqual({ status: 'ok' });
    expect((await (await fetch(`${base}/metrics`, { headers: { accept: 'text/html' } })).text())).toContain('# HELP');
    const graphiql = await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(graphiql).not.toContain('<div id="root">');
    expect(graphiql.toLowerCase()).toContain('ruru');
    const api = await t.gql('{ viewer { isOperator } }', {}, t.operatorToken);
    expect(api.data.viewer.isOperator).toBe(true);
  });

  it('says how to build the console when the build is missing', async () => {
    const app = express();
    mountConsole(app, fs.mkdtempSync(path.join(os.tmpdir(), 'no-console-')));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/inbound`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run console:build');
    } finally {
      server.close();
    }
  });
});
