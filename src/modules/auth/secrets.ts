import { createHash, randomBytes } from 'node:crypto';

/** Prefix of every Crossdesk secret, so leaked tokens are recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'cdk_';

/** A new secret: `cdk_` followed by 32 random bytes in base64url. */
export function generateSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** SHA-256 hex of a secret: right for high-entropy tokens, and a constant-time index lookup. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** What may be shown of a secret in lists: its prefix and first characters. */
export function secretPrefix(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 6);
}

/** Reads the token from an `Authorization: Bearer <token>` value (case-insensitive scheme). */
export function parseBearer(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  return m?.[1];
}
