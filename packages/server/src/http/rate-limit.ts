import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from './domain-error.js';

/** Limits for the `auth` bucket (login, register): `points` requests per `durationSeconds` per client address. */
export interface RateLimitOptions {
  readonly points: number;
  readonly durationSeconds: number;
  /** Redis key prefix, so parallel test runs and deployments sharing a Redis do not collide. */
  readonly keyPrefix?: string;
}

/** Consumes one point for `key` or throws 429 RATE_LIMITED with Retry-After. */
export type RateLimiter = (key: string) => Promise<void>;

/**
 * Creates the login/register limiter: on Redis when a client is given (shared by every server process, with an
 * in-memory insurance limiter while Redis is down), in process memory otherwise.
 */
export function createRateLimiter(options: RateLimitOptions, redis?: Redis): RateLimiter {
  const base = { points: options.points, duration: options.durationSeconds, keyPrefix: options.keyPrefix ?? 'rl:auth' };
  const memory = new RateLimiterMemory(base);
  const limiter = redis ? new RateLimiterRedis({ ...base, storeClient: redis, insuranceLimiter: memory }) : memory;
  return async (key) => {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new DomainError(
        'RATE_LIMITED',
        { retryAfterSeconds: seconds },
        { headers: { 'retry-after': String(seconds) } },
      );
    }
  };
}
