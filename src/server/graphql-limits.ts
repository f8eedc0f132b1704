import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ExecutionResult } from 'graphql';
import { formatError } from '../common/errors';

/** Largest number of tokens in one GraphQL document. */
export const MAX_TOKENS = 4000;

/** graphql-armor's limits: depth, aliases, directives, cost and tokens of every operation. */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 30 },
    costLimit: { maxCost: 60000 },
    // the token limit is graphql-js's own parse option (MAX_TOKENS): armor's turns syntax errors into HTTP 500
    maxTokens: { enabled: false },
  }).protect();
}

/** Applies the HTTP error formatting to results sent over WebSocket too. */
export function formatResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e) as unknown as GraphQLError) };
}
