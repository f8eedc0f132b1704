import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { createSecretBox, parseSecretKey } from '../../src/common/secret-box';
import { verifySignature } from '../../src/modules/webhooks/webhook-signature';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { requestWorld } from '../support/seed';
import { ok, startTestServer, type TestServer } from '../support/server';
import { startReceiver, type Hit, type Receiver } from '../support/receiver';

/**
 * With CROSSDESK_SECRET_KEY set, webhook signing secrets are stored encrypted: the database
 * alone does not give them away, deliveries still verify with the secret shown at creation,
 * and a server without the key (or with another one) refuses to start instead of failing
 * every delivery later.
 */

jest.setTimeout(60_000);

const KEY = randomBytes(32);
let db: TestDatabase;
let t: TestServer | undefined;
const receivers: Receiver[] = [];
const shared = () => ({ url: db.url, drop: async () => undefined });

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await t?.close();
  await db.drop();
});

const verifies = (secret: string, hit: Hit) =>
  verifySignature({ secret, header: String(hit.headers['crossdesk-signature']), timestamp: String(hit.headers['crossdesk-timestamp']), body: hit.body });

describe('webhook secrets at rest', () => {
  it('are stored encrypted with the key, sign deliveries, and keep the old secret signing through a rotation', async () => {
    t = await startTestServer({ db: shared(), config: { secretKey: KEY }, webhookIntervalMs: 60_000 });
    const w = await requestWorld(t);
    const r = await startReceiver();
    receivers.push(r);
    const created = ok(
      await t.gql(`mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }`, { input: { url: r.url, eventTypes: ['REQUEST_SUBMITTED'] } }, w.b.admin.token),
    ).createWebhook;
    const [stored] = await t.dataSource.query(`SELECT secret FROM webhook WHERE id = $1`, [created.webhook.id]);
    expect(stored.secret).toMatch(/^enc:v1:/);
    expect(stored.secret).not.toContain(created.secret.slice(6));

    await w.submit({ requesterCaseNumber: 'ENC-1' });
    const [first] = await r.waitFor((hits) => hits.length >= 1);
    expect(verifies(created.secret, first)).toBe(true);

    const rotated = ok(await t.gql(`mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }`, { input: { id: created.webhook.id } }, w.b.admin.token))
      .rotateWebhookSecret;
    const [row] = await t.dataSource.query(`SELECT secret, previous_secret FROM webhook WHERE id = $1`, [created.webhook.id]);
    expect([row.secret, row.previous_secret].every((v: string) => v.startsWith('enc:v1:'))).toBe(true);
    await w.submit({ requesterCaseNumber: 'ENC-2' });
    const hits = await r.waitFor((h) => h.length >= 2);
    expect(verifies(rotated.secret, hits[1])).toBe(true);
    expect(verifies(created.secret, hits[1])).toBe(true);
    await t.close();
    t = undefined;
  });

  it('keep the server from starting without the key, or with another one, saying which variable to set', async () => {
    await expect(startTestServer({ db: shared() })).rejects.toThrow(/CROSSDESK_SECRET_KEY is not set/);
    await expect(startTestServer({ db: shared(), config: { secretKey: randomBytes(32) } })).rejects.toThrow(/CROSSDESK_SECRET_KEY does not open/);
    t = await startTestServer({ db: shared(), config: { secretKey: KEY } });
    expect(t.url).toMatch(/^http/);
  });
});

describe('CROSSDESK_SECRET_KEY', () => {
  it('takes 32 bytes as hex or base64, and refuses anything else naming the variable', () => {
    const key = randomBytes(32);
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretKey(undefined)).toBeUndefined();
    expect(() => loadConfig({ CROSSDESK_SECRET_KEY: 'too-short' })).toThrow(/CROSSDESK_SECRET_KEY must be 32 bytes/);
  });

  it('seals each secret differently and opens only with its own key; unsealed values pass through', () => {
    const box = createSecretBox(KEY);
    const a = box.seal('cdkwh_secret');
    expect(a).not.toBe(box.seal('cdkwh_secret'));
    expect(box.open(a)).toBe('cdkwh_secret');
    expect(box.open('cdkwh_plain')).toBe('cdkwh_plain');
    expect(() => createSecretBox(randomBytes(32)).open(a)).toThrow(/does not open/);
    expect(createSecretBox().seal('x')).toBe('x');
  });
});
