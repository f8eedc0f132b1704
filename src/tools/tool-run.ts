import { sendLogsTo } from '../common/logger';
import { loadConfig, type Config } from '../config';
import { explainStartFailure } from '../server/start-failure';

/**
 * Runs a command-line tool: its own lines on stdout, only warnings of the log on stderr;
 * a failure is one line on stderr saying what and how to fix it, and exit code 1.
 */
export function runTool(usage: string, work: (config: Config, argument: string) => Promise<string>): void {
  sendLogsTo(undefined, 'warn');
  let config: Config | undefined;
  const argument = process.argv[2];
  (async () => {
    config = loadConfig();
    if (!argument || argument.startsWith('-')) {
      process.stderr.write(`Usage: ${usage}\n`);
      process.exitCode = 2;
      return;
    }
    process.stdout.write(`${await work(config, argument)}\n`);
  })().catch((err: unknown) => {
    const explained = explainStartFailure(err, config);
    process.stderr.write(`${explained ?? (err instanceof Error ? err.stack ?? err.message : String(err))}\n`);
    process.exitCode = 1;
  });
}
