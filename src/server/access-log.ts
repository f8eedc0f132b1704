import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { logger, type Logger } from '../common/logger';
import { activeTraceIds } from '../common/spans';

/** What the GraphQL layer tells the access log about the operation a request ran. */
export interface OperationSummary {
  operation: string;
  type?: string;
  /** The error codes of a refused or failed operation. */
  errors?: string[];
}

/** The routes probed by load balancers and scrapers every few seconds: not logged. */
const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

declare module 'express-serve-static-core' {
  interface Request {
    /** The request id (`x-request-id`), also on the context and on every log line of the request. */
    id: string;
    /** The logger of this request (its lines carry `reqId`). */
    log: Logger;
  }
  interface Locals {
    /** Set by the GraphQL layer once the operation is known. */
    operation?: OperationSummary;
  }
}

/**
 * The response of the HTTP request a GraphQL context was made for, under a symbol: Apollo
 * hands plugins a shallow copy of the context, which keeps symbol-keyed properties.
 */
const RESPONSE = Symbol('crossdesk.response');

/** Ties a request's GraphQL context to its response, so `reportOperation` reaches its access line. */
export function linkContext(context: object, res: Response): void {
  (context as Record<symbol, unknown>)[RESPONSE] = res;
}

/** Puts the operation a context ran on its request's access line (nothing for other contexts). */
export function reportOperation(context: object, summary: OperationSummary): void {
  const res = (context as Record<symbol, Response | undefined>)[RESPONSE];
  if (res) res.locals.operation = summary;
}

/**
 * Gives every request an id (`x-request-id`, kept when the client sent a sane one) and
 * writes one access line at `info` when it ends: method, path without the query string,
 * status, duration, the GraphQL operation and the request id. No header, no query string
 * and no body is logged, so no token or variable can reach the log this way.
 */
export function accessLog() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = process.hrtime.bigint();
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
    req.id = id;
    req.log = logger.child({ reqId: id });
    res.setHeader('x-request-id', id);
    const path = (req.originalUrl || req.url).split('?')[0];
    if (QUIET.has(path)) {
      next();
      return;
    }
    const trace = activeTraceIds(); // the request's span, when tracing is on
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
      const op = res.locals.operation;
      const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away first
      const line = { reqId: id, method: req.method, path, status, ms, ...(op ? { operation: op.operation, type: op.type, errors: op.errors } : {}), ...trace };
      const message = `${req.method} ${path} ${status} ${ms} ms${op ? ` ${op.operation}` : ''}`;
      if (status >= 500) logger.error(line, message);
      else logger.info(line, message);
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };
}
