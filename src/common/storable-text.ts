import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
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

/** BAD_USER_INPUT naming each argument text PostgreSQL cannot store; nothing when all is storable. */
function assertStorable(args: Record<string, unknown> | undefined): void {
  if (!args) return;
  const names = Object.keys(args);
  if (!names.length) return;
  const problems: FieldProblem[] = [];
  for (const name of names) collect(args[name], name === 'input' ? '' : name, problems);
  if (problems.length) throw new BadUserInputError(problems.map((p) => ({ ...p, path: p.path.replace(/^\./, '') })));
}

/**
 * Refuses, before any validation or rule runs, argument text that PostgreSQL cannot store
 * (NUL, lone surrogates), with BAD_USER_INPUT naming each field, so such input never
 * reaches the database as a server error or comes back silently altered.
 *
 * It wraps the resolvers of the fields that take arguments, and only those: as a
 * type-graphql global middleware it would wrap every field of every object in three
 * promises, which made a 100-row list several times slower to resolve.
 */
export function guardArgumentText(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length) continue;
      const { subscribe } = field;
      if (subscribe) {
        // a subscription's arguments are checked once, when it starts
        field.subscribe = (source, args, context, info) => {
          assertStorable(args);
          return subscribe(source, args, context, info);
        };
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        assertStorable(args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
