import path from 'node:path';
import { logger, sendLogsTo } from './common/logger';
import { loadConfig, type Config } from './config';
import { demoPresent, printIdentities, seedDemo } from './demo';
import { startServer } from './server';
import { explainStartFailure } from './server/start-failure';

let config: Config | undefined;

/**
 * `npm run demo`: seeds the demo network into the database `npm start` uses (embedded by
 * default), through the API, then stops. Run it once, before `npm start`; a second run
 * changes nothing and says so. It prints its table of who is who on stdout and only
 * warnings on stderr; the full log goes to a file beside the data folder, named at the end.
 */
async function main(): Promise<void> {
  const { dataDir, operatorToken: configuredToken, port } = (config = loadConfig());
  const logFile = `${dataDir}-demo.log`;
  sendLogsTo(logFile, 'warn');
  const server = await startServer({ ...config, port: 0, host: '127.0.0.1' });
  try {
    if (await demoPresent(server.services.dataSource)) {
      process.stdout.write('The demo network is already here: nothing was added. Its tokens were printed when it was created.\n');
      return;
    }
    const operatorToken = configuredToken ?? server.generatedOperatorToken;
    if (!operatorToken) {
      process.stderr.write(
        'This database already has an operator token that was generated earlier: set CROSSDESK_OPERATOR_TOKEN to it (or use a fresh CROSSDESK_DATA_DIR) to seed the demo.\n',
      );
      process.exitCode = 2;
      return;
    }
    printIdentities(await seedDemo(server.url, operatorToken), `http://localhost:${port}/graphql`);
    process.stdout.write('Now run: npm start\n');
  } finally {
    await server.stop();
    process.stdout.write(`(The full log of this run is in ${logFile.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), logFile) : logFile}.)\n`);
  }
}

main().catch((err: unknown) => {
  const explained = explainStartFailure(err, config);
  if (explained) logger.fatal(`The demo did not run: ${explained}`);
  else logger.fatal({ err }, 'demo failed');
  process.exit(1);
});
