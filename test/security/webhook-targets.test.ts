/**
 * Webhook targets (issue 25): a member admin chooses the URL and the server makes the
 * request from inside its own network, so no webhook may lead to loopback, private,
 * link-local (cloud metadata), carrier-grade NAT, unspecified, multicast or reserved
 * addresses, in any spelling, directly or through a host name, at creation, on update, or
 * at delivery (DNS rebinding). `CROSSDESK_WEBHOOK_ALLOW` lets named receivers through.
 */
import { loadConfig } from '../../src/config';
import { createOutboundTargets, parseTargetAllowList, TargetRefusedError } from '../../src/modules/webhooks/webhook-target';
import { postPinned } from '../../src/modules/webhooks/webhook-http';
import { processDueDeliveries } from '../../src/modules/webhooks/webhook-delivery';
import { fakeDns, PUBLIC_ADDRESS } from '../support/dns';
import { startReceiver } from '../support/receiver';
import { act, requestWorld } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

/** Names of the fake DNS: what a hostile or careless admin could register. */
const DNS = {
  'loopback.test': ['127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'mixed.test': [PUBLIC_ADDRESS, '10.1.2.3'],
  'ula.test': ['fd12:3456::1'],
  'mapped.test': ['::ffff:192.168.0.10'],
  'public6.test': ['2606:4700::1111'],
  'tickets.corp': ['10.20.30.40'],
};

/** [url, the reason the refusal must give] for a server on 0.0.0.0 with an empty CROSSDESK_WEBHOOK_ALLOW. */
const REFUSED: Array<[string, RegExp]> = [
  ['https://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
  ['https://0xa9fea9fe/', /169\.254\.169\.254 is a link-local/],
  ['https://2852039166/', /169\.254\.169\.254 is a link-local/],
  ['https://10.0.0.1/', /10\.0\.0\.1 is a private \(RFC 1918\) address/],
  ['https://167772161/', /10\.0\.0\.1 is a private/],
  ['https://012.0.0.1/', /10\.0\.0\.1 is a private/],
  ['https://0x0a.0.0.1/', /10\.0\.0\.1 is a private/],
  ['https://172.16.5.4/', /private/],
  ['https://192.168.1.1:8443/x', /private/],
  ['https://100.64.0.1/', /carrier-grade NAT/],
  ['https://0.0.0.0/', /unspecified/],
  ['https://0/', /unspecified/],
  ['https://224.0.0.1/', /multicast/],
  ['https://255.255.255.255/', /broadcast/],
  ['https://240.0.0.1/', /reserved/],
  ['https://192.0.2.10/', /reserved/],
  ['https://127.0.0.1/', /127\.0\.0\.1 is a loopback address/],
  ['https://127.0.0.2/', /loopback/],
  ['https://127.1/', /loopback/],
  ['https://2130706433/', /loopback/],
  ['https://localhost/', /host localhost resolves to 127\.0\.0\.1, a loopback address/],
  ['https://LOCALHOST./', /loopback/],
  ['https://[::1]/', /::1 is a loopback address/],
  ['https://[::]/', /unspecified/],
  ['https://[fd00::1]/', /unique-local/],
  ['https://[fc00::1]/', /unique-local/],
  ['https://[fe80::1]/', /link-local/],
  ['https://[ff02::1]/', /multicast/],
  ['https://[::ffff:127.0.0.1]/', /IPv4-mapped form of a loopback/],
  ['https://[::ffff:a9fe:a9fe]/', /IPv4-mapped form of a link-local/],
  ['https://[::ffff:10.0.0.1]/', /IPv4-mapped form of a private/],
  ['https://[64:ff9b::a00:1]/', /NAT64/],
  ['https://[2002:a00:1::]/', /6to4/],
  ['https://[::127.0.0.1]/', /outside global unicast|special-purpose/],
  ['https://loopback.test/', /host loopback\.test resolves to 127\.0\.0\.1, a loopback/],
  ['https://metadata.test/latest/meta-data/', /resolves to 169\.254\.169\.254, a link-local/],
  ['https://mixed.test/', /resolves to 10\.1\.2\.3, a private/],
  ['https://ula.test/', /unique-local/],
  ['https://mapped.test/', /IPv4-mapped form of a private/],
  ['https://tickets.corp/', /resolves to 10\.20\.30\.40, a private/],
  ['https://nowhere.invalid/', /host nowhere\.invalid does not resolve/],
  ['http://localhost:8080/in', /http:\/\/localhost is allowed only when this server listens on loopback/],
  ['http://127.0.0.1/in', /http:\/\/127\.0\.0\.1 is allowed only when/],
  ['http://hooks.example.com/in', /must be (an )?https/],
  ['http://[::1]/in', /must be (an )?https/],
];
const ACCEPTED = ['https://hooks.example.com/crossdesk?x=1', 'https://93.184.215.14/in', 'https://public6.test/', 'https://[2606:4700::1111]/'];

const rule = (allow: string, serverOnLoopback = false) => createOutboundTargets({ allow: parseTargetAllowList(allow), serverOnLoopback, resolve: fakeDns(DNS) });
async function reason(targets: ReturnType<typeof rule>, url: string): Promise<string | null> {
  try {
    await targets.check(url);
    return null;
  } catch (err) {
    if (err instanceof TargetRefusedError) return err.message;
    throw err;
  }
}

describe('the target rule, address by address', () => {
  const strict = rule('');
  it.each(REFUSED)('refuses %s (%s)', async (url, why) => {
    expect(await reason(strict, url)).toMatch(why);
  });
  it.each(ACCEPTED)('accepts %s', async (url) => {
    expect(await reason(strict, url)).toBeNull();
  });

  it.each([
    ['10.20.0.0/16', 'https://10.20.1.2/', null],
    ['10.20.0.0/16', 'https://[::ffff:10.20.1.2]/', null],
    ['10.20.0.0/16', 'https://10.21.0.1/', /private/],
    ['10.20.0.0/16', 'https://tickets.corp/', null],
    ['tickets.corp', 'https://tickets.corp/', null],
    ['tickets.corp', 'https://10.20.30.40/', /private/],
    ['fd12::/16', 'https://ula.test/', null],
    ['127.0.0.1', 'http://127.0.0.1:9/in', null],
    ['127.0.0.1', 'http://localhost:9/in', null],
    ['localhost', 'http://localhost:9/in', null],
    ['localhost', 'https://127.0.0.2/', /loopback/],
    ['127.0.0.1', 'https://[::1]/', /loopback/],
    ['10.0.0.0/8', 'http://10.0.0.1/', /must be https/],
  ])('CROSSDESK_WEBHOOK_ALLOW=%s: %s → %s', async (allow, url, why) => {
    const got = await reason(rule(allow), url);
    if (why === null) expect(got).toBeNull();
    else expect(got).toMatch(why);
  });

  it.each([
    ['http://localhost:9/in', null],
    ['http://127.0.0.1:9/in', null],
    ['https://localhost/', null],
    ['https://127.0.0.2/', /loopback/],
    ['https://10.0.0.1/', /private/],
    ['http://[::1]/', /must be https/],
  ])('a server listening on loopback allows localhost and 127.0.0.1 only: %s → %s', async (url, why) => {
    const got = await reason(rule('', true), url);
    if (why === null) expect(got).toBeNull();
    else expect(got).toMatch(why);
  });

  it.each([['10.0.0.0/33'], ['not a host!'], ['1.2.3.4/x']])('CROSSDESK_WEBHOOK_ALLOW=%s stops the start with a message naming it', (raw) => {
    expect(() => loadConfig({ CROSSDESK_WEBHOOK_ALLOW: raw })).toThrow(/CROSSDESK_WEBHOOK_ALLOW/);
  });
  it('reads CIDRs, addresses and host names, comma-separated', () => {
    expect(loadConfig({ CROSSDESK_WEBHOOK_ALLOW: ' 10.20.0.0/16, fd00::/8 ,192.168.1.5, Tickets.Corp ' }).webhookAllow.entries).toEqual(['10.20.0.0/16', 'fd00::/8', '192.168.1.5', 'Tickets.Corp']);
    expect(loadConfig({}).webhookAllow.entries).toEqual([]);
  });
});

describe('createWebhook and updateWebhook on a server with the default setting', () => {
  let t: TestServer;
  let rebindTo = PUBLIC_ADDRESS;
  const dns = fakeDns({ ...DNS, 'rebind.test': () => [rebindTo] });
  beforeAll(async () => {
    t = await startTestServer({ config: { host: '0.0.0.0', webhookAllow: parseTargetAllowList(''), rateLimitPoints: 100_000 }, resolveHost: dns });
  });
  afterAll(() => t?.close());

  const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id url } } }`;
  const UPDATE = `mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { id url } } }`;
  const count = async () => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM webhook`))[0].n);
  /** One operation over graphql-ws, answered like `t.gql`. */
  async function overWs(token: string, query: string, variables: Record<string, unknown>) {
    const client = t.ws(token);
    try {
      const result: any = await new Promise((resolve, reject) => {
        let last: unknown;
        client.subscribe({ query, variables }, { next: (v) => (last = v), error: reject, complete: () => resolve(last) });
      });
      return result;
    } finally {
      await client.dispose();
    }
  }

  let admin: string;
  let hookId: string;
  beforeAll(async () => {
    const w = await requestWorld(t);
    admin = w.b.admin.token;
    hookId = ok(await t.gql(CREATE, { input: { url: 'https://hooks.example.com/in' } }, admin)).createWebhook.webhook.id;
  });

  it.each(REFUSED)('createWebhook refuses %s over HTTP with BAD_USER_INPUT on url naming why, storing nothing', async (url, why) => {
    const before = await count();
    const err = onlyError(await t.gql(CREATE, { input: { url } }, admin));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.fields).toEqual([{ path: 'url', message: expect.stringMatching(why) }]);
    expect(await count()).toBe(before);
  });

  it.each(REFUSED.filter((_, i) => i % 3 === 0))('updateWebhook refuses %s over HTTP, leaving the URL as it was', async (url, why) => {
    const err = onlyError(await t.gql(UPDATE, { input: { id: hookId, url, description: 'changed' } }, admin));
    expect(err.extensions.fields).toEqual([{ path: 'url', message: expect.stringMatching(why) }]);
    const [row] = await t.dataSource.query(`SELECT url, description FROM webhook WHERE id = $1`, [hookId]);
    expect(row).toEqual({ url: 'https://hooks.example.com/in', description: null });
  });

  it.each([
    ['createWebhook', 'https://169.254.169.254/latest/meta-data/'],
    ['createWebhook', 'https://loopback.test/'],
    ['updateWebhook', 'https://[::ffff:7f00:1]/'],
  ])('%s refuses %s over graphql-ws too', async (op, url) => {
    const before = await count();
    const res = await overWs(admin, op === 'createWebhook' ? CREATE : UPDATE, { input: op === 'createWebhook' ? { url } : { id: hookId, url } });
    expect(res.errors.map((e: any) => [e.extensions.code, e.extensions.fields[0].path])).toEqual([['BAD_USER_INPUT', 'url']]);
    expect(await count()).toBe(before);
  });

  it('re-checks at every delivery: a name that now resolves to loopback (DNS rebinding) is a failed attempt, and nothing reaches it', async () => {
    const receiver = await startReceiver();
    try {
      const w = await requestWorld(t);
      rebindTo = PUBLIC_ADDRESS;
      const port = new URL(receiver.url).port;
      const hook = ok(await t.gql(CREATE, { input: { url: `https://rebind.test:${port}/hooks` } }, w.b.admin.token)).createWebhook.webhook;
      rebindTo = '127.0.0.1';
      ok(await act(t, 'submitRequest', w.input(), w.engA.token));
      const looked = dns.lookups.filter((h) => h === 'rebind.test').length;
      expect(await processDueDeliveries(t.services)).toBe(1);
      expect(dns.lookups.filter((h) => h === 'rebind.test').length).toBe(looked + 1);
      const [attempt] = await t.dataSource.query(`SELECT status, error, http_status FROM webhook_delivery WHERE webhook_id = $1 ORDER BY attempt LIMIT 1`, [hook.id]);
      expect(attempt).toEqual({ status: 'FAILED', http_status: null, error: expect.stringMatching(/^target refused: host rebind\.test resolves to 127\.0\.0\.1, a loopback address/) });
      expect(receiver.hits).toEqual([]);
    } finally {
      await receiver.close();
    }
  });
});

describe('the delivery connects to the address it checked', () => {
  it('a POST to a name no system resolver knows reaches the pinned address, with the name in Host', async () => {
    const receiver = await startReceiver();
    try {
      const port = new URL(receiver.url).port;
      const answer = await postPinned(
        { url: new URL(`http://receiver.pinned.test:${port}/hooks`), addresses: [{ address: '127.0.0.1', family: 4 }] },
        { headers: { 'content-type': 'application/json' }, body: '{"ping":1}', timeoutMs: 5000, maxBody: 1024 },
      );
      expect(answer.status).toBe(200);
      expect(receiver.hits.map((h) => [h.path, h.headers.host, h.body])).toEqual([['/hooks', `receiver.pinned.test:${port}`, '{"ping":1}']]);
    } finally {
      await receiver.close();
    }
  });
});
