import { errorRegistry, isErrorCode } from '@avantika/contract';
import type { APIError } from '../errors.js';
import { parseRetryAfter } from './parse-retry-after.js';

/** The first backoff step; each retry doubles it. */
export const INITIAL_RETRY_DELAY_MS = 500;
/** Backoff never grows beyond this without a Retry-After. */
export const MAX_RETRY_DELAY_MS = 8_000;
/** A Retry-After longer than this is capped, so a misconfigured server cannot park a client for an hour. */
export const MAX_RETRY_AFTER_MS = 60_000;

const ALWAYS_RETRIED = new Set([408, 429, 502, 503, 504]);

/**
 * Decides whether an HTTP error may be retried. Statuses that say "try again" are always retried; 409 and 500 only
 * when the request carries an Idempotency-Key (so the server replays instead of repeating) and the registry marks the
 * code retryable. A server may override either way with `x-should-retry`.
 */
export function shouldRetryResponse(error: APIError, hasIdempotencyKey: boolean): boolean {
  const override = error.headers?.['x-should-retry'];
  if (override === 'true') return true;
  if (override === 'false') return false;
  const status = error.status ?? 0;
  if (ALWAYS_RETRIED.has(status)) return true;
  if ((status === 409 || status === 500) && hasIdempotencyKey) {
    return isErrorCode(error.code) && errorRegistry[error.code].retryable;
  }
  return false;
}

/**
 * The wait before retry number `attempt` (0-based): the server's Retry-After when it gave one (capped), otherwise
 * exponential backoff with up to 25% jitter so many clients do not retry in lockstep.
 */
export function retryDelay(
  attempt: number,
  headers: Record<string, string | string[] | undefined> | undefined,
  random: () => number = Math.random,
): number {
  const asked = headers ? parseRetryAfter(headers) : undefined;
  if (asked !== undefined) return Math.min(asked, MAX_RETRY_AFTER_MS);
  const base = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** attempt, MAX_RETRY_DELAY_MS);
  return base * (1 - random() * 0.25);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
