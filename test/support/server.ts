import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Clock } from '../../src/common/clock';
import { loadConfig, type Config } from '../../src/config';
import type { StatementCounter } from '../../src/db/data-source';
import { EMBEDDED_POOL_SIZE, startServer, type RunningServer } from '../../src/server';
import { tokenUsesRecorded } from '../../src/modules/auth/auth.service';
import { parseTargetAllowList, type ResolveHost } from '../../src/modules/webhooks/webhook-target';
import { createTestDatabase, type TestDatabase } from './database';
import { fakeDns } from './dns';

export const OPERATOR_TOKEN = 'cdk_test_operator_secret_0123456789';

/** One GraphQL answer over HTTP. */
export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: Array<{ message: string; path?: string[]; extensions: { code: string; fields?: Array<{ path: string; message: string }>; [k: string]: unknown } }>;
  headers: Headers;
}

/** A real Crossdesk server on a free port over a database of the test file's own. */
export interface TestServer extends RunningServer {
  db: TestDatabase;
  operatorToken: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  ws(token?: string): WsClient;
  close(): Promise<void>;
}

export async function startTestServer(options: { clock?: Clock; db?: TestDatabase; operatorToken?: string; statementCounter?: StatementCounter; maxBufferedEvents?: number; slowConsumerMs?: number; config?: Partial<Config>; slaTimerIntervalMs?: number; feedPollMs?: number; webhookIntervalMs?: number; webhookTimeoutMs?: number; resolveHost?: ResolveHost } = {}): Promise<TestServer> {
  const db = options.db ?? (await createTestDatabase());
  const operatorToken = options.operatorToken ?? OPERATOR_TOKEN;
  // webhook tests run their receivers on 127.0.0.1: the operator's setting names it, as an on-premises install would
  const webhookAllow = parseTargetAllowList('127.0.0.1,localhost');
  const config = { ...loadConfig({}), port: 0, host: '127.0.0.1', databaseUrl: db.url, operatorToken, dbPoolSize: process.env.TEST_DATABASE_URL ? 5 : EMBEDDED_POOL_SIZE, webhookAllow, ...options.config };
  // tests drive the SLA timers (processDueTimers) and webhook deliveries (processDueDeliveries) unless they ask for the workers
  const server = await startServer(config, { clock: options.clock, tokenSweepMs: 200, statementCounter: options.statementCounter, maxBufferedEvents: options.maxBufferedEvents, slowConsumerMs: options.slowConsumerMs, slaTimerIntervalMs: options.slaTimerIntervalMs ?? 0, feedPollMs: options.feedPollMs, webhookIntervalMs: options.webhookIntervalMs ?? 0, webhookTimeoutMs: options.webhookTimeoutMs, resolveHost: options.resolveHost ?? fakeDns() });
  const clients: WsClient[] = [];
  return {
    ...server,
    db,
    operatorToken,
    async gql(query, variables, token) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: any; errors?: any };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    ws(token) {
      const client = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await server.stop();
      await db.drop();
    },
  };
}

/** The single error of a refused operation, asserting there is exactly one. */
export function onlyError(res: GqlResponse): NonNullable<GqlResponse['errors']>[number] {
  if (!res.errors || res.errors.length !== 1) {
    throw new Error(`expected exactly one error, got ${JSON.stringify(res.errors ?? res.data)}`);
  }
  return res.errors[0];
}

/** The data of a successful operation, failing with the errors otherwise. */
export function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
  return res.data;
}

/**
 * Resolves once the server has nothing of its own under way that sends statements: the
 * token's `lastUsedAt` write and the event feed's reads after the last commits. Tests that
 * count an operation's statements await it instead of sleeping.
 */
export async function settled(t: Pick<RunningServer, 'services'>): Promise<void> {
  await tokenUsesRecorded();
  await (t.services.feed as unknown as { idle(): Promise<void> }).idle();
}
