/**
 * A small circuit breaker for an optional Redis: a call that fails or takes longer than `timeoutMs` opens it, and
 * while open callers go straight to their fallback for `retryAfterMs` instead of waiting on a dead connection.
 */
export class RedisBreaker {
  private openUntil = 0;

  constructor(private readonly options: { timeoutMs: number; retryAfterMs: number }) {}

  /** Whether Redis failed recently (serve from the fallback). */
  isOpen(): boolean {
    return performance.now() < this.openUntil;
  }

  /** Records a failure: the fallback serves for the next `retryAfterMs`. */
  trip(): void {
    this.openUntil = performance.now() + this.options.retryAfterMs;
  }

  /** `promise`, or a rejection once `timeoutMs` has passed without an answer. */
  timed<T>(promise: Promise<T>): Promise<T> {
    const ms = this.options.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`redis did not answer within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}
