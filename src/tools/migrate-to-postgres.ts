import { ConfigError } from '../config';
import { copyEmbeddedToPostgres } from '../server/embedded-backup';
import { runTool } from './tool-run';

/** `npm run migrate-to-postgres -- <url>`: the embedded network copied to an empty PostgreSQL database. */
runTool('npm run migrate-to-postgres -- postgres://USER:PASSWORD@HOST:PORT/DATABASE   (with the server stopped)', async (config, url) => {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError('The target must be a postgres:// or postgresql:// URL of an empty database.');
  const report = await copyEmbeddedToPostgres(config.dataDir, url);
  const rows = report.reduce((n, t) => n + t.rows, 0);
  const shown = new URL(url.replace(/^(postgres(?:ql)?:\/\/[^/?#]*@)(?=[/?#]|$)/, '$1localhost'));
  shown.password = shown.password ? '***' : '';
  return [
    `Copied ${rows} rows in ${report.length} tables from ${config.dataDir} to ${shown.toString()}:`,
    ...report.filter((t) => t.rows).map((t) => `  ${t.table.padEnd(28)} ${t.rows}`),
    `The embedded database is unchanged. Start on PostgreSQL with: DATABASE_URL=<that url> npm start`,
  ].join('\n');
});
