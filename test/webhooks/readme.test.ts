import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { requestWorld } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { startReceiver, type Receiver } from '../support/receiver';

type Verify = (secret: string, headers: Record<string, unknown>, rawBody: string, toleranceSeconds?: number) => boolean;

/** The verification snippet of the README's "Webhooks" section, run as a receiver would run it. */
function readmeVerifier(): Verify {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const m = /<!-- webhook-verify:start -->\s*```js\n([\s\S]*?)```\s*<!-- webhook-verify:end -->/.exec(readme);
  if (!m) throw new Error('README has no webhook verification snippet');
  const sandbox: Record<string, unknown> = { require, Buffer, Date };
  vm.runInNewContext(`${m[1]}\nthis.verifyCrossdesk = verifyCrossdesk;`, sandbox);
  return sandbox.verifyCrossdesk as Verify;
}

let t: TestServer;
let r: Receiver;
beforeAll(async () => {
  t = await startTestServer({ webhookIntervalMs: 1000 }); // the real clock: the snippet compares with Date.now()
  r = await startReceiver();
});
afterAll(async () => {
  await r?.close();
  await t?.close();
});

describe("the README's signature check", () => {
  it('accepts a real delivery and refuses a changed body, another secret and an old timestamp', async () => {
    const verify = readmeVerifier();
    const w = await requestWorld(t);
    const { secret } = ok(await t.gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`, { input: { url: r.url } }, w.b.admin.token)).createWebhook;
    await w.submit();
    const [hit] = await r.waitFor((h) => h.length >= 1);
    expect(verify(secret, hit.headers, hit.body)).toBe(true);
    expect(verify(secret, hit.headers, hit.body.replace('"OPEN"', '"CLOSED"'))).toBe(false);
    expect(verify(`${secret}x`, hit.headers, hit.body)).toBe(false);
    expect(verify(secret, { ...hit.headers, 'crossdesk-timestamp': String(Number(hit.headers['crossdesk-timestamp']) - 301) }, hit.body)).toBe(false);
    expect(verify(secret, { ...hit.headers, 'crossdesk-signature': undefined }, hit.body)).toBe(false);
  });
});
