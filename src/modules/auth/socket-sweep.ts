import { logger } from '../../common/logger';

/** Which of these token ids are still valid (not revoked); one query for all of them. */
export type AliveTokenLookup = (tokenIds: string[]) => Promise<Iterable<string>>;

/** A socket the sweep may close: graphql-ws's `ws` sockets have this shape. */
export interface SweptSocket {
  close(code: number, reason: string): void;
}

/**
 * The sockets open on this instance with the token each authenticated with, and a sweep
 * that closes those of revoked tokens (4401) every `intervalMs`, on every instance: a
 * revocation elsewhere reaches a subscription within a few seconds. A socket that
 * connects while a sweep's lookup is in flight waits for the next sweep, so a valid token
 * is never closed because it was not in the lookup.
 */
export class SocketSweep<S extends SweptSocket = SweptSocket> {
  private readonly sockets = new Map<S, string>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly alive: AliveTokenLookup) {}

  add(socket: S, tokenId: string): void {
    this.sockets.set(socket, tokenId);
  }

  delete(socket: S): void {
    this.sockets.delete(socket);
  }

  /** The open sockets, for closing them all at shutdown. */
  all(): IterableIterator<S> {
    return this.sockets.keys();
  }

  /** One sweep: looks up the tokens of the open sockets and closes those of revoked ones. */
  async sweep(): Promise<void> {
    const ids = [...new Set(this.sockets.values())];
    if (!ids.length) return;
    const ok = new Set(await this.alive(ids));
    const checked = new Set(ids);
    // only sockets whose token was in this check: one that connected meanwhile waits for the next
    for (const [socket, tokenId] of this.sockets) if (checked.has(tokenId) && !ok.has(tokenId)) socket.close(4401, 'Unauthorized: token revoked');
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.sweep().catch((err: unknown) => logger.warn({ err }, 'token sweep failed'));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
