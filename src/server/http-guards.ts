import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

/**
 * A URL as it may be logged: the path only. A client that wrongly puts a token in the
 * query string (`?access_token=…`, a GET query's variables) must not have it written to
 * the log, so the query string is never logged; `?…` marks that there was one.
 */
export function loggableUrl(url: string | undefined): string {
  if (!url) return '';
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?…`;
}

const LOGGED_HEADERS = ['host', 'user-agent', 'content-type', 'content-length', 'accept', 'origin', 'x-request-id', 'x-forwarded-for'];

/** pino-http's `req` serializer: method, path without query string, a few harmless headers, the client address. */
export function requestForLog(req: IncomingMessage & { id?: unknown; raw?: IncomingMessage }) {
  const raw = (req.raw ?? req) as IncomingMessage & { id?: unknown; originalUrl?: string };
  const headers: Record<string, unknown> = {};
  for (const name of LOGGED_HEADERS) if (raw.headers?.[name] !== undefined) headers[name] = raw.headers[name];
  return { id: req.id ?? raw.id, method: raw.method, url: loggableUrl(raw.originalUrl ?? raw.url), headers, remoteAddress: raw.socket?.remoteAddress };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * `/metrics` behind `CROSSDESK_METRICS_TOKEN` when it is set: Prometheus scrapes with
 * `authorization: Bearer <token>` (its `authorization` / `bearer_token_file` setting);
 * anything else is 401. Unset: open, as before (keep it on an internal network).
 */
export function metricsGuard(token: string | undefined) {
  const expected = token ? digest(`Bearer ${token}`) : undefined;
  return (req: Request, res: Response, next: NextFunction) => {
    if (!expected) return next();
    const given = req.headers.authorization;
    if (typeof given === 'string' && timingSafeEqual(digest(given.trim()), expected)) return next();
    res.status(401).setHeader('www-authenticate', 'Bearer realm="metrics"');
    res.json({ errors: [{ message: 'Send "Authorization: Bearer <CROSSDESK_METRICS_TOKEN>" to read /metrics.', extensions: { code: 'UNAUTHENTICATED' } }] });
  };
}
