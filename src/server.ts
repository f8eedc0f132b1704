import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, specifiedRules, validate, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pinoHttp } from 'pino-http';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import type { DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Caller } from './common/caller';
import { systemClock, type Clock } from './common/clock';
import { formatError } from './common/errors';
import { createRateLimiter } from './common/rate-limit';
import { logger } from './common/logger';
import { metricsPlugin, registry } from './common/metrics';
import type { Config } from './config';
import { createContext, type AppServices, type Context } from './context';
import { createDataSource, type StatementCounter } from './db/data-source';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { authenticate, bootstrapOperator } from './modules/auth/auth.service';
import { ApiToken } from './modules/auth/api-token.entity';
import { buildAppSchema } from './schema';
import { startSlaWorker } from './modules/sla/sla-timers';
import { createSecretBox } from './modules/webhooks/secret-box';
import { startWebhookWorker } from './modules/webhooks/webhook-delivery';
import { checkStoredSecrets } from './modules/webhooks/webhook.service';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';
import { mountConsole } from './http/console-route';
import { EventFeed, InProcessBus, PostgresBus, type EventBus } from './modules/events/event-feed';
import { In, IsNull } from 'typeorm';

/** A started Crossdesk server. */
export interface RunningServer {
  url: string;
  wsUrl: string;
  port: number;
  dataSource: DataSource;
  services: AppServices;
  /** The operator token generated on a fresh database when none was configured. */
  generatedOperatorToken?: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  clock?: Clock;
  /** How often open WebSockets are checked for revoked tokens. */
  tokenSweepMs?: number;
  /** Live events one subscriber may have buffered before they are read from the log instead (default 1000). */
  maxBufferedEvents?: number;
  /** How long a subscriber may hold an event before a full buffer marks it as too slow (default 10 s). */
  slowConsumerMs?: number;
  /** How often the SLA timers are checked, in ms (default 1000; 0 disables the worker, for tests that drive it). */
  slaTimerIntervalMs?: number;
  /** How often the event feed reads the log without a signal, in ms (default 1000; 0: only on signals). */
  feedPollMs?: number;
  /**
   * How often the webhook worker looks for due attempts without a signal, in ms (default 1000;
   * 0 disables the worker, for tests that drive delivery with processDueDeliveries).
   */
  webhookIntervalMs?: number;
  /** One webhook attempt's time limit in ms (default 10 s). */
  webhookTimeoutMs?: number;
  /** Counts every SQL statement (tests hold list queries flat with it). */
  statementCounter?: StatementCounter;
}

/**
 * PGlite is one Postgres session behind every socket connection, and pglite-socket
 * interleaves protocol messages of different connections: two parameterised queries on two
 * connections at once lose each other's unnamed statement ("portal does not exist"). One
 * connection serialises them in the pool instead; PGlite runs one query at a time anyway.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** Largest number of tokens in one GraphQL document. */
const MAX_TOKENS = 4000;

/** graphql-armor's limits: depth, aliases, directives, cost and tokens of every operation. */
function armor() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 30 },
    costLimit: { maxCost: 60000 },
    // the token limit is graphql-js's own parse option (below): armor's turns syntax errors into HTTP 500
    maxTokens: { enabled: false },
  }).protect();
}

/** Applies the HTTP error formatting to results sent over WebSocket too. */
function formatResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e) as unknown as GraphQLError) };
}

/**
 * Starts the whole service on one HTTP server: Apollo Server at POST/GET /graphql,
 * graphql-ws on the same path, GraphiQL (ruru, served from node_modules) for browsers,
 * /healthz, /readyz and /metrics. Migrations are applied before it listens.
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  let poolSize = config.dbPoolSize;
  if (!url) {
    embedded = await startEmbeddedDatabase({ dataDir: config.dataDir, maxConnections: EMBEDDED_POOL_SIZE + 4 });
    url = embedded.url;
    poolSize = EMBEDDED_POOL_SIZE;
    logger.info({ dataDir: config.dataDir }, 'embedded PGlite database started');
  }
  const dataSource = createDataSource(url, { poolSize, counter: options.statementCounter });
  const secrets = createSecretBox(config.secretKey);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await checkStoredSecrets(dataSource, secrets);
  } catch (err) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw err;
  }
  const { generated } = await bootstrapOperator(dataSource, clock, config.operatorToken);
  if (generated) {
    logger.warn(`No CROSSDESK_OPERATOR_TOKEN was set: generated the network operator token (shown once, keep it): ${generated}`);
  }

  const bus: EventBus = embedded ? new InProcessBus() : new PostgresBus(url, dataSource);
  const feed = new EventFeed(dataSource, bus);
  await feed.start(options.feedPollMs ?? 1000);
  const services: AppServices = { dataSource, clock, bus, feed, secrets, maxBufferedEvents: options.maxBufferedEvents, slowConsumerMs: options.slowConsumerMs };
  // durable SLA timers: due ones fire now (also those that came due while the server was down), then every second
  const slaWorker = options.slaTimerIntervalMs === 0 ? undefined : startSlaWorker(services, { intervalMs: options.slaTimerIntervalMs ?? 1000 });
  // webhook deliveries: woken after each commit that queued some, and every second (retries, other instances)
  if (options.webhookIntervalMs !== 0) services.webhooks = startWebhookWorker(services, { intervalMs: options.webhookIntervalMs ?? 1000, timeoutMs: options.webhookTimeoutMs });
  const schema: GraphQLSchema = await buildAppSchema();
  const protection = armor();
  const limiter = createRateLimiter({ points: config.rateLimitPoints, windowSeconds: config.rateLimitWindowSeconds });

  const app = express();
  const httpServer = http.createServer(app);
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.maxBodyBytes });
  const sockets = new Map<WebSocket, string>(); // socket -> token id
  const wsServer = useServer<Record<string, unknown>, { caller?: Caller }>(
    {
      schema,
      context: (ctx) => {
        const context = createContext(services, ctx.extra.caller!);
        context.closeSocket = (code, reason) => ctx.extra.socket.close(code, reason);
        return context;
      },
      onConnect: async (ctx) => {
        const caller = await authenticate(dataSource, clock, ctx.connectionParams?.authorization);
        if (caller.kind === 'anonymous') return false; // closes with 4403 Forbidden
        ctx.extra.caller = caller;
        sockets.set(ctx.extra.socket, caller.tokenId);
        ctx.extra.socket.once('close', () => sockets.delete(ctx.extra.socket));
        return true;
      },
      onSubscribe: async (ctx) => {
        try {
          await limiter.consume(ctx.extra.caller!, ctx.extra.request.socket.remoteAddress);
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        return undefined;
      },
      validate: (s, doc) => validate(s, doc, [...specifiedRules, ...(protection.validationRules ?? [])]),
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result as ExecutionResult),
    },
    wss,
  );
  // Close the sockets of revoked tokens within a few seconds, on every instance.
  const sweep = setInterval(() => {
    const ids = [...new Set(sockets.values())];
    if (!ids.length) return;
    dataSource.manager
      .find(ApiToken, { select: { id: true }, where: { id: In(ids), revokedAt: IsNull() } })
      .then((alive) => {
        const ok = new Set(alive.map((t) => t.id));
        const checked = new Set(ids);
        // only sockets whose token was in this check: one that connected meanwhile waits for the next
        for (const [socket, tokenId] of sockets) if (checked.has(tokenId) && !ok.has(tokenId)) socket.close(4401, 'Unauthorized: token revoked');
      })
      .catch((err: unknown) => logger.warn({ err }, 'token sweep failed'));
  }, options.tokenSweepMs ?? 2000);
  sweep.unref();

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: true,
    stopOnTerminationSignals: false, // main.ts owns the signals and stops everything in order
    csrfPrevention: false, // bearer tokens, no cookies: there is no ambient credential to forge
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins ?? []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // no HTTP caching of answers (every answer depends on the caller), and without it Apollo wraps
      // every field resolver to compute cache hints: about 4% of a 100-row list's CPU
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin() as never,
      { async serverWillStart() { return { async drainServer() { await wsServer.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
    }),
  );
  mountConsole(app); // the web console at GET / (console/dist); leaves /graphql, /healthz, /readyz, /metrics alone
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      if (pending) res.status(503).json({ status: 'migrations pending' });
      else res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  const ruruPage = ruruHTML({
    endpoint: '/graphql',
    staticPath: '/ruru-static/',
    clientConfig: { initialQuery: GRAPHIQL_EXAMPLES, initialHeaders: '{\n  "Authorization": "Bearer PASTE-A-TOKEN"\n}' } as never,
  });
  app.use(serveStatic('/ruru-static/'));
  app.get('/graphql', (req, res, next) => {
    if (!req.query.query && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(ruruPage);
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await authenticate(dataSource, clock, req.headers.authorization);
        await limiter.consume(caller, req.socket.remoteAddress);
        return createContext(services, caller, String((req as unknown as { id: string }).id));
      },
    }),
  );
  // Body-parser and other HTTP-level failures: a JSON answer, never a stack trace.
  app.use((err: { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) req.log?.error({ err }, 'http error');
    const message = status === 413 ? 'Request body is larger than 1 MB.' : status === 500 ? 'Internal server error' : 'Bad request.';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const base = `http://${host}:${port}`;
  logger.info({ port, graphql: `${base}/graphql` }, `Crossdesk listening on ${base}/graphql`);

  let stopped = false;
  return {
    url: `${base}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    port,
    dataSource,
    services,
    generatedOperatorToken: generated,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(sweep);
      for (const socket of sockets.keys()) socket.terminate();
      await apollo.stop();
      await slaWorker?.stop();
      await services.webhooks?.stop();
      await feed.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
