// first: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch http, pg and graphql before they load
import { tracing } from './server/tracing';
import { logger } from './common/logger';
import { loadConfig, type Config } from './config';
import { demoPresent, printIdentities, seedDemo } from './demo';
import { startServer } from './server';
import { explainStartFailure } from './server/start-failure';

let config: Config | undefined;

/** `npm start`: the whole network on one process, on PGlite unless DATABASE_URL is set. */
async function main(): Promise<void> {
  const started = Date.now();
  config = loadConfig();
  const server = await startServer(config);
  logger.info({ ms: Date.now() - started }, 'ready');
  if (process.argv.includes('--demo')) {
    const operatorToken = config!.operatorToken ?? server.generatedOperatorToken;
    if (await demoPresent(server.services.dataSource)) logger.info('--demo: the demo network is already here');
    else if (!operatorToken) logger.warn('--demo needs CROSSDESK_OPERATOR_TOKEN on a database that already has an operator: skipped');
    else printIdentities(await seedDemo(server.url, operatorToken), server.url);
  }
  let stopping = false;
  // SIGTERM (a process manager's stop, a rolling restart) and the first Ctrl-C drain
  // gracefully; a second signal stops at once
  const shutdown = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: stopping now');
      server.stop().finally(() => process.exit(1));
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server
      .drain()
      .then(() => tracing?.shutdown()) // the last spans are sent
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  // a problem a person can fix is one line saying what and how; anything else keeps its stack
  const explained = explainStartFailure(err, config);
  if (explained) logger.fatal(`Crossdesk did not start: ${explained}`);
  else logger.fatal({ err }, 'could not start');
  process.exit(1);
});
