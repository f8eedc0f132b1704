import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Caller } from './caller';
import { RateLimitedError } from './errors';

/** How many operations one caller may make per window, on one instance. */
export interface RateLimitOptions {
  points: number;
  windowSeconds: number;
}

/**
 * Per-token budget of operations (per client address for anonymous calls): a flood from
 * one token is answered RATE_LIMITED without slowing anyone else. Kept in memory per
 * instance: with N instances behind a balancer a token gets at most N times the budget.
 */
export function createRateLimiter(options: RateLimitOptions) {
  const limiter = new RateLimiterMemory({ points: options.points, duration: options.windowSeconds });
  return {
    async consume(caller: Caller, address: string | undefined): Promise<void> {
      const key = caller.kind === 'anonymous' ? `ip:${address ?? 'unknown'}` : `token:${caller.tokenId}`;
      try {
        await limiter.consume(key);
      } catch (res) {
        if (res instanceof RateLimiterRes) {
          throw new RateLimitedError(
            `Too many requests from this token: ${options.points} per ${options.windowSeconds} s. Retry in ${Math.ceil(res.msBeforeNext / 1000)} s.`,
            Math.ceil(res.msBeforeNext / 1000),
          );
        }
        throw res;
      }
    },
  };
}


export type RateLimiter = ReturnType<typeof createRateLimiter>;
