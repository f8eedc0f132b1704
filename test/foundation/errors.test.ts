import { seed, type SeededMember } from '../support/seed';
import { ok, onlyError, startTestServer, type TestServer } from '../support/server';

let t: TestServer;
let a: SeededMember;
beforeAll(async () => {
  t = await startTestServer();
  a = await seed(t).member();
});
afterAll(() => t.close());

describe('unexpected failures', () => {
  it('answers INTERNAL_SERVER_ERROR with no SQL, stack or database message when the database fails', async () => {
    await t.dataSource.query('ALTER TABLE member RENAME TO member_moved_away');
    try {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.operatorToken}` },
        body: JSON.stringify({ query: '{ members { edges { node { id name } } } }' }),
      });
      const text = await res.text();
      const body = JSON.parse(text);
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(Object.keys(body.errors[0].extensions)).toEqual(['code']);
      expect(text).not.toMatch(/member_moved_away|relation|SELECT|QueryFailedError|\.ts:\d+|\.js:\d+/i);
    } finally {
      await t.dataSource.query('ALTER TABLE member_moved_away RENAME TO member');
    }
    ok(await t.gql('{ members { totalCount } }', {}, t.operatorToken));
  });
});

describe('graphql-armor limits', () => {
  it('refuses a query nested too deep', async () => {
    let q = 'id';
    for (let i = 0; i < 8; i++) q = `member { users { edges { node { ${q} } } } }`;
    const res = await t.gql(`{ viewer { user { ${q} } } }`, {}, a.admin.token);
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.map((e) => e.message).join('\n')).toMatch(/depth limit/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `v${i}: viewer { isOperator }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`, {}, a.admin.token);
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a document of too many tokens', async () => {
    const fields = Array.from({ length: 5000 }, () => '__typename').join(' ');
    const res = await t.gql(`{ ${fields} }`, {}, a.admin.token);
    expect(res.errors?.[0].extensions.code).toMatch(/GRAPHQL_(PARSE|VALIDATION)_FAILED/);
    expect(res.errors?.[0].message).toMatch(/token/i);
  });

  it('answers a syntax error with HTTP 400 and GRAPHQL_PARSE_FAILED, not a server error', async () => {
    const res = await t.gql(`{ viewer { `, {}, a.admin.token);
    expect(res.status).toBe(400);
    expect(onlyError(res).extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses batched requests', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.admin.token}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('does not suggest field names to a caller probing the schema', async () => {
    const res = await t.gql(`{ viewr { isOperator } }`, {}, a.admin.token);
    expect(onlyError(res).message).not.toMatch(/Did you mean/);
  });
});
