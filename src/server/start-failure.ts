import { ConfigError, type Config } from '../config';

/** Where a configured PostgreSQL server is, without its password. */
function serverOf(url: string): string {
  try {
    const u = new URL(url.replace(/^(postgres(?:ql)?:\/\/[^/?#]*@)(?=[/?#]|$)/, '$1localhost'));
    const socket = u.searchParams.get('host');
    return `${socket ?? u.hostname ?? 'localhost'}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'the DATABASE_URL server';
  }
}

/**
 * A failed start said in one line a person can act on: configuration errors as they are,
 * and the usual ways of not reaching a PostgreSQL server (not running, wrong host, wrong
 * password, no such database) with what to check. Answers undefined for anything else,
 * which is then logged with its stack.
 */
export function explainStartFailure(err: unknown, config: Pick<Config, 'databaseUrl' | 'dataDir'> | undefined): string | undefined {
  if (err instanceof ConfigError) return err.message;
  const e = err as { code?: string; message?: string } | undefined;
  if (!e || typeof e !== 'object') return undefined;
  const url = config?.databaseUrl;
  if (url) {
    const at = serverOf(url);
    if (e.code === 'ECONNREFUSED') return `No PostgreSQL server answers at ${at} (DATABASE_URL): start it, or fix the host and port in DATABASE_URL.`;
    if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `The host of DATABASE_URL (${at}) does not resolve: fix its spelling, or check this machine's DNS.`;
    if (e.code === 'ETIMEDOUT') return `Connecting to PostgreSQL at ${at} (DATABASE_URL) timed out: check the host, the port and any firewall between.`;
    if (e.code === '28P01' || e.code === '28000') return `PostgreSQL at ${at} refused the user or password of DATABASE_URL: fix them (percent-encode special characters in the password).`;
    if (e.code === '3D000') return `The database of DATABASE_URL does not exist on ${at}: create it (createdb) or fix its name.`;
    if (e.code === 'ENOENT' && /\.s\.PGSQL/.test(e.message ?? '')) return `No PostgreSQL socket at ${at} (DATABASE_URL): start the server, or fix ?host= in DATABASE_URL.`;
  }
  if (!url && (e.code === 'EACCES' || e.code === 'EROFS') && config?.dataDir) {
    return `The embedded database folder ${config.dataDir} is not writable: set CROSSDESK_DATA_DIR to a folder this user may write.`;
  }
  return undefined;
}
