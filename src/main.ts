import { logger } from './common/logger';
import { loadConfig } from './config';
import { startServer } from './server';

/** `npm start`: the whole network on one process, on PGlite unless DATABASE_URL is set. */
async function main(): Promise<void> {
  const started = Date.now();
  const server = await startServer(loadConfig());
  logger.info({ ms: Date.now() - started }, 'ready');
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server
      .stop()
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
  logger.fatal({ err }, 'could not start');
  process.exit(1);
});
