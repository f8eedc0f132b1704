/**
 * The cost limit (issue 25): connections are priced by their `first` (literal, variable or
 * default), so the operations of the README, GraphiQL and a console's realistic lists
 * pass, and abusive nestings are refused with a message saying what was exceeded, over
 * HTTP and over graphql-ws alike. PRINT_COSTS=1 prints each operation's cost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { GRAPHIQL_EXAMPLES } from '../../src/graphiql-examples';
import { buildAppSchema } from '../../src/schema';
import { MAX_COST, operationCost } from '../../src/server/query-cost';
import { startTestServer, type TestServer } from '../support/server';
import { internalsIn } from './leaks';
import { buildWorld, type World } from './world';

/** Every operation of a document text, one document each (GraphiQL's examples hold many). */
function operationsOf(text: string): Array<[string, string]> {
  const doc = parse(text);
  return doc.definitions.map((d, i) => {
    const name = 'name' in d && d.name ? d.name.value : `#${i + 1}`;
    return [name, text.slice(d.loc!.start, d.loc!.end)];
  });
}
const README = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const README_OPS = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m, i) => operationsOf(m[1]).map(([name, op]) => [`README ${name === `#1` ? `block ${i + 1}` : name}`, op] as [string, string]));
const GRAPHIQL_OPS = operationsOf(GRAPHIQL_EXAMPLES).map(([name, op]) => [`GraphiQL ${name}`, op] as [string, string]);

const REQUEST = `id summary status priority critical requesterCaseNumber receiverCaseNumber createdAt updatedAt fromMember { id name } toMember { id name } group { id name kind }`;
/** What a console's screens ask for: [name, caller, query, variables]. */
type Who = 'operator' | 'adminA' | 'engA' | 'engB';
const CONSOLE: Array<[string, Who, string, Record<string, unknown>?]> = [
  [
    'inbound list: 100 requests with 20 notes and 20 timeline events each',
    'engB',
    `{ inboundRequests(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${REQUEST}
        notes(first: 20) { totalCount edges { node { id body internal createdAt author { id name } member { id name } } } }
        timeline(first: 20) { totalCount edges { node { id type at critical detail actor { id name } } } } } } } }`,
  ],
  [
    'the same at first: 50',
    'engB',
    `{ inboundRequests(first: 50) { edges { node { ${REQUEST} notes(first: 20) { edges { node { id body author { name } } } } timeline(first: 20) { edges { node { type at } } } } } } }`,
  ],
  [
    'the same with first in variables',
    'engB',
    `query Inbound($first: Int, $notes: Int, $events: Int) { inboundRequests(first: $first) { edges { node { ${REQUEST} notes(first: $notes) { edges { node { id body author { name } } } } timeline(first: $events) { edges { node { type at } } } } } } }`,
    { first: 100, notes: 20, events: 20 },
  ],
  [
    'outbound list: 100 requests with SLA clocks, customer, department and form',
    'engA',
    `{ outboundRequests(first: 100) { totalCount edges { node { ${REQUEST} businessImpact data
        sla { kind state cycle dueAt atRiskAt stoppedAt pausedAt elapsedMinutes targetMinutes }
        customer { name contactEmail entitlementId } department { id name description form { id name fields { key label type required options } } }
        submittedBy { id name } requesterAssignee { id name } receiverAssignee { id name } } } } }`,
  ],
  [
    'webhooks: 50 endpoints with their 10 latest deliveries',
    'adminA',
    `{ webhooks(first: 50) { totalCount edges { node { id url eventTypes description enabled disabledReason createdAt
        deliveries(first: 10) { totalCount edges { node { id attempt status httpStatus durationMs error responseBody redelivery at event { id type at request { id summary status } } } } } } } } }`,
  ],
  ['operator: 100 members with 100 users and 20 tokens each', 'operator', `{ members(first: 100) { edges { node { id name users(first: 100) { totalCount edges { node { id name email role } } } tokens(first: 20) { edges { node { id } } } } } } }`],
  ['directory: 100 departments with their forms', 'engA', `{ directory(first: 100) { totalCount edges { node { member { id name } group { id name kind } department { id name description form { id name fields { key label type required options } } } } } } }`],
  ['events: 100 with their requests', 'engA', `{ events(first: 100) { pageInfo { endCursor hasNextPage } edges { cursor node { id type at critical detail request { ${REQUEST} } } } } }`],
  ['events without first (default 100)', 'engA', `{ events { edges { node { id type request { id status } } } } }`],
  ['partner groups with 100 memberships each', 'operator', `{ partnerGroups(first: 100) { edges { node { id name memberships(first: 100) { edges { node { id status member { id name } } } } } } } }`],
];

const NEST_3 = (a: string, b: string, c: string) => `partnerGroups(first: ${a}) { edges { node { memberships(first: ${b}) { edges { node { member { users(first: ${c}) { edges { node { id name } } } } } } } } } }`;
/** Abusive operations: [name, query, variables]. */
const ABUSIVE: Array<[string, string, Record<string, unknown>?]> = [
  ['three nested connections of 100 (literals)', `{ ${NEST_3('100', '100', '100')} }`],
  ['the same with first in variables', `query($a: Int, $b: Int, $c: Int) { ${NEST_3('$a', '$b', '$c')} }`, { a: 100, b: 100, c: 100 }],
  ['the same with first in variable defaults', `query($a: Int = 100, $b: Int = 100, $c: Int = 100) { ${NEST_3('$a', '$b', '$c')} }`],
  ['the same behind fragments', `query { partnerGroups(first: 100) { ...G } } fragment G on PartnerGroupConnection { edges { node { memberships(first: 100) { ...M } } } } fragment M on GroupMembershipConnection { edges { node { member { users(first: 100) { edges { node { id } } } } } } }`],
  ['100 requests × 100 timeline events × their requests × 100 notes', `{ inboundRequests(first: 100) { edges { node { timeline(first: 100) { edges { node { request { notes(first: 100) { edges { node { id } } } } } } } } } } }`],
  ['members × users × members again through twenty aliases', `{ ${Array.from({ length: 6 }, (_, i) => `m${i}: members(first: 100) { edges { node { users(first: 100) { edges { node { member { tokens(first: 100) { edges { node { id } } } } } } } } } }`).join(' ')} }`],
];

let t: TestServer;
let w: World;
const tokens = () => ({ operator: t.operatorToken, adminA: w.a.admin.token, engA: w.engA.token, engB: w.engB.token });
beforeAll(async () => {
  t = await startTestServer({ config: { rateLimitPoints: 1_000_000 } });
  w = await buildWorld(t);
}, 60_000);
afterAll(() => t?.close());

/** One operation over graphql-ws: its first answer (or error), and whether the socket closed. */
async function overWs(token: string, query: string, variables?: Record<string, unknown>) {
  const client = t.ws(token);
  let closed: number | undefined;
  client.on('closed', (e) => (closed = (e as { code: number }).code));
  try {
    const answer: any = await new Promise((resolve) => {
      let done = false;
      const unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (v) => {
            if (done) return;
            done = true;
            resolve(v);
            unsubscribe();
          },
          error: (e) => resolve({ errors: Array.isArray(e) ? e : [{ message: String((e as any)?.reason ?? e), extensions: { code: 'CLOSED' } }] }),
          complete: () => resolve({}),
        },
      );
    });
    return { answer, closed };
  } finally {
    await client.dispose();
  }
}

const costCodes = (errors: any[] | undefined) => (errors ?? []).filter((e) => /cost|Syntax Error|depth|aliases|directives/i.test(e.message)).map((e) => e.message);

describe('legitimate operations pass the limits', () => {
  let schema: Awaited<ReturnType<typeof buildAppSchema>>;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });
  const legit: Array<[string, Who, string, Record<string, unknown>?]> = [
    ...README_OPS.map(([n, q]) => [n, 'engB', q] as [string, Who, string]),
    ...GRAPHIQL_OPS.map(([n, q]) => [n, 'engB', q] as [string, Who, string]),
    ...CONSOLE,
  ].map(([n, who, q, v]) => [n, who, q, v ?? {}] as [string, Who, string, Record<string, unknown>]); // rows of one length: jest reads a longer callback as `done`
  it.each(legit)('%s', async (_name, who, query, variables) => {
    const cost = operationCost(schema, parse(query), undefined, variables);
    if (process.env.PRINT_COSTS) console.log(`${cost.toLocaleString('en-US').padStart(9)}  ${_name}`);
    expect(cost).toBeLessThanOrEqual(MAX_COST);
    const subscription = /^\s*subscription\b/.test(query);
    if (!subscription) {
      const res = await t.gql(query, variables, tokens()[who]);
      expect(res.status).toBeLessThan(500);
      // ids pasted in by hand are NOT_FOUND or BAD_USER_INPUT here; no limit may refuse the operation
      expect(costCodes(res.errors)).toEqual([]);
      expect((res.errors ?? []).map((e) => e.extensions.code).filter((c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'GRAPHQL_PARSE_FAILED' || c === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    }
    // subscriptions are accepted over graphql-ws in test/realtime; here every other operation runs there too
    if (subscription) return;
    const { answer, closed } = await overWs(tokens()[who], query, variables);
    expect(closed).toBeUndefined();
    expect(costCodes(answer.errors)).toEqual([]);
  });
});

describe('abusive operations are refused, saying what was exceeded', () => {
  const abusive = ABUSIVE.map(([n, q, v]) => [n, q, v ?? {}] as [string, string, Record<string, unknown>]);
  it.each(abusive)('%s, over HTTP', async (_name, query, variables) => {
    const res = await t.gql(query, variables, t.operatorToken);
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors![0].message).toMatch(/^Query cost [\d,]+ exceeds the limit of 50,000: /);
    expect(res.errors![0].message).not.toMatch(/Syntax Error/);
    expect(res.data ?? null).toBeNull();
    expect(internalsIn(JSON.stringify(res.errors))).toEqual([]);
  });

  it.each(abusive)('%s, over graphql-ws (the socket stays open)', async (_name, query, variables) => {
    const { answer, closed } = await overWs(t.operatorToken, query, variables);
    expect(answer.errors?.map((e: any) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.errors[0].message).toMatch(/^Query cost [\d,]+ exceeds the limit of 50,000: /);
    expect(closed).toBeUndefined();
  });

  it.each([
    ['depth', `{ viewer { member { users { edges { node { member { users { edges { node { member { users { edges { node { id } } } } } } } } } } } } } }`, /^Query depth limit of 12 exceeded, found \d+\.$/],
    ['aliases', `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: viewer { isOperator }`).join(' ')} }`, /^Aliases limit of 20 exceeded, found 21\.$/],
    // graphql-js also refuses the repeated @include: both are reported
    ['directives', `{ __typename ${'@include(if: true) '.repeat(31)} }`, /^Directives limit of 30 exceeded, found 31\.$/],
  ])('the %s limit says so (not "Syntax Error"), over HTTP and graphql-ws', async (_what, query, message) => {
    const res = await t.gql(query, {}, t.operatorToken);
    const overHttp = (res.errors ?? []).map((e) => [e.extensions.code, e.message]);
    expect(overHttp).toContainEqual(['GRAPHQL_VALIDATION_FAILED', expect.stringMatching(message)]);
    expect(overHttp.filter(([code, m]) => code !== 'GRAPHQL_VALIDATION_FAILED' || /Syntax Error/.test(String(m)))).toEqual([]);
    const { answer, closed } = await overWs(t.operatorToken, query);
    expect(answer.errors?.map((e: any) => [e.extensions?.code, e.message])).toContainEqual(['GRAPHQL_VALIDATION_FAILED', expect.stringMatching(message)]);
    expect(closed).toBeUndefined();
  });
});
