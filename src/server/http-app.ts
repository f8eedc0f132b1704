import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import { registry } from '../common/metrics';
import type { RateLimiter } from '../common/rate-limit';
import type { Config } from '../config';
import { createContext, type AppServices, type Context } from '../context';
import { GRAPHIQL_EXAMPLES } from '../graphiql-examples';
import { authenticate } from '../modules/auth/auth.service';
import { accessLog, linkContext } from './access-log';
import { mountConsole } from './console-route';
import { metricsGuard } from './http-guards';

/**
 * The HTTP routes: `/healthz` (process up), `/readyz` (database reachable, migrations
 * applied), `/metrics` (Prometheus), GraphiQL (ruru, served from node_modules) for
 * browsers on `GET /graphql`, and Apollo Server on `/graphql` with one context per
 * request (the caller from the bearer token, rate-limited). Every request gets an id
 * (`x-request-id`, kept when the client sent a sane one) and one access log line
 * without headers (`access-log.ts`).
 */
export function createHttpApp(parts: { apollo: ApolloServer<Context>; services: AppServices; config: Config; limiter: RateLimiter }): express.Express {
  const { apollo, services, config, limiter } = parts;
  const { dataSource, clock } = services;
  const app = express();
  app.disable('x-powered-by');
  app.use(accessLog());
  mountConsole(app); // the web console at GET / (its assets, and index.html for its routes)
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      const pending = await dataSource.showMigrations();
      if (pending) res.status(503).json({ status: 'migrations pending' });
      else res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', metricsGuard(config.metricsToken), async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  const ruruPage = ruruHTML({
    endpoint: '/graphql',
    staticPath: '/ruru-static/',
    clientConfig: { initialQuery: GRAPHIQL_EXAMPLES, initialHeaders: '{\n  "Authorization": "Bearer PASTE-A-TOKEN"\n}' } as never,
  });
  app.use(serveStatic('/ruru-static/'));
  app.get('/graphql', (req, res, next) => {
    if (!req.query.query && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(ruruPage);
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const caller = await authenticate(dataSource, clock, req.headers.authorization);
        await limiter.consume(caller, req.socket.remoteAddress);
        const context = createContext(services, caller, req.id);
        linkContext(context, res);
        // for clients that send the key as a header (the IETF draft's way); an input's own key wins
        const key = req.headers['idempotency-key'];
        if (typeof key === 'string') context.idempotencyKey = key;
        return context;
      },
    }),
  );
  // Body-parser and other HTTP-level failures: a JSON answer, never a stack trace.
  app.use((err: { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) req.log?.error({ err }, 'http error');
    const message = status === 413 ? 'Request body is larger than 1 MB.' : status === 500 ? 'Internal server error' : 'Bad request.';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });
  return app;
}
