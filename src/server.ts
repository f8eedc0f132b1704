import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import { systemClock } from './common/clock';
import { formatError } from './common/errors';
import { logger } from './common/logger';
import { metricsPlugin } from './common/metrics';
import { createRateLimiter } from './common/rate-limit';
import { createSecretBox } from './common/secret-box';
import type { Config } from './config';
import type { AppServices, Context } from './context';
import { buildAppSchema } from './schema';
import { startAppServices } from './server/app-services';
import { openDatabase } from './server/database';
import { armor, MAX_TOKENS } from './server/graphql-limits';
import { reportOperation } from './server/access-log';
import { createHttpApp } from './server/http-app';
import { listenFirst, type Listener } from './server/listener';
import { drainInOrder, type DrainReport } from './server/shutdown';
import type { ServerOptions } from './server/options';
import { startWebSockets } from './server/websocket';
import { subscriptionsOverHttpRefused } from './server/operation-guards';
import { costLimitPlugin } from './server/query-cost';
import { createOutboundTargets, listensOnLoopback } from './modules/webhooks/webhook-target';

export { EMBEDDED_POOL_SIZE } from './server/database';
export type { ServerOptions } from './server/options';

/** A started Crossdesk server. */
export interface RunningServer {
  url: string;
  wsUrl: string;
  port: number;
  dataSource: DataSource;
  services: AppServices;
  /** The operator token generated on a fresh database when none was configured. */
  generatedOperatorToken?: string;
  /** Stops at once: sockets dropped, Apollo, workers and database stopped (tests, tools). */
  stop(): Promise<void>;
  /** Stops gracefully for a rolling restart (SIGTERM): see `drainInOrder`. */
  drain(): Promise<DrainReport>;
}

/**
 * Starts the whole service on one HTTP server, from its parts (`src/server/`): the
 * database (migrated, with its operator), the app services and workers, the schema,
 * Apollo Server and the HTTP routes, and graphql-ws on the same `/graphql`. `stop()`
 * takes them down in the reverse order.
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const secrets = createSecretBox(config.secretKey);
  // the port first: a port in use fails here, before the database opens or a worker runs
  const listener = await listenFirst(config);
  const { httpServer, port } = listener;
  // what has started so far, stopped in reverse order if a later part fails: nothing stays half-started
  const started: Array<() => Promise<void> | void> = [() => listener.close()];
  const undo = async () => {
    for (const stop of started.reverse()) await Promise.resolve(stop()).catch((err: unknown) => logger.warn({ err }, 'cleaning up a failed start'));
  };
  try {
    const db = await openDatabase(config, { clock, secrets, statementCounter: options.statementCounter });
    started.push(() => db.close());
    const outbound = createOutboundTargets({ allow: config.webhookAllow, serverOnLoopback: listensOnLoopback(config.host), resolve: options.resolveHost });
    const running = await startAppServices(db, secrets, clock, options, outbound);
    started.push(() => running.stop());
    const { services } = running;
    const schema = await buildAppSchema();
    const protection = armor();
    const validationRules = protection.validationRules ?? [];
    const limiter = createRateLimiter({ points: config.rateLimitPoints, windowSeconds: config.rateLimitWindowSeconds });

    const sockets = startWebSockets(httpServer, { schema, services, config, limiter, validationRules, tokenSweepMs: options.tokenSweepMs ?? 2000 });
    started.push(() => sockets.terminate());
    const apollo = new ApolloServer<Context>({
      schema,
      formatError,
      introspection: true,
      stopOnTerminationSignals: false, // main.ts owns the signals and stops everything in order
      csrfPrevention: false, // bearer tokens, no cookies: there is no ambient credential to forge
      allowBatchedHttpRequests: false,
      // automatic persisted queries are off: nothing uses them, and a hash that did not match its query was an internal error
      persistedQueries: false,
      parseOptions: { maxTokens: MAX_TOKENS },
      validationRules,
      plugins: [
        ...(protection.plugins ?? []),
        subscriptionsOverHttpRefused(),
        costLimitPlugin(schema),
        ApolloServerPluginDrainHttpServer({ httpServer }),
        ApolloServerPluginLandingPageDisabled(),
        // no HTTP caching of answers (every answer depends on the caller), and without it Apollo wraps
        // every field resolver to compute cache hints: about 4% of a 100-row list's CPU
        ApolloServerPluginCacheControlDisabled(),
        metricsPlugin(reportOperation) as never,
        { async serverWillStart() { return { async drainServer() { await sockets.dispose(); } }; } },
      ],
    });
    await apollo.start();
    started.push(() => apollo.stop());
    listener.serve(createHttpApp({ apollo, services, config, limiter }));
    return runningServer(config, listener, db, running, sockets, apollo);
  } catch (err) {
    await undo();
    throw err;
  }
}

/** The started server's handle: its addresses, its services, and `stop()` in reverse order. */
function runningServer(
  config: Config,
  listener: Listener,
  db: Awaited<ReturnType<typeof openDatabase>>,
  running: Awaited<ReturnType<typeof startAppServices>>,
  sockets: ReturnType<typeof startWebSockets>,
  apollo: ApolloServer<Context>,
): RunningServer {
  const { services } = running;
  const { port } = listener;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const base = `http://${host}:${port}`;
  logger.info({ port, graphql: `${base}/graphql` }, `Crossdesk listening on ${base}/graphql`);

  let stopped = false;
  return {
    url: `${base}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    port,
    dataSource: db.dataSource,
    services,
    generatedOperatorToken: db.generatedOperatorToken,
    async stop() {
      if (stopped) return;
      stopped = true;
      sockets.terminate();
      await apollo.stop();
      await running.stop();
      await db.close();
    },
    async drain() {
      if (stopped) return { unfinished: 0, sockets: 0, ms: 0 };
      stopped = true;
      return drainInOrder({
        listener,
        sockets,
        graceMs: config.shutdownGraceMs,
        rest: async () => {
          await apollo.stop();
          await running.stop();
          await db.close();
        },
      });
    },
  };
}
