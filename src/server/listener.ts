import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { ConfigError, type Config } from '../config';

/** The HTTP server, listening before anything else starts. */
export interface Listener {
  httpServer: http.Server;
  port: number;
  /** Hands requests to the app from now on (until then: 503, "starting"). */
  serve(handler: http.RequestListener): void;
  /**
   * The first step of a graceful stop: `/readyz` answers 503 at once, no new connection is
   * accepted, every response says `connection: close`, and it resolves once the requests
   * under way have finished (or `graceMs` has passed: it says how many had not, and cuts
   * their connections).
   */
  drain(graceMs: number): Promise<{ unfinished: number }>;
  /** Stops listening and ends every connection (for a start-up that failed half-way). */
  close(): Promise<void>;
}

/** One sentence on why the port could not be had, and what to do about it. */
function listenProblem(err: NodeJS.ErrnoException, config: Config): string | undefined {
  const where = `${config.host}:${config.port}`;
  if (err.code === 'EADDRINUSE') return `PORT ${config.port} is already in use on ${config.host} (another Crossdesk, or another program): stop that one, or set PORT to a free port (PORT=0 picks one).`;
  if (err.code === 'EACCES') return `Listening on ${where} is not allowed for this user (ports below 1024 need privileges): set PORT to 1024 or above, and put a proxy in front for port ${config.port}.`;
  if (err.code === 'EADDRNOTAVAIL') return `HOST ${config.host} is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0 for all.`;
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return `HOST ${config.host} does not resolve to an address: set HOST to an address of this machine, or 0.0.0.0 for all.`;
  return undefined;
}

/**
 * Takes the port first, so that a port in use fails the start before the database is
 * opened or a worker runs (nothing half-started). Until the app is handed over, `/healthz`
 * answers 200 ("starting") and everything else 503 with `Retry-After`, so a load balancer
 * sends no traffic yet; WebSocket upgrades are refused.
 */
export async function listenFirst(config: Config): Promise<Listener> {
  let handler: http.RequestListener | undefined;
  let draining = false;
  let inFlight = 0;
  let settled: (() => void) | undefined;
  const httpServer = http.createServer((req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) settled?.();
    });
    if (draining) {
      res.setHeader('connection', 'close');
      if (req.url === '/readyz') {
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ status: 'stopping' }));
        return;
      }
    }
    if (handler) {
      handler(req, res);
      return;
    }
    const up = req.url === '/healthz';
    res.writeHead(up ? 200 : 503, { 'content-type': 'application/json', ...(up ? {} : { 'retry-after': '1' }) });
    res.end(JSON.stringify({ status: 'starting' }));
  });
  await new Promise<void>((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) => {
      const problem = listenProblem(err, config);
      reject(problem ? new ConfigError(problem) : err);
    };
    httpServer.once('error', failed);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', failed);
      resolve();
    });
  });
  return {
    httpServer,
    port: (httpServer.address() as AddressInfo).port,
    serve(h) {
      handler = h;
    },
    async drain(graceMs) {
      draining = true;
      // stop listening but keep the open connections: http.Server#close would also drop the
      // idle keep-alive ones at once, and a request a client sends on one at that moment is lost
      if (httpServer.listening) net.Server.prototype.close.call(httpServer);
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          timer.unref();
          settled = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      settled = undefined;
      const unfinished = inFlight;
      if (unfinished) httpServer.closeAllConnections(); // the grace period is over: cut them off
      else httpServer.closeIdleConnections();
      return { unfinished };
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!httpServer.listening) {
          httpServer.closeAllConnections();
          resolve();
          return;
        }
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}
