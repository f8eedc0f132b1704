import { ApiToken } from '../../src/modules/auth/api-token.entity';
import { seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let a: SeededMember;
let b: SeededMember;
beforeAll(async () => {
  t = await startTestServer();
  a = await seed(t).member();
  b = await seed(t).member();
});
afterAll(() => t.close());

const VIEWER = `{ viewer { isOperator user { id role } member { id } token { id service } } }`;
const ISSUE = `mutation($input: IssueTokenInput!) { issueToken(input: $input) { token { id name service createdAt lastUsedAt revokedAt } secret } }`;
const REVOKE = `mutation($input: RevokeTokenInput!) { revokeToken(input: $input) { token { id revokedAt } } }`;

describe('authentication', () => {
  it('answers UNAUTHENTICATED to an anonymous query', async () => {
    const res = await t.gql(VIEWER);
    expect(onlyError(res).extensions.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('answers UNAUTHENTICATED to an anonymous mutation and writes nothing', async () => {
    const before = await t.dataSource.manager.count(ApiToken);
    const res = await t.gql(ISSUE, { input: { name: 'x', service: true } });
    expect(onlyError(res).extensions.code).toBe('UNAUTHENTICATED');
    expect(await t.dataSource.manager.count(ApiToken)).toBe(before);
  });

  it('lets anonymous callers introspect the schema', async () => {
    const res = await t.gql(`{ __schema { queryType { name } } __type(name: "Viewer") { name } }`);
    expect(ok(res)).toEqual({ __schema: { queryType: { name: 'Query' } }, __type: { name: 'Viewer' } });
  });

  it('refuses an unknown token and a malformed header', async () => {
    expect(onlyError(await t.gql(VIEWER, {}, 'cdk_not_a_real_token')).extensions.code).toBe('UNAUTHENTICATED');
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('knows the operator by the configured secret', async () => {
    expect(ok(await t.gql(VIEWER, {}, t.operatorToken)).viewer).toEqual({ isOperator: true, user: null, member: null, token: null });
  });

  it('knows a user by a personal token and a member by a service token', async () => {
    const personal = ok(await t.gql(VIEWER, {}, a.admin.token)).viewer;
    expect(personal).toMatchObject({ isOperator: false, user: { id: a.admin.id, role: 'ADMIN' }, member: { id: a.id }, token: { service: false } });
    const svc = await a.serviceToken();
    const service = ok(await t.gql(VIEWER, {}, svc.token)).viewer;
    expect(service).toEqual({ isOperator: false, user: null, member: { id: a.id }, token: { id: svc.id, service: true } });
  });
});

describe('issueToken', () => {
  it('returns a cdk_ secret of 32 random bytes once and stores only its SHA-256', async () => {
    const eng = await a.user();
    const res = ok(await t.gql(ISSUE, { input: { name: 'laptop', userId: eng.id } }, a.admin.token)).issueToken;
    expect(res.secret).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    expect(res.token).toMatchObject({ name: 'laptop', service: false, lastUsedAt: null, revokedAt: null });
    const rows: Array<Record<string, unknown>> = await t.dataSource.query('SELECT * FROM api_token WHERE id = $1', [res.token.id]);
    expect(JSON.stringify(rows)).not.toContain(res.secret);
    const { createHash } = await import('node:crypto');
    expect(rows[0].secret_hash).toBe(createHash('sha256').update(res.secret).digest('hex'));
    // the secret is never readable again through the API
    const listed = ok(await t.gql(`{ viewer { member { tokens(first: 100) { edges { node { id secretPrefix } } } } } }`, {}, a.admin.token));
    expect(JSON.stringify(listed)).not.toContain(res.secret);
  });

  it('records when a token was last used', async () => {
    const eng = await a.user();
    ok(await t.gql(VIEWER, {}, eng.token));
    const seen = await waitFor(async () => (await t.dataSource.manager.findOneBy(ApiToken, { userId: eng.id }))?.lastUsedAt);
    expect(seen).toBeInstanceOf(Date);
  });

  it('refuses a personal token without a user and a service token with one', async () => {
    const noUser = onlyError(await t.gql(ISSUE, { input: { name: 'x' } }, a.admin.token));
    expect(noUser.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
    const withUser = onlyError(await t.gql(ISSUE, { input: { name: 'x', service: true, userId: a.admin.id } }, a.admin.token));
    expect(withUser.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'userId' }] });
  });

  it("answers NOT_FOUND for another member's user", async () => {
    const other = await b.user();
    expect(onlyError(await t.gql(ISSUE, { input: { name: 'x', userId: other.id } }, a.admin.token)).extensions.code).toBe('NOT_FOUND');
  });

  it('is FORBIDDEN to an engineer and to a service token, whatever the ids', async () => {
    const eng = await a.user();
    const svc = await a.serviceToken();
    for (const token of [eng.token, svc.token]) {
      expect(onlyError(await t.gql(ISSUE, { input: { name: 'x', service: true } }, token)).extensions.code).toBe('FORBIDDEN');
    }
  });

  it('is FORBIDDEN to the operator, who has no member', async () => {
    expect(onlyError(await t.gql(ISSUE, { input: { name: 'x', service: true } }, t.operatorToken)).extensions.code).toBe('FORBIDDEN');
  });
});

describe('revokeToken', () => {
  it('refuses a revoked token on its very next request', async () => {
    const svc = await a.serviceToken();
    ok(await t.gql(VIEWER, {}, svc.token));
    const revoked = ok(await t.gql(REVOKE, { input: { id: svc.id } }, a.admin.token)).revokeToken.token;
    expect(revoked.revokedAt).toEqual(expect.any(String));
    const res = await t.gql(VIEWER, {}, svc.token);
    expect(onlyError(res).extensions.code).toBe('UNAUTHENTICATED');
    expect(onlyError(res).message).toMatch(/revoked/);
  });

  it("answers NOT_FOUND for another member's token", async () => {
    const svc = await b.serviceToken();
    expect(onlyError(await t.gql(REVOKE, { input: { id: svc.id } }, a.admin.token)).extensions.code).toBe('NOT_FOUND');
    ok(await t.gql(VIEWER, {}, svc.token));
  });

  it('answers BAD_USER_INPUT for an id that is not an id', async () => {
    expect(onlyError(await t.gql(REVOKE, { input: { id: 'nope' } }, a.admin.token)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'id' }],
    });
  });
});

async function waitFor<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
