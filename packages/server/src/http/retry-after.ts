import type { ErrorCode } from '@avantika/contract';

/**
 * Seconds a client should wait before retrying, per cause, when the code that refused it named no wait of its own
 * (the rate limiters do: they send the limiter's exact wait).
 */
export const RETRY_AFTER_SECONDS: Readonly<Partial<Record<ErrorCode, number>>> = {
  // The submission could not be put on the judge queue (a queue that is busy or restarting takes one within seconds),
  // or a run found the judge unable to run code (a stalled compiler, no sandbox or runtime).
  JUDGE_UNAVAILABLE: 3,
  // A dependency the route needs (the search backend) is down or the server is overloaded.
  UNAVAILABLE: 5,
};

/** Retry-After on a 503 from /readyz: readiness is re-checked on every request, so a short wait is enough. */
export const READINESS_RETRY_AFTER_SECONDS = 5;

/** The wait for a 429 or another 503 that has no entry above. */
const BY_STATUS: Readonly<Record<number, number>> = { 429: 1, 503: 5 };

/**
 * The headers of an error answer with `Retry-After` added when the status is 429 or 503 and the thrower did not set
 * one, so every "try again" answer says when.
 */
export function withRetryAfter(
  status: number,
  code: ErrorCode,
  headers: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const fallback = BY_STATUS[status];
  if (fallback === undefined) return headers;
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'retry-after')) return headers;
  return { ...headers, 'retry-after': String(RETRY_AFTER_SECONDS[code] ?? fallback) };
}
