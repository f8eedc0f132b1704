import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ExecutionResult, type ValidationContext } from 'graphql';
import { formatError } from '../common/errors';

/** Largest number of tokens in one GraphQL document. */
export const MAX_TOKENS = 4000;

/** Deepest selection nesting, most aliases and most directives in one operation (graphql-armor). */
export const MAX_DEPTH = 12;
export const MAX_ALIASES = 20;
export const MAX_DIRECTIVES = 30;

/**
 * graphql-armor reports a refusal as a thrown "Syntax Error: …"; report it instead as the
 * validation error it is, saying which limit was exceeded.
 */
const report = [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(new GraphQLError(err.message.replace(/^Syntax Error: /, '')))];

/**
 * graphql-armor's limits on depth, aliases and directives of every operation, and its
 * hiding of field suggestions. The cost limit is our own (`query-cost.ts`: armor's cannot
 * price a connection by its `first`), and the token limit is graphql-js's parse option
 * (MAX_TOKENS: armor's turns syntax errors into HTTP 500).
 */
export function armor() {
  const rejection = { onReject: report, propagateOnRejection: false };
  return new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, flattenFragments: true, ...rejection },
    maxAliases: { n: MAX_ALIASES, ...rejection },
    maxDirectives: { n: MAX_DIRECTIVES, ...rejection },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
  }).protect();
}

/** Applies the HTTP error formatting to results sent over WebSocket too. */
export function formatResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e) as unknown as GraphQLError) };
}
