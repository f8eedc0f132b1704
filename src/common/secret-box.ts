import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Keeps webhook signing secrets encrypted at rest when the operator sets
 * `CROSSDESK_SECRET_KEY`: AES-256-GCM, stored as `enc:v1:<iv>.<tag>.<ciphertext>`
 * (base64url). A signing secret must be recoverable to sign, so it cannot be hashed like a
 * token; with the key outside the database, a copy of the database alone does not give away
 * the secrets. Without a key, secrets are stored as they are (and still never shown or
 * logged); values written without a key stay readable after one is set.
 */
export interface SecretBox {
  /** Whether new secrets are encrypted. */
  readonly encrypts: boolean;
  seal(secret: string): string;
  open(stored: string): string;
}

const PREFIX = 'enc:v1:';

/** Whether a stored value was sealed with a key. */
export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

export function createSecretBox(key?: Buffer): SecretBox {
  if (key && key.length !== 32) throw new Error('the secret key must be 32 bytes');
  return {
    encrypts: Boolean(key),
    seal(secret) {
      if (!key) return secret;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return `${PREFIX}${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${ciphertext.toString('base64url')}`;
    },
    open(stored) {
      if (!isSealed(stored)) return stored;
      if (!key) throw new Error('a webhook secret is encrypted and CROSSDESK_SECRET_KEY is not set');
      const [iv, tag, ciphertext] = stored.slice(PREFIX.length).split('.').map((part) => Buffer.from(part, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('CROSSDESK_SECRET_KEY does not open the stored webhook secrets (was it changed?)');
      }
    },
  };
}

/** Reads `CROSSDESK_SECRET_KEY`: 32 bytes as 64 hex characters or base64. */
export function parseSecretKey(value: string | undefined): Buffer | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('CROSSDESK_SECRET_KEY must be 32 bytes: 64 hex characters or base64 (e.g. `openssl rand -base64 32`)');
  return key;
}
