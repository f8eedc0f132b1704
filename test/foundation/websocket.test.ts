import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { seed } from '../support/seed';
import { startTestServer, type TestServer } from '../support/server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

/** Runs one operation over graphql-ws and resolves with its result, or rejects with the close event. */
function runOverWs(token: string | undefined, query: string): Promise<{ result?: any; closeCode?: number }> {
  return new Promise((resolve) => {
    const client = createClient({
      url: t.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      on: { closed: (e) => resolve({ closeCode: (e as { code: number }).code }) },
    });
    client.subscribe(
      { query },
      {
        next: (result) => {
          resolve({ result });
          void client.dispose();
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
  });
}

describe('graphql-ws on /graphql', () => {
  it('speaks graphql-transport-ws and answers an operation with a valid token', async () => {
    const { result } = await runOverWs(t.operatorToken, '{ viewer { isOperator } }');
    expect(result).toEqual({ data: { viewer: { isOperator: true } } });
  });

  it('refuses a connection without a token (4403)', async () => {
    expect((await runOverWs(undefined, '{ viewer { isOperator } }')).closeCode).toBe(4403);
  });

  it('refuses a connection with an unknown token (4403)', async () => {
    expect((await runOverWs('cdk_unknown', '{ viewer { isOperator } }')).closeCode).toBe(4403);
  });

  it('formats errors over WebSocket as over HTTP', async () => {
    const a = await seed(t).member();
    const eng = await a.user();
    const { result } = await runOverWs(eng.token, 'mutation { createUser(input: { email: "z@z.example", name: "Z", role: ENGINEER }) { user { id } } }');
    expect(result.errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it("closes an open socket soon after its token is revoked", async () => {
    const a = await seed(t).member();
    const svc = await a.serviceToken();
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: t.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${svc.token}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        on: { closed: (e) => resolve((e as { code: number }).code) },
      });
      client.on('connected', async () => {
        await t.gql('mutation($input: RevokeTokenInput!) { revokeToken(input: $input) { token { id } } }', { input: { id: svc.id } }, a.admin.token);
      });
    });
    expect(await closed).toBe(4401);
  });
});
