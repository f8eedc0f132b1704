import { timingSafeEqual, createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

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
