import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { MAX_TOKENS } from './graphql-limits';
import { checkCost } from './query-cost';

/** Largest WebSocket message, in bytes (the HTTP body limit is 1 MB): a larger one closes the socket with 1009. */
export const WS_MAX_MESSAGE_BYTES = 256 * 1024;
/** Operations one socket may have running at once (subscriptions, and queries still being answered). */
export const WS_MAX_OPERATIONS_PER_SOCKET = 50;
/** Sockets one token may hold open on one instance. */
export const WS_MAX_SOCKETS_PER_TOKEN = 20;
/** Close code for a connection beyond WS_MAX_SOCKETS_PER_TOKEN. */
export const WS_TOO_MANY_SOCKETS = 4429;

/** Deepest bracket nesting a document may have before it is parsed (graphql-js parses recursively). */
export const MAX_NESTING = 64;

/**
 * The deepest nesting of `{`, `(` and `[` in a document, outside strings and comments: one
 * linear pass, so that a document nested thousands deep is refused before graphql-js's
 * recursive parser could overflow the stack on it.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x22 /* " */) {
      if (text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3);
        i = end === -1 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x0a; i++) if (text.charCodeAt(i) === 0x5c) i++;
      }
    } else if (c === 0x7b || c === 0x28 || c === 0x5b) {
      if (++depth > max) max = depth;
    } else if (c === 0x7d || c === 0x29 || c === 0x5d) {
      depth = Math.max(0, depth - 1);
    }
  }
  return max;
}

/** What graphql-ws executes once an operation passed every limit. */
export interface PreparedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
}

const refused = (message: string, code: string, extensions: Record<string, unknown> = {}) => [new GraphQLError(message, { extensions: { code, ...extensions } })];

/**
 * The HTTP limits, for one graphql-ws `subscribe` message, before anything executes: the
 * token limit while parsing (so a huge document is never parsed whole), the validation
 * rules (graphql-js's own and graphql-armor's depth, aliases and directives), and the cost
 * (priced with the message's variables). Answers the errors for that one operation, or
 * what to execute; nothing here throws, so a bad document never closes the socket.
 */
export function prepareOperation(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  payload: { query?: unknown; operationName?: unknown; variables?: unknown },
): PreparedOperation | GraphQLError[] {
  if (typeof payload.query !== 'string' || !payload.query.trim()) return refused('A subscribe message needs a non-empty `query` string.', 'BAD_REQUEST');
  if (payload.operationName != null && typeof payload.operationName !== 'string') return refused('`operationName` must be a string.', 'BAD_REQUEST');
  if (payload.variables != null && (typeof payload.variables !== 'object' || Array.isArray(payload.variables))) return refused('`variables` must be an object.', 'BAD_REQUEST');
  if (nestingDepth(payload.query) > MAX_NESTING) return refused(`Syntax Error: the document nests deeper than ${MAX_NESTING} levels.`, 'GRAPHQL_PARSE_FAILED');
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: MAX_TOKENS });
  } catch (err) {
    const message = err instanceof GraphQLError ? err.message : 'Syntax Error: the document could not be parsed.';
    return refused(message, 'GRAPHQL_PARSE_FAILED');
  }
  const errors = validate(schema, document, [...specifiedRules, ...rules]);
  if (errors.length) return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }));
  const operationName = (payload.operationName as string | undefined) ?? null;
  if (!getOperationAST(document, operationName)) return refused(operationName ? `Unknown operation named "${operationName}".` : 'Send one operation, or name the one to run in `operationName`.', 'BAD_REQUEST');
  const variableValues = (payload.variables as Record<string, unknown> | undefined) ?? null;
  try {
    checkCost(schema, document, operationName, variableValues);
  } catch (err) {
    if (err instanceof GraphQLError) {
      const { http: _http, ...extensions } = err.extensions;
      return [new GraphQLError(err.message, { extensions })];
    }
    throw err;
  }
  return { schema, document, operationName, variableValues };
}

/**
 * The operations admitted on one socket. An id counts from its admission until graphql-ws
 * forgets it (answered, completed, or the socket closed), so ids are pruned against the
 * protocol's own table instead of trusting every path to report its end.
 */
export class AdmittedOperations {
  private readonly ids = new Set<string>();
  constructor(private readonly max = WS_MAX_OPERATIONS_PER_SOCKET) {}

  /** Admits `id`, or answers false when `max` operations are running. */
  tryAdmit(id: string, running: Record<string, unknown>): boolean {
    for (const known of this.ids) if (!(known in running)) this.ids.delete(known);
    if (this.ids.size >= this.max) return false;
    this.ids.add(id);
    return true;
  }
}

/** Open sockets per token, so that one token cannot hold more than WS_MAX_SOCKETS_PER_TOKEN. */
export class SocketsPerToken<S> {
  private readonly byToken = new Map<string, Set<S>>();
  constructor(private readonly max = WS_MAX_SOCKETS_PER_TOKEN) {}

  /** Counts the socket in, or answers false when its token already holds the most. */
  tryAdd(tokenId: string, socket: S): boolean {
    const set = this.byToken.get(tokenId) ?? new Set<S>();
    if (set.size >= this.max) return false;
    set.add(socket);
    this.byToken.set(tokenId, set);
    return true;
  }

  delete(tokenId: string, socket: S): void {
    const set = this.byToken.get(tokenId);
    if (!set) return;
    set.delete(socket);
    if (!set.size) this.byToken.delete(tokenId);
  }
}
