import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { logger } from './logger';

/** The closed set of error codes partner systems can rely on (API.md → Errors): the type and the set derive from it. */
export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION', 'RATE_LIMITED'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes graphql-js, Apollo and graphql-armor raise before any resolver runs: they carry no internals. */
export const PROTOCOL_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
] as const;

/** One bad field of an input: `path` is dotted from the mutation's `input` (e.g. `admin.email`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Base of every error we raise on purpose: a stable code and a message a person can act on. */
export abstract class CrossdeskError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** No token, or a token that is unknown or revoked. */
export class UnauthenticatedError extends CrossdeskError {
  constructor(message = 'A valid token is required: send "Authorization: Bearer <token>".') {
    super(message, 'UNAUTHENTICATED', { http: { status: 401 } });
  }
}

/** The caller's role does not allow the operation (checked before ownership). */
export class ForbiddenError extends CrossdeskError {
  constructor(message = 'Your role does not allow this operation.') {
    super(message, 'FORBIDDEN');
  }
}

/** The object does not exist, or the caller may not see it: the two are never told apart. */
export class NotFoundError extends CrossdeskError {
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} was not found.` : `${what} was not found.`, 'NOT_FOUND');
  }
}

/** Input that breaks a rule; `fields` names each bad field. */
export class BadUserInputError extends CrossdeskError {
  readonly fields: FieldProblem[];
  constructor(fields: FieldProblem[], message?: string) {
    super(message ?? `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, 'BAD_USER_INPUT', {
      fields,
    });
    this.fields = fields;
  }
}

/** A concurrent change won, or a uniqueness rule holds. */
export class ConflictError extends CrossdeskError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', extensions);
  }
}

/** The object's lifecycle does not allow this step from its current status. */
export class InvalidTransitionError extends CrossdeskError {
  constructor(message: string, status: string, extensions: Record<string, unknown> = {}) {
    super(message, 'INVALID_TRANSITION', { status, ...extensions });
  }
}

/** Too many requests from one caller: HTTP 429 with `Retry-After` (seconds; 1 when unknown). */
export class RateLimitedError extends CrossdeskError {
  constructor(message = 'Too many requests; slow down and retry later.', retryAfterSeconds?: number) {
    const retryAfter = String(Math.max(1, Math.ceil(retryAfterSeconds ?? 1)));
    super(message, 'RATE_LIMITED', { http: { status: 429, headers: new Map([['retry-after', retryAfter]]) }, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });
  }
}

/** Flattens class-validator's nested errors into `{ path, message }` rows. */
export function validationProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    for (const message of Object.values(e.constraints ?? {})) out.push({ path, message });
    if (e.children?.length) out.push(...validationProblems(e.children, path));
  }
  return out;
}

const PASS_THROUGH_CODES = new Set<string>([...ERROR_CODES, ...PROTOCOL_ERROR_CODES]);

/**
 * Reads graphql-js's variable coercion message ('Variable "$input" got invalid value … at
 * "input.calendar.holidays[0]"; …') into `{ path, message }`, with the path relative to
 * the mutation's `input` (`calendar.holidays.0`) as for every other bad field.
 */
function coercionProblems(message: string): FieldProblem[] | undefined {
  const m = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (!m) return undefined;
  const [, variable, at, reason] = m;
  const raw = at ?? variable;
  const path = raw
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part, i) => !(i === 0 && part === 'input'))
    .join('.');
  const missing = /^Field "(\w+)" of required type .* was not provided\.$/.exec(reason);
  if (missing) return [{ path: path ? `${path}.${missing[1]}` : missing[1], message: 'is required' }];
  const unknown = /^Field "(\w+)" is not defined by type/.exec(reason);
  if (unknown) return [{ path: path ? `${path}.${unknown[1]}` : unknown[1], message: 'is not a field of this input' }];
  return [{ path: path || variable, message: reason.replace(/^Expected type "\w+"\. /, '') }];
}

/**
 * Turns any error into what a client may see: our typed errors and GraphQL's own
 * request errors pass; input validation becomes BAD_USER_INPUT with `fields`; anything
 * else becomes INTERNAL_SERVER_ERROR with no detail (it is logged with the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof ArgumentValidationError) {
    const fields = validationProblems(original.extensions.validationErrors as ValidationError[]).map((f) => ({
      // type-graphql validates the `input` argument's object: paths are relative to it
      path: f.path,
      message: f.message,
    }));
    return {
      message: `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) {
    // a variable that failed coercion (wrong type, bad scalar, unknown enum value): name the field
    const fields = coercionProblems(formatted.message);
    if (fields) return { message: formatted.message, locations: formatted.locations, extensions: { code, fields } };
  }
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // A GraphQLError without a code that graphql-js raised itself (e.g. a variable of the wrong type
  // reaching a scalar) has no originalError and no internals.
  if (error instanceof GraphQLError && !error.originalError && !code) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
