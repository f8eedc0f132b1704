import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, List } from '@mantine/core';

/** One problem the server named at a field of the input (`extensions.fields`). */
export interface FieldProblem {
  path: string;
  message: string;
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

function graphQLErrors(error: unknown): readonly FormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as readonly FormattedError[];
  return [];
}

/** The messages a person can act on: the server's own, or what went wrong on the way. */
export function errorMessages(error: unknown): string[] {
  if (!error) return [];
  const errors = graphQLErrors(error);
  if (errors.length) {
    return errors.flatMap((e) => {
      const fields = e.extensions?.fields as FieldProblem[] | undefined;
      return fields?.length ? fields.map((f) => `${f.path}: ${f.message}`) : [e.message];
    });
  }
  if (error instanceof Error) return [error.message === 'Failed to fetch' ? 'The server could not be reached. Check that it is running and try again.' : error.message];
  return [String(error)];
}

/** The server's field problems, by path (e.g. "data.serial" or "receiverCaseNumber"). */
export function fieldProblems(error: unknown): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of graphQLErrors(error)) {
    for (const f of (e.extensions?.fields as FieldProblem[] | undefined) ?? []) if (!map.has(f.path)) map.set(f.path, f.message);
  }
  return map;
}

/** The error code of the first GraphQL error (UNAUTHENTICATED, NOT_FOUND, …). */
export function errorCode(error: unknown): string | undefined {
  return graphQLErrors(error)[0]?.extensions?.code as string | undefined;
}

/** A GraphQL error's extension (e.g. eligibleAt of a refused escalation). */
export function errorExtension(error: unknown, name: string): unknown {
  return graphQLErrors(error)[0]?.extensions?.[name];
}

/** An alert with the server's messages; nothing when there is no error. */
export function ErrorAlert({ error, title = 'That did not work' }: { error: unknown; title?: string }) {
  const messages = errorMessages(error);
  if (!messages.length) return null;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      {messages.length === 1 ? messages[0] : (
        <List size="sm">
          {messages.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
