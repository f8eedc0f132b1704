import type { TestServer } from './server';

/** The document of a mutation by name, API.md's way: `name(input: $input)` with a `<Name>Input!` variable. */
export function mutationDocument(name: string, selection: string): string {
  const type = name.charAt(0).toUpperCase() + name.slice(1);
  return `mutation($input: ${type}Input!) { ${name}(input: $input) { ${selection} } }`;
}

/** Runs one mutation by name with its input, as `token`, and answers the raw response. */
export function mutate(t: TestServer, name: string, selection: string, input: Record<string, unknown>, token: string) {
  return t.gql(mutationDocument(name, selection), { input }, token);
}
