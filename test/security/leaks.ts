/**
 * What must never reach a client: SQL, a database's own message, a stack, a file path of
 * the server. Security tests run every answer they get (HTTP bodies, graphql-ws messages
 * and close reasons) through `internalsIn`.
 */
const INTERNALS: Array<[string, RegExp]> = [
  ['SQL', /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b.*\b(FROM|WHERE|VALUES|RETURNING)\b/],
  ['a database message', /invalid input syntax for type|out of range for type|violates (not-null|foreign key|unique|check) constraint|(relation|column|portal|prepared statement) "[^"]*" (of relation "[^"]*" )?does not exist|syntax error at or near|QueryFailedError|duplicate key value|null character not permitted|unsupported Unicode escape sequence/i],
  ['a stack', /\n\s+at \S+ \(|\bat (async )?\S+ \(\/|stacktrace/],
  ['a server file', /\/(src|dist|node_modules)\/\S+\.(ts|js)\b/],
  ['a JavaScript engine message', /Maximum call stack size exceeded|Cannot read propert|is not a function|ReferenceError|TypeError: |Unexpected token .* in JSON/],
];

/** The kinds of internals a text shows (empty when it shows none). */
export function internalsIn(text: string): string[] {
  return INTERNALS.filter(([, re]) => re.test(text)).map(([what]) => `${what}: ${text.slice(0, 300)}`);
}
