/**
 * Fuzzed input (issue 9): fast-check drives `submitRequest`, `createProcessForm`,
 * `createWebhook` and `createPartnerGroup` over HTTP with arbitrary values for their inputs and nested fields:
 * wrong types, huge strings, unicode (lone surrogates, NUL, bidi), numbers JSON cannot hold
 * (sent as raw JSON text: 1e400, -0, 30-digit integers), deeply nested junk, unknown
 * fields, missing fields, the whole input replaced, inline literals instead of variables,
 * and truncated bodies.
 *
 * Every answer must be a success or a typed error (API.md's codes, or GraphQL's own for a
 * malformed document), never INTERNAL_SERVER_ERROR, never HTTP 5xx; and a refused call
 * writes nothing: every table's rows are as they were before it.
 *
 * Runs per operation: FUZZ_RUNS (default 150); replay a failure with FUZZ_SEED (and
 * FUZZ_PATH) from the report fast-check prints.
 */
import { mutationDocument } from '../support/mutation';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { groupInput as validGroupInput, WEEKDAYS_8_TO_16 } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';
import { changedTables, fingerprint } from './db-state';
import { internalsIn } from './leaks';
import { buildWorld, type World } from './world';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const PATH = process.env.FUZZ_PATH;
const BODY_LIMIT = 1024 * 1024;

/** Codes an answer may carry: API.md's, and GraphQL's own for documents that are not one. */
const ALLOWED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

// ───────────────────────────── arbitraries ─────────────────────────────

/** A number as raw JSON (or GraphQL) text: values a JavaScript number cannot hold, or holds oddly. */
class RawNumber {
  constructor(readonly text: string) {}
  /** In a JSON.stringify'd body the value becomes what JSON.parse would make of the text (Infinity → null). */
  toJSON(): number {
    return Number(this.text);
  }
}
/** Appends a character to a field's valid value (see oneChange). */
class Poison {
  constructor(readonly char: string) {}
}
/** A field left out of its object. */
const OMIT = Symbol('omit');
/** Replaced at send time by a name no earlier run used (names are unique on the network), then `suffix`. */
class UniqueName {
  constructor(readonly suffix = '') {}
  [fc.toStringMethod](): string {
    return `<a fresh name>${this.suffix ? ` + ${JSON.stringify(this.suffix)}` : ''}`;
  }
}
const UNIQUE = new UniqueName();

const rawNumber = fc
  .constantFrom('1e400', '-1e400', '1e-400', '-0', '0e0', '123456789012345678901234567890', '9007199254740993', '2147483648', '-2147483649', '0.1e1', '1E2', '5e-324')
  .map((text) => new RawNumber(text));

const NASTY_UNITS = ['\u0000', '\ud800', '\udfff', '\ufeff', '\u202e', '\u2028', '\u0085', '\u001b', 'é', 'e\u0301', '😀', '\n', '\t', ' ', 'a', 'Z', '"', '\\', '<', "'", '%', '_', '$', '{', '}'];
const nastyString = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\ud800', '\udc00', '\udbff\udbff'), fc.string({ maxLength: 10 })).map(([a, c, b]) => a + c + b) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY_UNITS), maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'null',
      'NaN',
      'Infinity',
      '-0',
      '1e400',
      '__proto__',
      'constructor',
      "'; DROP TABLE member; --",
      '${jndi:ldap://x/a}',
      '{{7*7}}',
      '2026-02-30',
      '24:00',
      '25:61',
      'P1',
      'COLLABORATIVE',
      'CRITICAL_ESCALATION',
      'TEXT',
      'MONDAY',
      '00000000-0000-0000-0000-000000000000',
      'Europe/London',
      'Mars/Olympus_Mons',
      'https://example.com/%00',
      'a@b',
    ),
  },
  {
    weight: 1,
    // huge: up to ~200 KB (the body limit is 1 MB; a 413 answer is fine too)
    arbitrary: fc
      .tuple(fc.integer({ min: 1_000, max: 200_000 }), fc.constantFrom('x', ' ', 'é', '😀', '\u0000', '\ud800', 'ab\n'))
      .map(([bytes, unit]) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))))),
  },
);

/** Nested junk, up to a thousand levels deep (deeper: see 'very deep nesting' below). */
const deep = fc
  .tuple(fc.integer({ min: 20, max: 1_000 }), fc.boolean(), fc.oneof(nastyString, fc.integer(), fc.constant(null)))
  .map(([depth, asArray, leaf]) => {
    let v: unknown = leaf;
    for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
    // fast-check's own printing of a counterexample recurses: show it short (JSON ignores the symbol)
    Object.defineProperty(v, fc.toStringMethod, { value: () => `${asArray ? '['.repeat(3) : '{a:'.repeat(3)}…(${depth} levels)…${fc.stringify(leaf)}` });
    return v;
  });

const { junk } = fc.letrec((tie) => ({
  junk: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    fc.integer(),
    fc.double(), // NaN, ±Infinity, -0: JSON makes null (or 0) of them
    rawNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('junk'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), nastyString), tie('junk'), { maxKeys: 4 }),
    deep,
  ),
}));

/**
 * How far a run strays from a valid input: 0 sends a valid input (so the write path is
 * reached too); 1–3 replace ever more fields by variants, junk or nothing, and add unknown ones.
 */
type Level = 0 | 1 | 2 | 3;
const level = fc.constantFrom<Level>(0, 1, 1, 2, 3);

function generators(lv: Level) {
  /** A field's value: the valid one, or (as the level rises) an interesting variant, junk, or nothing. */
  const field = (valid: fc.Arbitrary<unknown>, variants?: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    lv === 0
      ? valid
      : fc.oneof(
          { weight: 16 - 3 * lv, arbitrary: valid },
          { weight: variants ? 2 * lv : 0, arbitrary: variants ?? junk },
          { weight: lv, arbitrary: junk },
          { weight: lv, arbitrary: fc.constant(OMIT) },
        );
  /** An input object of such fields; unknown fields join it now and then. */
  const object = (shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> =>
    fc
      .tuple(
        fc.record(shape),
        lv === 0
          ? fc.constant(null)
          : fc.option(fc.dictionary(fc.oneof(fc.constantFrom('id', 'memberId', 'isOperator', '__typename', 'extra'), nastyString), junk, { minKeys: 1, maxKeys: 3 }), { freq: 10 - 2 * lv }),
      )
      .map(([fields, extra]) => {
        const out: Record<string, unknown> = { ...(extra ?? {}) };
        for (const [k, v] of Object.entries(fields)) if (v !== OMIT) out[k] = v;
        return out;
      });
  /** The whole input: at a level above 0 it is sometimes not an object at all, or absent. */
  const whole = (input: fc.Arbitrary<unknown>) =>
    lv === 0 ? input : fc.oneof({ weight: 20, arbitrary: input }, { weight: lv, arbitrary: junk }, { weight: 1, arbitrary: fc.constant(undefined) });
  return { field, object, whole };
}
type Generators = ReturnType<typeof generators>;

/** Every path into a value (object keys, list indexes), parents before children. */
function pathsOf(v: unknown, at: string[] = [], out: string[][] = []): string[][] {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([...at, String(i)]), pathsOf(x, [...at, String(i)], out)));
  else if (v && typeof v === 'object' && !(v instanceof RawNumber) && !(v instanceof UniqueName)) for (const [k, x] of Object.entries(v)) out.push([...at, k]), pathsOf(x, [...at, k], out);
  return out;
}
/** A copy of `v` with the value at `path` replaced (or removed, for OMIT). */
function replaced(v: unknown, path: string[], value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  if (Array.isArray(v)) return value === OMIT && !rest.length ? v.filter((_, i) => String(i) !== head) : v.map((x, i) => (String(i) === head ? replaced(x, rest, value) : x));
  const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  if (value === OMIT && !rest.length) delete out[head];
  else out[head] = replaced(out[head], rest, value);
  return out;
}
/**
 * A valid input with exactly one thing changed: any field, at any depth, replaced by a nasty
 * string, junk or a raw number, or left out. Bad values then reach the code behind the
 * checks of the other fields, which a fully random input rarely passes.
 */
const oneChange = (valid: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      valid,
      fc.constantFrom(true, true, false),
      fc.nat(),
      fc.oneof(
        // the field's own value with a character PostgreSQL cannot store appended: still valid otherwise
        { weight: 4, arbitrary: fc.constantFrom('\u0000', '\u0000', '\ud800', '\udc00').map((c) => new Poison(c)) },
        { weight: 4, arbitrary: nastyString },
        { weight: 2, arbitrary: junk },
        { weight: 1, arbitrary: rawNumber },
        { weight: 1, arbitrary: fc.constant(OMIT) },
      ),
    )
    .map(([input, textOnly, pick, value]) => {
      const valueAt = (p: string[]) => p.reduce<any>((v, k) => v?.[k], input);
      const all = pathsOf(input);
      // mostly a text field: one field name picked evenly (a calendar's many times must not crowd out the name)
      const texts = all.filter((p) => typeof valueAt(p) === 'string' || valueAt(p) instanceof UniqueName);
      const names = [...new Set(texts.map((p) => p[p.length - 1]).filter((k) => !/^\d+$/.test(k)))];
      const paths = textOnly && names.length ? texts.filter((p) => p[p.length - 1] === names[pick % names.length]) : all;
      if (!paths.length) return input;
      const path = paths[Math.floor(pick / Math.max(1, names.length)) % paths.length];
      if (!(value instanceof Poison)) return replaced(input, path, value);
      const current = valueAt(path);
      return replaced(input, path, current instanceof UniqueName ? new UniqueName(current.suffix + value.char) : `${typeof current === 'string' ? current : ''}${value.char}`);
    });
/** Inputs for one operation: fully random at some level, or valid but for one change. */
const inputs = (build: (g: Generators) => fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 2, arbitrary: level.chain((lv) => build(generators(lv))) }, { weight: 3, arbitrary: oneChange(build(generators(0))) });
const list = <T>(item: fc.Arbitrary<T>, maxLength: number, minLength = 0) => fc.array(item, { minLength, maxLength });
const absent = fc.constant(OMIT);

// ───────────────────────────── sending ─────────────────────────────

type Mode = 'variables' | 'raw' | 'inline' | 'truncated';
const mode = fc.constantFrom<Mode>('variables', 'variables', 'variables', 'variables', 'raw', 'raw', 'inline', 'truncated');

let names = 0;
/** Puts fresh names in; keeps everything else. */
function resolve(v: unknown): unknown {
  if (v instanceof UniqueName) return `Fuzz ${process.pid}-${Date.now().toString(36)}-${++names}${v.suffix}`;
  if (Array.isArray(v)) return v.map(resolve);
  if (v && typeof v === 'object' && !(v instanceof RawNumber)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
  return v;
}

/** JSON text, with raw numbers written as they are (1e400, 123456789012345678901234567890). */
function toJson(v: unknown): string {
  if (v instanceof RawNumber) return v.text;
  if (Array.isArray(v)) return `[${v.map(toJson).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${toJson(x)}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** A GraphQL literal: enum-looking strings bare, the rest as GraphQL writes it (keys that are not names make a parse error). */
function toLiteral(v: unknown): string {
  if (v instanceof RawNumber) return v.text; // 1e400 is a valid GraphQL FloatValue token
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return String(v); // NaN, Infinity: bare names, i.e. enum values
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return /^[A-Z][A-Z0-9_]*$/.test(v) && v !== 'NaN' ? v : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(toLiteral).join(' ')}]`;
  return `{${Object.entries(v as object).map(([k, x]) => `${k}: ${toLiteral(x)}`).join(' ')}}`;
}

interface Operation {
  name: string;
  inputType: string;
  selection: string;
}

function body(op: Operation, input: unknown, how: Mode, cut: number): string {
  const document = `mutation($input: ${op.inputType}!) { ${op.name}(input: $input) { ${op.selection} } }`;
  switch (how) {
    case 'variables':
      return JSON.stringify({ query: document, variables: { input } });
    case 'raw':
      return `{"query":${JSON.stringify(document)},"variables":{"input":${toJson(input)}}}`;
    case 'inline':
      return JSON.stringify({ query: `mutation { ${op.name}(input: ${toLiteral(input)}) { ${op.selection} } }` });
    case 'truncated': {
      const full = `{"query":${JSON.stringify(document)},"variables":{"input":${toJson(input)}}}`;
      return full.slice(0, cut % full.length);
    }
  }
}

// ───────────────────────────── checking ─────────────────────────────

let t: TestServer;

interface Answer {
  status: number;
  text: string;
  json?: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(payload: string, token: string): Promise<Answer> {
  const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: payload });
  const text = await res.text();
  let json: Answer['json'];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

/**
 * The property: a typed answer, and nothing written by a refused call. Returns whether it
 * succeeded (tests may ask for some successes, so the fuzzer also reaches the write path).
 */
async function check(op: Operation, input: unknown, how: Mode, cut: number, token: string): Promise<boolean> {
  const payload = body(op, resolve(input), how, cut);
  const before = await fingerprint(t.dataSource);
  const res = await post(payload, token);
  const where = `${op.name} (${how}, ${payload.length} bytes) answered HTTP ${res.status}: ${res.text.slice(0, 600)}`;
  if (res.status >= 500) throw new Error(`5xx: ${where}`);
  if (res.status === 413) {
    if (Buffer.byteLength(payload) <= BODY_LIMIT) throw new Error(`413 for a body under the limit: ${where}`);
  } else if (!res.json) {
    throw new Error(`an answer that is not JSON: ${where}`);
  }
  const errors = res.json?.errors ?? [];
  const leaked = internalsIn(res.text);
  if (leaked.length) throw new Error(`internals in an answer (${leaked.join('; ')}): ${where}`);
  for (const e of errors) {
    const code = String(e.extensions?.code);
    if (!ALLOWED_CODES.has(code)) throw new Error(`error code ${code}: ${where}`);
    if (e.extensions && ('stacktrace' in e.extensions || 'exception' in e.extensions)) throw new Error(`internals in an error: ${where}`);
  }
  const succeeded = res.status === 200 && errors.length === 0 && res.json?.data?.[op.name] != null;
  if (!succeeded && errors.length === 0 && res.status !== 413) throw new Error(`neither a success nor an error: ${where}`);
  if (!succeeded) {
    // a refused call writes nothing
    if (res.json?.data?.[op.name] != null) throw new Error(`data beside errors: ${where}`);
    const changed = changedTables(before, await fingerprint(t.dataSource));
    if (changed.length) throw new Error(`refused, yet ${changed.join(', ')} changed: ${where}`);
  }
  return succeeded;
}

function params<T>(): fc.Parameters<T> {
  return { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED, path: PATH } : {}) };
}

// ───────────────────────────── the world ─────────────────────────────

const RICH_FIELDS = [
  { key: 'product', label: 'Product', type: 'TEXT', required: true, maxLength: 100 },
  { key: 'version', label: 'Version', type: 'NUMBER', required: false, min: 0, max: 100 },
  { key: 'severity', label: 'Severity', type: 'SINGLE_SELECT', required: false, options: ['Low', 'High'] },
  { key: 'tags', label: 'Tags', type: 'MULTI_SELECT', required: false, options: ['vm', 'san', 'nas'] },
  { key: 'contact', label: 'Contact', type: 'EMAIL', required: false },
  { key: 'link', label: 'Link', type: 'URL', required: false },
  { key: 'since', label: 'Since', type: 'DATE', required: false, minDate: '2000-01-01', maxDate: '2100-12-31' },
  { key: 'reproducible', label: 'Reproducible', type: 'BOOLEAN', required: false },
  { key: 'details', label: 'Details', type: 'LONG_TEXT', required: false },
];

let w: World;
let departmentB: { id: string };
beforeAll(async () => {
  t = await startTestServer({ config: { rateLimitPoints: 1_000_000 } });
  w = await buildWorld(t);
  // B's department with a form of every field type, in the group A and B share
  departmentB = await w.s.department(w.b, w.group.id, (await w.s.form(w.b, RICH_FIELDS)).id, 'Storage (every field type)');
}, 60_000);
afterAll(() => t?.close());

// ───────────────────────────── the operations ─────────────────────────────

const SUBMIT: Operation = { name: 'submitRequest', inputType: 'SubmitRequestInput', selection: 'request { id status data customer { name } }' };
const CREATE_FORM: Operation = { name: 'createProcessForm', inputType: 'CreateProcessFormInput', selection: 'form { id version fields { key type } }' };
const CREATE_GROUP: Operation = { name: 'createPartnerGroup', inputType: 'CreatePartnerGroupInput', selection: 'group { id kind slaPolicy { atRiskRatio } calendar { timeZone } }' };

const submitInput = ({ field, object, whole }: Generators) =>
  whole(
    object({
      departmentId: field(fc.constant(departmentB.id), fc.constantFrom(w.deptA.id, w.deptBC.id, randomUUID(), 'not-a-uuid', departmentB.id.toUpperCase())),
      priority: field(fc.constantFrom('P1', 'P2', 'P3', 'P4'), fc.constantFrom('P5', 'p1', 'P1 ')),
      summary: field(fc.constant('Datastore latency after firmware update'), nastyString),
      data: field(
        object({
          product: field(fc.constantFrom('Array X', ' Array Y '), nastyString),
          version: field(fc.oneof(absent, fc.integer({ min: 0, max: 100 })), fc.oneof(fc.integer({ min: -5, max: 105 }), fc.double(), rawNumber)),
          severity: field(fc.constantFrom(OMIT, 'Low', 'High', ' High '), fc.constantFrom('Medium', 'low')),
          tags: field(fc.oneof(absent, fc.subarray(['vm', 'san', 'nas'])), fc.oneof(list(fc.constantFrom('vm', 'tape', ''), 3), list(nastyString, 3))),
          contact: field(fc.constantFrom(OMIT, 'ops@globex.example'), nastyString),
          link: field(fc.constantFrom(OMIT, 'https://globex.example/case/1'), fc.oneof(fc.constantFrom('javascript:alert(1)', 'http://', 'https://x/ y'), nastyString)),
          since: field(fc.constantFrom(OMIT, '2026-01-31', '2024-02-29'), fc.constantFrom('2026-02-30', '1999-12-31', '2026-1-1', '2101-01-01')),
          reproducible: field(fc.oneof(absent, fc.boolean()), fc.constantFrom('true', 0, 1)),
          details: field(fc.constantFrom(OMIT, 'Seen on three hosts'), nastyString),
        }),
      ),
      customer: field(
        object({
          name: field(fc.constant('Globex'), nastyString),
          contactEmail: field(fc.constantFrom(OMIT, null, 'ops@globex.example'), nastyString),
          entitlementId: field(fc.constantFrom(OMIT, null, 'ENT-1'), nastyString),
        }),
        fc.constant(null),
      ),
      requesterCaseNumber: field(fc.constant('A-1001'), nastyString),
      businessImpact: field(fc.constantFrom(OMIT, null, 'Payments down'), nastyString),
      receiverCaseNumber: field(fc.constantFrom(OMIT, null, 'B-77'), nastyString),
    }),
  );

/** Valid field definitions of every type (keys unique within a form). */
const VALID_FIELDS: Array<Record<string, unknown>> = [
  { key: 'product', label: 'Product', type: 'TEXT', required: true, maxLength: 100, helpText: 'As on the invoice' },
  { key: 'details', label: 'Details', type: 'LONG_TEXT', required: false },
  { key: 'version', label: 'Version', type: 'NUMBER', required: false, min: 0, max: 100.5 },
  { key: 'contact', label: 'Contact', type: 'EMAIL', required: false, maxLength: 254 },
  { key: 'link', label: 'Link', type: 'URL', required: false },
  { key: 'since', label: 'Since', type: 'DATE', required: false, minDate: '2000-01-01', maxDate: '2100-12-31' },
  { key: 'severity', label: 'Severity', type: 'SINGLE_SELECT', required: true, options: ['Low', 'High'] },
  { key: 'tags', label: 'Tags', type: 'MULTI_SELECT', required: false, options: ['vm', 'san', 'nas'] },
  { key: 'reproducible', label: 'Reproducible', type: 'BOOLEAN', required: false },
];
const FIELD_VARIANTS: Record<string, fc.Arbitrary<unknown>> = {
  key: fc.oneof(fc.constantFrom('Product', '1x', 'a-b', 'product', ''), fc.stringMatching(/^[a-z][a-z0-9_]{60,70}$/), nastyString),
  label: nastyString,
  type: fc.constantFrom('TEXT', 'NUMBER', 'SINGLE_SELECT', 'DATE', 'FILE', 'text'),
  required: fc.constantFrom(null, 'yes', 1),
  helpText: fc.oneof(fc.constant(null), nastyString),
  options: fc.oneof(fc.constantFrom(null, [], ['a', 'a'], [' a ', 'a']), list(nastyString, 5), fc.constant(Array.from({ length: 201 }, (_, i) => `o${i}`))),
  min: fc.oneof(fc.constant(null), fc.double(), fc.integer(), rawNumber),
  max: fc.oneof(fc.constant(null), fc.double(), fc.integer(), rawNumber),
  minDate: fc.constantFrom(null, '2026-01-01', '2026-02-29', '2024-02-29', '0000-01-01', '2026-1-1'),
  maxDate: fc.constantFrom(null, '1999-12-31', '2026-13-01', '9999-12-31'),
  maxLength: fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 200_000 }), rawNumber),
};
const processFormInput = ({ field, object, whole }: Generators) => {
  const fieldInput = (valid: Record<string, unknown>) =>
    object(Object.fromEntries(Object.entries(FIELD_VARIANTS).map(([k, variants]) => [k, field(k in valid ? fc.constant(valid[k]) : absent, variants)])));
  const fields = fc.uniqueArray(fc.constantFrom(...VALID_FIELDS), { minLength: 1, maxLength: 5, selector: (f) => f.key }).chain((specs) => fc.tuple(...specs.map(fieldInput)));
  return whole(
    object({
      name: field(fc.constant('Storage escalation'), nastyString),
      fields: field(fields, fc.oneof(fc.constant([]), fc.constant(Array.from({ length: 101 }, (_, i) => ({ key: `f${i}`, label: 'F', type: 'TEXT', required: false }))))),
    }),
  );
};

const CREATE_WEBHOOK: Operation = { name: 'createWebhook', inputType: 'CreateWebhookInput', selection: 'webhook { id url eventTypes description } secret' };
const EVENT_TYPES = ['REQUEST_SUBMITTED', 'REQUEST_ACCEPTED', 'NOTE_ADDED', 'REQUEST_CLOSED', 'SLA_BREACHED'];
const webhookInput = ({ field, object, whole }: Generators) =>
  whole(
    object({
      url: field(
        fc.constantFrom('https://hooks.example.com/in', 'http://localhost:9/in', 'http://127.0.0.1/x?y=1'),
        fc.oneof(
          fc.constantFrom('http://example.com/in', 'https://user:pw@hooks.example.com', 'ftp://localhost/', 'http://[::1]/', 'https://', 'javascript:alert(1)', 'http://localhost.evil.example/', `https://x.example/${'a'.repeat(3000)}`),
          // private, link-local, loopback and mapped targets in several spellings (issue 25)
          fc.constantFrom('https://169.254.169.254/latest/meta-data/', 'https://0xa9fea9fe/', 'https://167772161/', 'https://012.0.0.1/', 'https://[::1]/', 'https://[::ffff:10.0.0.1]/', 'https://[fd00::1]/', 'https://100.64.0.1/', 'https://0.0.0.0/', 'https://127.0.0.2/', 'https://nowhere.invalid/'),
          nastyString,
        ),
      ),
      eventTypes: field(fc.oneof(absent, fc.subarray(EVENT_TYPES)), fc.oneof(list(fc.constantFrom('NOPE', 'note_added', '', 'NOTE_ADDED'), 3), list(nastyString, 2))),
      description: field(fc.constantFrom(OMIT, null, 'ServiceNow'), nastyString),
    }),
  );

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const localTime = fc.oneof(fc.constantFrom('00:00', '24:00', '23:59', '24:01', '8:00', '12:60', '08:00:00'), nastyString);
const groupInput = ({ field, object, whole }: Generators) =>
  whole(
    object({
      name: field(fc.constant(UNIQUE), nastyString),
      kind: field(fc.constantFrom('COLLABORATIVE', 'SOLUTION', 'OEM', 'SERVICE_PROVIDER'), fc.constantFrom('CRITICAL_ESCALATION', 'OTHER', 'collaborative')),
      description: field(fc.constantFrom(OMIT, null, 'Joint support of storage on hypervisors'), nastyString),
      joinRequirements: field(fc.constantFrom(OMIT, null, 'A 24x7 support line'), nastyString),
      slaPolicy: field(
        object({
          targets: field(
            fc.constant(['P1', 'P2', 'P3', 'P4'].map((priority, i) => ({ priority, responseMinutes: 30 * 2 ** i, ...(i === 0 ? { updateEveryMinutes: 240 } : {}) }))),
            list(
              object({
                priority: field(fc.constantFrom('P1', 'P2', 'P3', 'P4'), fc.constantFrom('P0', 'p1')),
                responseMinutes: field(fc.integer({ min: 1, max: 10_000 }), fc.oneof(fc.integer({ min: -10, max: 600_000 }), rawNumber)),
                updateEveryMinutes: field(fc.oneof(absent, fc.integer({ min: 1, max: 10_000 })), fc.oneof(fc.constant(null), fc.integer({ min: -10, max: 600_000 }), rawNumber)),
              }),
              6,
            ),
          ),
          atRiskRatio: field(fc.oneof(absent, fc.double({ min: 0.01, max: 0.99, noNaN: true })), fc.oneof(fc.constant(null), fc.double(), rawNumber)),
        }),
        fc.constant(null),
      ),
      calendar: field(
        object({
          timeZone: field(fc.constantFrom('Europe/London', 'UTC', 'Asia/Kathmandu', 'America/St_Johns'), fc.oneof(fc.constantFrom('Mars/Olympus_Mons', 'europe/london', '+01:00', 'EST5EDT'), nastyString)),
          alwaysOpen: field(fc.constantFrom(OMIT, false), fc.constantFrom(true, null)),
          workingHours: field(
            fc.constant(WEEKDAYS_8_TO_16),
            fc.oneof(
              list(object({ day: field(fc.constantFrom(...WEEKDAYS), fc.constantFrom('FUNDAY', 'monday')), from: field(fc.constant('08:00'), localTime), to: field(fc.constant('16:00'), localTime) }), 8),
              fc.constant(Array.from({ length: 71 }, () => ({ day: 'MONDAY', from: '08:00', to: '09:00' }))),
              fc.constant([{ day: 'MONDAY', from: '08:00', to: '12:00' }, { day: 'MONDAY', from: '11:00', to: '13:00' }]),
            ),
          ),
          holidays: field(fc.constantFrom(OMIT, [], ['2026-12-25', '2026-12-26']), list(fc.constantFrom('2026-12-25', '2026-02-30', '20261225', '1900-01-01'), 5)),
        }),
        fc.constant(null),
      ),
    }),
  );

describe('fuzzed input', () => {
  jest.setTimeout(180_000);

  it('submitRequest: a success or a typed error, and nothing written when refused', async () => {
    let successes = 0;
    await fc.assert(
      fc.asyncProperty(inputs(submitInput), mode, fc.nat(), async (input, how, cut) => {
        if (await check(SUBMIT, input, how, cut, w.engA.token)) successes++;
      }),
      params(),
    );
    expect(successes).toBeGreaterThan(0);
  });

  it('createProcessForm: a success or a typed error, and nothing written when refused', async () => {
    let successes = 0;
    await fc.assert(
      fc.asyncProperty(inputs(processFormInput), mode, fc.nat(), async (input, how, cut) => {
        if (await check(CREATE_FORM, input, how, cut, w.a.admin.token)) successes++;
      }),
      params(),
    );
    expect(successes).toBeGreaterThan(0);
  });

  it('createWebhook: a success or a typed error, and nothing written when refused', async () => {
    let successes = 0;
    await fc.assert(
      fc.asyncProperty(inputs(webhookInput), mode, fc.nat(), async (input, how, cut) => {
        if (await check(CREATE_WEBHOOK, input, how, cut, w.a.admin.token)) successes++;
      }),
      params(),
    );
    expect(successes).toBeGreaterThan(0);
  });

  it('createPartnerGroup: a success or a typed error, and nothing written when refused', async () => {
    let successes = 0;
    await fc.assert(
      fc.asyncProperty(inputs(groupInput), mode, fc.nat(), async (input, how, cut) => {
        if (await check(CREATE_GROUP, input, how, cut, t.operatorToken)) successes++;
      }),
      params(),
    );
    expect(successes).toBeGreaterThan(0);
  });
});

// ─────────────── every text input, with what PostgreSQL cannot store ───────────────

/** Characters a JavaScript string can hold and PostgreSQL text (NUL) or jsonb (NUL, lone surrogates) cannot. */
const UNSTORABLE = { NUL: 'x\u0000y', 'lone high surrogate': 'x\ud800y', 'lone low surrogate': '\udc00y' };

type Who = 'operator' | 'adminA' | 'engA' | 'engB';
interface TextCase {
  /** `Mutation.name` or a query name; the document is built from it. */
  op: string;
  who: Who;
  document?: string;
  /** A valid input (fresh objects where state matters), as `variables.input` (or the variables, for queries). */
  input: (w: World) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Dotted paths of the text fields to poison. */
  paths: string[];
}
const mutationDoc = mutationDocument;
let seq = 0;
const fresh = (p: string) => `${p} ${process.pid}-${++seq}`;
const TEXT_CASES: TextCase[] = [
  { op: 'createMember', who: 'operator', input: () => ({ name: fresh('Vendor'), admin: { email: `${fresh('adm').replace(/\W/g, '')}@example.com`, name: 'Admin' } }), paths: ['name', 'admin.name', 'admin.email'] },
  { op: 'createPartnerGroup', who: 'operator', input: () => validGroupInput({ name: fresh('Group') }), paths: ['name', 'description', 'joinRequirements', 'calendar.timeZone'] },
  { op: 'updatePartnerGroup', who: 'operator', input: (w) => ({ id: w.spareGroup.id, name: fresh('Renamed'), description: 'd', joinRequirements: 'j' }), paths: ['name', 'description', 'joinRequirements'] },
  { op: 'declineMembership', who: 'operator', input: async (w) => ({ id: await w.requestedMembership(), reason: 'Not now' }), paths: ['reason'] },
  { op: 'suspendMembership', who: 'operator', input: async (w) => ({ id: await w.s.join(await w.s.member(), w.spareGroup.id), reason: 'Audit' }), paths: ['reason'] },
  { op: 'createUser', who: 'adminA', input: () => ({ email: `${fresh('u').replace(/\W/g, '')}@example.com`, name: 'New user', role: 'ENGINEER' }), paths: ['email', 'name'] },
  { op: 'issueToken', who: 'adminA', input: () => ({ name: 'ServiceNow', service: true }), paths: ['name'] },
  { op: 'requestMembership', who: 'adminA', input: async (w) => ({ groupId: (await w.s.group()).id, attestation: 'A 24x7 desk' }), paths: ['attestation'] },
  { op: 'acceptInvitation', who: 'adminA', input: async (w) => ({ id: await w.invitationOfA(), attestation: 'A 24x7 desk' }), paths: ['attestation'] },
  {
    op: 'createProcessForm',
    who: 'adminA',
    input: () => ({ name: fresh('Form'), fields: [{ key: 'severity', label: 'Severity', type: 'SINGLE_SELECT', required: true, helpText: 'How bad', options: ['Low', 'High'] }] }),
    paths: ['name', 'fields.0.key', 'fields.0.label', 'fields.0.helpText', 'fields.0.options.0'],
  },
  { op: 'updateProcessForm', who: 'adminA', input: (w) => ({ id: w.formA2.id, name: fresh('Form') }), paths: ['name'] },
  { op: 'createDepartment', who: 'adminA', input: (w) => ({ groupId: w.group.id, formId: w.formA2.id, name: fresh('Dept'), description: 'Inbound' }), paths: ['name', 'description'] },
  { op: 'updateDepartment', who: 'adminA', input: (w) => ({ id: w.deptA.id, name: fresh('A storage'), description: 'Inbound' }), paths: ['name', 'description'] },
  {
    op: 'submitRequest',
    who: 'engA',
    input: (w) => w.requestInput(w.deptB.id, { businessImpact: 'Payments down', receiverCaseNumber: 'B-77', idempotencyKey: fresh('submit') }),
    paths: ['summary', 'requesterCaseNumber', 'businessImpact', 'receiverCaseNumber', 'customer.name', 'customer.contactEmail', 'customer.entitlementId', 'data.product', 'idempotencyKey'],
  },
  { op: 'acceptRequest', who: 'engB', input: async (w) => ({ id: await w.fresh('OPEN'), receiverCaseNumber: 'B-1' }), paths: ['receiverCaseNumber'] },
  { op: 'requestInformation', who: 'engB', input: async (w) => ({ id: await w.fresh('OPEN'), question: 'Which firmware?' }), paths: ['question'] },
  { op: 'provideInformation', who: 'engA', input: async (w) => ({ id: await w.fresh('INFORMATION_REQUESTED'), answer: '7.1', data: { product: 'Array Y' } }), paths: ['answer', 'data.product'] },
  { op: 'rejectRequest', who: 'engB', input: async (w) => ({ id: await w.fresh('OPEN'), reason: 'Not ours' }), paths: ['reason'] },
  { op: 'closeRequest', who: 'engB', input: async (w) => ({ id: await w.fresh('ACCEPTED'), resolution: 'Fixed' }), paths: ['resolution'] },
  { op: 'reopenRequest', who: 'engB', input: async (w) => ({ id: await w.fresh('CLOSED'), reason: 'Back' }), paths: ['reason'] },
  { op: 'cancelRequest', who: 'engA', input: async (w) => ({ id: await w.fresh('OPEN'), reason: 'Solved' }), paths: ['reason'] },
  { op: 'addNote', who: 'engA', input: (w) => ({ requestId: w.request2.id, body: 'Logs attached', idempotencyKey: fresh('note') }), paths: ['body', 'idempotencyKey'] },
  { op: 'changePriority', who: 'engB', input: async (w) => ({ id: await w.fresh('OPEN'), priority: 'P1', reason: 'Production down', idempotencyKey: fresh('prio') }), paths: ['reason', 'idempotencyKey'] },
  {
    op: 'engageParty',
    who: 'engB',
    input: async (w) => w.engageInput(await w.fresh('OPEN'), { idempotencyKey: fresh('engage'), shareWithRequester: true }),
    paths: ['summary', 'requesterCaseNumber', 'customer.name', 'customer.contactEmail', 'customer.entitlementId', 'data.product', 'idempotencyKey'],
  },
  {
    op: 'inboundRequests',
    who: 'engB',
    document: `query($filter: RequestFilter) { inboundRequests(filter: $filter) { totalCount } }`,
    input: () => ({ filter: { search: 'latency', caseNumber: 'A-1001' } }),
    paths: ['filter.search', 'filter.caseNumber'],
  },
  { op: 'resumeWebhook', who: 'adminA', input: (w) => ({ id: w.webhookA.id, after: Buffer.from('e:0').toString('base64url') }), paths: ['after'] },
  { op: 'createWebhook', who: 'adminA', input: () => ({ url: 'https://hooks.example.com/in', description: 'ServiceNow' }), paths: ['url', 'description'] },
  { op: 'updateWebhook', who: 'adminA', input: (w) => ({ id: w.webhookA.id, url: 'https://hooks.example.com/v2', description: 'ServiceNow' }), paths: ['url', 'description'] },
  { op: 'members', who: 'operator', document: `query($search: String) { members(search: $search) { totalCount } }`, input: () => ({ search: 'Vendor' }), paths: ['search'] },
  { op: 'directory', who: 'engA', document: `query($search: String) { directory(search: $search) { totalCount } }`, input: () => ({ search: 'storage' }), paths: ['search'] },
  {
    op: 'users',
    who: 'adminA',
    document: `query($search: String) { viewer { member { users(search: $search) { totalCount } } } }`,
    input: () => ({ search: 'Ann' }),
    paths: ['search'],
  },
];

function poison(input: Record<string, unknown>, path: string, text: string): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(input));
  const keys = path.split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k];
  const last = keys[keys.length - 1];
  at[last] = `${String(at[last] ?? '')}${text}`;
  return copy;
}

describe('unstorable characters (NUL, lone surrogates) in every text input', () => {
  const selections: Record<string, string> = {
    createMember: 'member { id }',
    createPartnerGroup: 'group { id }',
    updatePartnerGroup: 'group { id }',
    declineMembership: 'membership { id }',
    suspendMembership: 'membership { id }',
    createUser: 'user { id }',
    issueToken: 'token { id }',
    requestMembership: 'membership { id }',
    acceptInvitation: 'membership { id }',
    createProcessForm: 'form { id }',
    updateProcessForm: 'form { id }',
    createDepartment: 'department { id }',
    updateDepartment: 'department { id }',
    addNote: 'note { id }',
    engageParty: 'engagement { id }',
    createWebhook: 'webhook { id }',
    updateWebhook: 'webhook { id }',
    resumeWebhook: 'queued',
  };
  const cases = TEXT_CASES.flatMap((c) => c.paths.map((path) => [`${c.op} ${path}`, c, path] as const));

  it.each(cases)('%s: a typed answer, and nothing written when refused', async (_name, c, path) => {
    const tokens: Record<Who, string> = { operator: t.operatorToken, adminA: w.a.admin.token, engA: w.engA.token, engB: w.engB.token };
    const problems: string[] = [];
    for (const [what, text] of Object.entries(UNSTORABLE)) {
      const valid = await c.input(w);
      const isQuery = Boolean(c.document);
      const variables = isQuery ? poison(valid, path, text) : { input: poison(valid, path, text) };
      const document = c.document ?? mutationDoc(c.op, selections[c.op] ?? 'request { id }');
      const before = await fingerprint(t.dataSource);
      const res = await post(JSON.stringify({ query: document, variables }), tokens[c.who]);
      const codes = (res.json?.errors ?? []).map((e) => String(e.extensions?.code));
      const bad = codes.filter((code) => !ALLOWED_CODES.has(code));
      if (res.status >= 500 || bad.length) problems.push(`${what}: HTTP ${res.status} ${bad.join(',') || codes.join(',')}`);
      else if (codes.length) {
        const changed = changedTables(before, await fingerprint(t.dataSource));
        if (changed.length) problems.push(`${what}: refused (${codes.join(',')}) yet wrote ${changed.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('malformed documents and very deep nesting', () => {
  it.each([
    ['an unclosed selection', '{ viewer { isOperator }'],
    ['an object literal without a key', 'mutation { addNote(input: {: 1}) { note { id } } }'],
    ['an unterminated string', '{ member(id: "x) { id } }'],
    ['an escaped lone surrogate', '{ member(id: "\\ud800") { id } }'],
    ['more tokens than the limit', `{ ${Array.from({ length: 4100 }, () => '__typename').join(' ')} }`],
  ])('answers %s with HTTP 400 and GRAPHQL_PARSE_FAILED, not a server error', async (_what, query) => {
    const res = await post(JSON.stringify({ query }), w.engA.token);
    expect({ status: res.status, codes: (res.json?.errors ?? []).map((e) => e.extensions?.code) }).toEqual({ status: 400, codes: ['GRAPHQL_PARSE_FAILED'] });
  });

  it.each([
    ['data.product', (deep: string) => ({ product: `@${deep}` })],
    ['data.extra', (deep: string) => ({ product: 'Array X', extra: `@${deep}` })],
    ['summary', (deep: string) => ({ summary: `@${deep}` })],
    ['customer', (deep: string) => ({ customer: `@${deep}` })],
  ])('answers 100,000 levels of nesting in %s with a typed error', async (where, place) => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const input = where.startsWith('data.') ? w.requestInput(departmentB.id, { data: place(deep) }) : w.requestInput(departmentB.id, place(deep));
    const payload = JSON.stringify({ query: mutationDoc('submitRequest', 'request { id }'), variables: { input } }).replace(`"@${deep}"`, deep);
    const before = await fingerprint(t.dataSource);
    const res = await post(payload, w.engA.token);
    expect(res.status).toBeLessThan(500);
    expect(res.json?.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(changedTables(before, await fingerprint(t.dataSource))).toEqual([]);
  });
});

// ─────────────── cursors (issue 25): any string as `after` ───────────────

describe('fuzzed cursors', () => {
  const cursor = fc.oneof(
    nastyString,
    fc.string({ maxLength: 40 }).map((x) => Buffer.from(x).toString('base64url')),
    fc.tuple(fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), nastyString), fc.oneof(fc.uuid(), nastyString)).map((k) => Buffer.from(JSON.stringify(k)).toString('base64url')),
    fc.oneof(fc.bigInt({ min: -10n, max: 10n ** 25n }).map(String), nastyString).map((n) => Buffer.from(`e:${n}`).toString('base64url')),
  );
  const LISTS = [
    `query($after: String) { members(after: $after) { edges { cursor } } }`,
    `query($after: String) { events(after: $after) { edges { cursor } } }`,
    `query($after: String) { outboundRequests(first: 2) { edges { node { timeline(after: $after) { edges { cursor } } notes(after: $after) { edges { cursor } } } } } }`,
  ];
  it('every list answers a page or BAD_USER_INPUT on after, never an internal error or a database message', async () => {
    await fc.assert(
      fc.asyncProperty(cursor, fc.constantFrom(...LISTS), async (after, query) => {
        const res = await post(JSON.stringify({ query, variables: { after } }), query.includes('members') ? t.operatorToken : w.engA.token);
        const where = `${query} after=${JSON.stringify(after)}: HTTP ${res.status} ${res.text.slice(0, 300)}`;
        if (res.status >= 500) throw new Error(where);
        expect(internalsIn(res.text)).toEqual([]);
        // a cursor so long that the body passes 1 MB is refused before GraphQL sees it (HTTP 413)
        for (const e of res.json?.errors ?? []) if (e.extensions?.code !== 'BAD_USER_INPUT' && !(res.status === 413 && e.extensions?.code === 'BAD_REQUEST')) throw new Error(where);
      }),
      params(),
    );
  });
});
