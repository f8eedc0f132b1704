import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefix of webhook signing secrets, so a leaked one is recognisable. */
export const WEBHOOK_SECRET_PREFIX = 'cdkwh_';

/** A new signing secret: `cdkwh_` and 32 random bytes in base64url. */
export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64url');
}

/** Hex HMAC-SHA256 of `"<timestamp>.<body>"` with the secret (as UTF-8 bytes) as key. */
export function sign(secret: string, timestamp: number | string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/**
 * The `Crossdesk-Signature` value: `v1=<hex>` for each secret, the current one first
 * (during a rotation window the previous one follows: `v1=<new>,v1=<old>`).
 */
export function signatureHeader(secrets: string[], timestamp: number | string, body: string): string {
  return secrets.map((s) => `v1=${sign(s, timestamp, body)}`).join(',');
}

/**
 * What a receiver does: true when one of the header's `v1` signatures matches the body
 * and timestamp under `secret` (compared in constant time) and the timestamp is within
 * `toleranceSeconds` of `nowSeconds` (so a captured delivery cannot be replayed later).
 */
export function verifySignature(args: {
  secret: string;
  header: string | null | undefined;
  timestamp: string | null | undefined;
  body: string;
  toleranceSeconds?: number;
  nowSeconds?: number;
}): boolean {
  const { secret, header, timestamp, body } = args;
  if (!header || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  const now = args.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > (args.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(sign(secret, timestamp, body), 'hex');
  return header.split(',').some((part) => {
    const m = /^\s*v1=([0-9a-f]{64})\s*$/.exec(part);
    return m !== null && timingSafeEqual(Buffer.from(m[1], 'hex'), expected);
  });
}
