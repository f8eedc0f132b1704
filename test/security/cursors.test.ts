/**
 * Cursors and other request inputs that reached the database or graphql-js unchecked
 * (issue 25): every forged `after`, on every connection and both subscriptions, over HTTP
 * and graphql-ws, is BAD_USER_INPUT on `after`, never an internal error nor a database
 * message; a subscription sent over HTTP is a clear BAD_REQUEST; persisted queries are off.
 */
import { randomUUID } from 'node:crypto';
import { ok, startTestServer, type TestServer } from '../support/server';
import { subscribe } from '../support/subscriber';
import { internalsIn } from './leaks';
import { buildWorld, type World } from './world';

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const keyset = (at: unknown, id: unknown) => b64(JSON.stringify([at, id]));
const UUID = '7d444840-9dc0-11d1-b245-5ffdce74fad2';

/** Forged cursors: [what, cursor]. */
const FORGED: Array<[string, string]> = [
  ['not base64url JSON', 'not a cursor!!'],
  ['an id that is not a UUID', keyset('2026-01-01T00:00:00.000Z', 'not-a-uuid')],
  ['an id holding NUL', keyset('2026-01-01T00:00:00.000Z', `${UUID.slice(0, -1)}\u0000`)],
  ['an id that is NUL only', keyset('2026-01-01T00:00:00.000Z', '\u0000')],
  ['a time before PostgreSQL can hold it', keyset('-271821-04-20T00:00:00.000Z', UUID)],
  ['a time that is no time', keyset('2026-02-30T25:61:00.000Z', UUID)],
  ['numbers instead of strings', keyset(1, 2)],
  ['an event position beyond bigint', b64('e:9999999999999999999')],
  ['a negative event position', b64('e:-1')],
  ['an event position with NUL', b64('e:1\u0000')],
  ['a cursor longer than any this server writes', 'A'.repeat(600)],
];

/** Every connection of the schema, as a caller who may read it: [field, caller, document with $after]. */
type Who = 'operator' | 'adminA' | 'engA' | 'engB';
const LISTS: Array<[string, Who, string]> = [
  ['Query.members', 'operator', `query($after: String) { members(after: $after) { edges { cursor } } }`],
  ['Query.partnerGroups', 'operator', `query($after: String) { partnerGroups(after: $after) { edges { cursor } } }`],
  ['Query.departments', 'adminA', `query($after: String) { departments(after: $after) { edges { cursor } } }`],
  ['Query.directory', 'engA', `query($after: String) { directory(after: $after) { edges { cursor } } }`],
  ['Query.processForms', 'adminA', `query($after: String) { processForms(after: $after) { edges { cursor } } }`],
  ['Query.webhooks', 'adminA', `query($after: String) { webhooks(after: $after) { edges { cursor } } }`],
  ['Query.inboundRequests', 'engB', `query($after: String) { inboundRequests(after: $after) { edges { cursor } } }`],
  ['Query.outboundRequests', 'engA', `query($after: String) { outboundRequests(after: $after) { edges { cursor } } }`],
  ['Query.events', 'engA', `query($after: String) { events(after: $after) { edges { cursor } } }`],
  ['Member.users', 'adminA', `query($after: String) { viewer { member { users(after: $after) { edges { cursor } } } } }`],
  ['Member.tokens', 'adminA', `query($after: String) { viewer { member { tokens(after: $after) { edges { cursor } } } } }`],
  ['Member.memberships', 'adminA', `query($after: String) { viewer { member { memberships(after: $after) { edges { cursor } } } } }`],
  ['Member.criticalTeam', 'adminA', `query($after: String) { viewer { member { criticalTeam(after: $after) { edges { cursor } } } } }`],
  ['Member.criticalRosterHistory', 'adminA', `query($after: String) { viewer { member { criticalRosterHistory(after: $after) { edges { cursor } } } } }`],
  ['PartnerGroup.memberships', 'operator', `query($after: String) { partnerGroups(first: 3) { edges { node { memberships(after: $after) { edges { cursor } } } } } }`],
  ['CollaborationRequest.notes', 'engA', `query($after: String) { outboundRequests(first: 3) { edges { node { notes(after: $after) { edges { cursor } } } } } }`],
  ['CollaborationRequest.timeline', 'engA', `query($after: String) { outboundRequests(first: 3) { edges { node { timeline(after: $after) { edges { cursor } } } } } }`],
  ['CollaborationRequest.duplicates', 'engA', `query($after: String) { outboundRequests(first: 3) { edges { node { duplicates(after: $after) { edges { cursor } } } } } }`],
  ['CollaborationRequest.engagements', 'engA', `query($after: String) { outboundRequests(first: 3) { edges { node { engagements(after: $after) { edges { cursor } } } } } }`],
  ['Webhook.deliveries', 'adminA', `query($after: String) { webhooks(first: 3) { edges { node { deliveries(after: $after) { edges { cursor } } } } } }`],
];
const SUBSCRIPTIONS: Array<[string, string]> = [
  ['Subscription.inboundRequests', `subscription($after: String) { inboundRequests(after: $after) { cursor } }`],
  ['Subscription.requestEvents', `subscription($after: String) { requestEvents(after: $after) { cursor } }`],
];

let t: TestServer;
let w: World;
const tokens = () => ({ operator: t.operatorToken, adminA: w.a.admin.token, engA: w.engA.token, engB: w.engB.token });
beforeAll(async () => {
  t = await startTestServer({ config: { rateLimitPoints: 1_000_000 } });
  w = await buildWorld(t);
}, 60_000);
afterAll(() => t?.close());

/** One operation over graphql-ws: every message it got, and the socket's close code when it closed. */
async function overWs(token: string, query: string, variables: Record<string, unknown>) {
  const client = t.ws(token);
  let closed: { code: number; reason: string } | undefined;
  client.on('closed', (e) => (closed = { code: (e as { code: number }).code, reason: String((e as { reason: string }).reason) }));
  const messages: unknown[] = [];
  try {
    await new Promise<void>((resolve) => {
      client.subscribe({ query, variables }, { next: (v) => messages.push(v), error: (e) => (messages.push(e), resolve()), complete: () => resolve() });
    });
    return { messages, closed };
  } finally {
    await client.dispose();
  }
}

const shape = (errors: any[] | undefined) => (errors ?? []).map((e) => [e.extensions?.code, (e.extensions?.fields ?? []).map((f: any) => f.path).join(',')]);

describe('a forged cursor is BAD_USER_INPUT on `after`', () => {
  // every list has a row: a connection added to the schema without one fails here
  it('covers every connection and subscription of the schema', async () => {
    const schema = await (await import('../../src/schema')).buildAppSchema();
    const withAfter: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type) || type.constructor.name !== 'GraphQLObjectType') continue;
      for (const field of Object.values((type as any).getFields() as Record<string, any>)) if (field.args?.some((a: any) => a.name === 'after')) withAfter.push(`${type.name}.${field.name}`);
    }
    expect(withAfter.sort()).toEqual([...LISTS.map(([f]) => f), ...SUBSCRIPTIONS.map(([f]) => f)].sort());
  });

  const cases = LISTS.flatMap(([field, who, query]) => FORGED.map(([what, after]) => [field, what, who, query, after] as const));
  it.each(cases)('%s, %s, over HTTP', async (_field, _what, who, query, after) => {
    const res = await t.gql(query, { after }, tokens()[who]);
    expect(res.status).toBeLessThan(500);
    expect(shape(res.errors)).toEqual([['BAD_USER_INPUT', 'after']]);
    expect(internalsIn(JSON.stringify(res.errors))).toEqual([]);
  });

  const wsCases = [
    ...LISTS.flatMap(([field, who, query]) => FORGED.filter((_, i) => i % 4 === 1 || i === 7).map(([what, after]) => [field, what, who, query, after] as const)),
    ...SUBSCRIPTIONS.flatMap(([field, query]) => FORGED.map(([what, after]) => [field, what, 'engB' as Who, query, after] as const)),
  ];
  it.each(wsCases)('%s, %s, over graphql-ws (the socket stays open)', async (_field, _what, who, query, after) => {
    const { messages, closed } = await overWs(tokens()[who], query, { after });
    const errors = messages.flatMap((m: any) => (Array.isArray(m) ? m : (m.errors ?? [])));
    expect(shape(errors)).toEqual([['BAD_USER_INPUT', 'after']]);
    expect(closed).toBeUndefined();
    expect(internalsIn(JSON.stringify(messages))).toEqual([]);
  });

  it('a cursor this server wrote still pages, on a keyset list and on the event log', async () => {
    const first = ok(await t.gql(`{ members(first: 1) { edges { cursor } } }`, {}, t.operatorToken));
    expect(first.members.edges).toHaveLength(1);
    const next = ok(await t.gql(`query($after: String) { members(first: 1, after: $after) { edges { cursor } } }`, { after: first.members.edges[0].cursor }, t.operatorToken));
    expect(next.members.edges[0].cursor).not.toBe(first.members.edges[0].cursor);
    const events = ok(await t.gql(`{ events(first: 2) { edges { cursor } } }`, {}, w.engA.token)).events.edges;
    const after = ok(await t.gql(`query($after: String) { events(first: 1, after: $after) { edges { cursor } } }`, { after: events[0].cursor }, w.engA.token)).events.edges;
    expect(after[0].cursor).toBe(events[1].cursor);
    const sub = subscribe(t.wsUrl, w.engA.token, `subscription($after: String) { requestEvents(after: $after) { cursor } }`, { after: events[0].cursor });
    try {
      await sub.waitFor((e) => e.length >= 1);
      expect(sub.events[0].cursor).toBe(events[1].cursor);
    } finally {
      await sub.dispose();
    }
  });
});

describe('a subscription sent over HTTP', () => {
  it.each([
    ['POST', `subscription { inboundRequests { cursor } }`, 400, /graphql-ws/],
    ['POST', `subscription Named($after: String) { requestEvents(after: $after) { cursor } }`, 400, /graphql-ws/],
    // Apollo refuses any GET that is not a query first (405)
    ['GET', `subscription { inboundRequests { cursor } }`, 405, /GET/],
  ])('%s %s is BAD_REQUEST saying to use graphql-ws', async (method, query, status, message) => {
    const headers = { authorization: `Bearer ${w.engB.token}`, 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
    const res =
      method === 'POST'
        ? await fetch(t.url, { method, headers, body: JSON.stringify({ query }) })
        : await fetch(`${t.url}?query=${encodeURIComponent(query)}`, { headers: { ...headers, accept: 'application/json' } });
    const body = (await res.json()) as any;
    expect({ status: res.status, codes: body.errors.map((e: any) => e.extensions.code) }).toEqual({ status, codes: ['BAD_REQUEST'] });
    expect(body.errors[0].message).toMatch(message);
  });
});

describe('persisted queries', () => {
  it.each([
    ['a hash that does not match its query', { query: '{ viewer { isOperator } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }],
    ['an unknown hash alone', { extensions: { persistedQuery: { version: 1, sha256Hash: randomUUID().replace(/-/g, '').repeat(2) } } }],
    ['an unsupported version', { query: '{ viewer { isOperator } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'b'.repeat(64) } } }],
  ])('%s answers PERSISTED_QUERY_NOT_SUPPORTED (they are off), not an internal error', async (_what, payload) => {
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.engA.token}` }, body: JSON.stringify(payload) });
    const body = (await res.json()) as any;
    expect(res.status).toBeLessThan(500);
    expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
  });
});
