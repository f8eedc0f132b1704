import type http from 'node:http';
import { GraphQLError, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Caller } from '../common/caller';
import type { RateLimiter } from '../common/rate-limit';
import type { Config } from '../config';
import { createContext, type AppServices } from '../context';
import { aliveTokenIds, authenticate } from '../modules/auth/auth.service';
import { SocketSweep } from '../modules/auth/socket-sweep';
import { formatError } from '../common/errors';
import { formatResult } from './graphql-limits';
import { AdmittedOperations, prepareOperation, SocketsPerToken, WS_MAX_MESSAGE_BYTES, WS_MAX_OPERATIONS_PER_SOCKET, WS_MAX_SOCKETS_PER_TOKEN, WS_TOO_MANY_SOCKETS } from './ws-limits';

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
 * `connectionParams.authorization` (4403 without a valid token; 4429 beyond
 * WS_MAX_SOCKETS_PER_TOKEN), every operation is rate-limited, counted against
 * WS_MAX_OPERATIONS_PER_SOCKET and put through the HTTP limits before it executes
 * (`ws-limits.ts`: tokens, nesting, validation, cost), a refusal answers that operation
 * only, results and errors are formatted like HTTP's, close reasons never carry an
 * exception's message, and the sockets of tokens revoked anywhere close within `tokenSweepMs`.
 */
export function startWebSockets(
  httpServer: http.Server,
  parts: { schema: GraphQLSchema; services: AppServices; config: Config; limiter: RateLimiter; validationRules: readonly ValidationRule[]; tokenSweepMs: number },
): RunningWebSockets {
  const { schema, services, limiter } = parts;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: Math.min(WS_MAX_MESSAGE_BYTES, parts.config.maxBodyBytes) });
  const sweep = new SocketSweep<WebSocket>(aliveTokenIds(services.dataSource));
  const perToken = new SocketsPerToken<WebSocket>(WS_MAX_SOCKETS_PER_TOKEN);
  const server = useServer<Record<string, unknown>, { caller?: Caller; admitted?: AdmittedOperations }>(
    {
      schema,
      // close reasons never carry an exception's message
      isProd: true,
      context: (ctx) => {
        const context = createContext(services, ctx.extra.caller!);
        context.closeSocket = (code, reason) => ctx.extra.socket.close(code, reason);
        return context;
      },
      onConnect: async (ctx) => {
        const caller = await authenticate(services.dataSource, services.clock, ctx.connectionParams?.authorization);
        if (caller.kind === 'anonymous') return false; // closes with 4403 Forbidden
        const socket = ctx.extra.socket;
        if (!perToken.tryAdd(caller.tokenId, socket)) {
          socket.close(WS_TOO_MANY_SOCKETS, `Too many open sockets for this token (at most ${WS_MAX_SOCKETS_PER_TOKEN}): close one first`);
          return false;
        }
        ctx.extra.caller = caller;
        sweep.add(socket, caller.tokenId);
        socket.once('close', () => {
          sweep.delete(socket);
          perToken.delete(caller.tokenId, socket);
        });
        return true;
      },
      // every operation: the rate limit, the per-socket operation limit, then the HTTP limits
      // (tokens, validation with depth, aliases and directives, cost); a refusal answers an
      // `error` message for that operation and the socket stays open
      onSubscribe: async (ctx, id, payload) => {
        try {
          await limiter.consume(ctx.extra.caller!, ctx.extra.request.socket.remoteAddress);
        } catch (err) {
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        ctx.extra.admitted ??= new AdmittedOperations(WS_MAX_OPERATIONS_PER_SOCKET);
        if (!ctx.extra.admitted.tryAdmit(id, ctx.subscriptions)) {
          return [new GraphQLError(`Too many operations on this socket (at most ${WS_MAX_OPERATIONS_PER_SOCKET} at once): complete one first, or open another socket.`, { extensions: { code: 'BAD_REQUEST' } })];
        }
        return prepareOperation(schema, parts.validationRules, payload);
      },
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result as ExecutionResult),
      // an operation's errors (validation, a failing subscription stream) pass formatError too: nothing internal reaches a client
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
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
