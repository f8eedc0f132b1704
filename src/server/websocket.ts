import type http from 'node:http';
import { GraphQLError, specifiedRules, validate, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Caller } from '../common/caller';
import type { RateLimiter } from '../common/rate-limit';
import type { Config } from '../config';
import { createContext, type AppServices } from '../context';
import { aliveTokenIds, authenticate } from '../modules/auth/auth.service';
import { SocketSweep } from '../modules/auth/socket-sweep';
import { formatResult } from './graphql-limits';

/** The graphql-ws server on the HTTP server's `/graphql`, and how to close it. */
export interface RunningWebSockets {
  /** Closes graphql-ws (Apollo's drain calls it). */
  dispose(): Promise<void>;
  /** Stops the sweep and drops every socket at once. */
  terminate(): void;
  /**
   * Closes every socket with `code` once what was queued for it is sent (a graceful stop:
   * 1012, service restart); resolves when all are closed or after `graceMs`, when the rest
   * are dropped. Answers how many were open.
   */
  closeAll(code: number, reason: string, graceMs: number): Promise<number>;
}

/**
 * GraphQL over WebSocket (graphql-ws) on `/graphql`: a connection authenticates once with
 * `connectionParams.authorization` (4403 without a valid token), every operation is
 * rate-limited and validated with the same rules as HTTP, results are formatted like
 * HTTP's, and the sockets of tokens revoked anywhere are closed within `tokenSweepMs`.
 */
export function startWebSockets(
  httpServer: http.Server,
  parts: { schema: GraphQLSchema; services: AppServices; config: Config; limiter: RateLimiter; validationRules: readonly ValidationRule[]; tokenSweepMs: number },
): RunningWebSockets {
  const { schema, services, limiter } = parts;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: parts.config.maxBodyBytes });
  const sweep = new SocketSweep<WebSocket>(aliveTokenIds(services.dataSource));
  const server = useServer<Record<string, unknown>, { caller?: Caller }>(
    {
      schema,
      context: (ctx) => {
        const context = createContext(services, ctx.extra.caller!);
        context.closeSocket = (code, reason) => ctx.extra.socket.close(code, reason);
        return context;
      },
      onConnect: async (ctx) => {
        const caller = await authenticate(services.dataSource, services.clock, ctx.connectionParams?.authorization);
        if (caller.kind === 'anonymous') return false; // closes with 4403 Forbidden
        ctx.extra.caller = caller;
        sweep.add(ctx.extra.socket, caller.tokenId);
        ctx.extra.socket.once('close', () => sweep.delete(ctx.extra.socket));
        return true;
      },
      onSubscribe: async (ctx) => {
        try {
          await limiter.consume(ctx.extra.caller!, ctx.extra.request.socket.remoteAddress);
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        return undefined;
      },
      validate: (s, doc) => validate(s, doc, [...specifiedRules, ...parts.validationRules]),
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result as ExecutionResult),
    },
    wss,
  );
  sweep.start(parts.tokenSweepMs);
  return {
    async dispose() {
      await server.dispose();
    },
    terminate() {
      sweep.stop();
      for (const socket of sweep.all()) socket.terminate();
    },
    async closeAll(code, reason, graceMs) {
      sweep.stop();
      const open = [...wss.clients];
      await Promise.all(
        open.map(
          (socket) =>
            new Promise<void>((resolve) => {
              if (socket.readyState === socket.CLOSED) return resolve();
              const timer = setTimeout(() => socket.terminate(), graceMs);
              socket.once('close', () => {
                clearTimeout(timer);
                resolve();
              });
              socket.close(code, reason); // ws sends it after the frames already queued
            }),
        ),
      );
      return open.length;
    },
  };
}
