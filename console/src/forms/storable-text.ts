/**
 * The console's copy of `unstorableText` from src/common/storable-text.ts (that file also holds
 * server-only GraphQL plumbing). The server's form rules (form-fields.ts) import it; the Vite
 * config and a test keep the two equal.
 */
export function unstorableText(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return 'must be valid Unicode (it contains a lone surrogate)';
  return undefined;
}
