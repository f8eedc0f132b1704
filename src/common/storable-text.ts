import type { MiddlewareFn } from 'type-graphql';
import { BadUserInputError, type FieldProblem } from './errors';

/** Why a string cannot be stored as PostgreSQL text or jsonb, if it cannot. */
export function unstorableText(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return 'must be valid Unicode (it contains a lone surrogate)';
  return undefined;
}

function collect(value: unknown, path: string, out: FieldProblem[], depth = 0): void {
  if (out.length >= 20 || depth > 64) return;
  if (typeof value === 'string') {
    const problem = unstorableText(value);
    if (problem) out.push({ path, message: problem });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, `${path}.${i}`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = unstorableText(k);
      if (keyProblem) out.push({ path: `${path}.${k.slice(0, 50)}`, message: `key ${keyProblem}` });
      collect(v, path ? `${path}.${k}` : k, out, depth + 1);
    }
  }
}

/**
 * Refuses, before any validation or rule runs, argument text that PostgreSQL cannot store
 * (NUL, lone surrogates), with BAD_USER_INPUT naming each field, so such input never
 * reaches the database as a server error or comes back silently altered.
 */
export const rejectUnstorableText: MiddlewareFn = async ({ args }, next) => {
  if (args && Object.keys(args).length) {
    const problems: FieldProblem[] = [];
    for (const [name, value] of Object.entries(args)) collect(value, name === 'input' ? '' : name, problems);
    if (problems.length) throw new BadUserInputError(problems.map((p) => ({ ...p, path: p.path.replace(/^\./, '') })));
  }
  return next();
};
