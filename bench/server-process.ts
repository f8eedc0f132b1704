/**
 * Crossdesk for benchmark B3: `startServer(loadConfig())` exactly as `src/main.ts` runs it,
 * plus a StatementCounter whose count the parent reads over IPC ({ type: 'count' }).
 * Logs go to stdout like main.ts (the parent sends them to a file).
 */
import { logger } from '../src/common/logger';
import { loadConfig } from '../src/config';
import { StatementCounter } from '../src/db/data-source';
import { startServer } from '../src/server';

const counter = new StatementCounter();

startServer(loadConfig(), { statementCounter: counter })
  .then((server) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    process.on('disconnect', stop); // the parent died: do not outlive it
    process.on('message', (m: { type?: string; id?: number }) => {
      if (m?.type === 'count') process.send?.({ type: 'count', id: m.id, count: counter.count });
    });
  })
  .catch((err: unknown) => {
    logger.fatal({ err }, 'could not start');
    process.exit(1);
  });
