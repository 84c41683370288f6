import { APIConnectionTimeoutError, APIUserAbortError } from '../errors.js';

interface Flight {
  readonly done: Promise<void>;
  readonly controller: AbortController;
  waiters: number;
}

/** How one caller waits for the shared refresh: its own abort signal and the milliseconds it gives the wait. */
export interface RefreshWait {
  readonly signal?: AbortSignal | undefined;
  readonly timeout: number;
}

/**
 * The single token refresh that concurrent requests share. Each caller waits within its own signal and timeout
 * (rejecting with APIUserAbortError / APIConnectionTimeoutError); the refresh request itself is aborted once every
 * caller waiting for it has gone, so an abandoned refresh never hangs on.
 */
export class RefreshFlight {
  private current: Flight | undefined;

  /** Joins the refresh in progress, or starts one with `run` (given the signal that aborts it), and waits for it. */
  join(run: (signal: AbortSignal) => Promise<void>, wait: RefreshWait): Promise<void> {
    if (wait.signal?.aborted) {
      return Promise.reject(new APIUserAbortError(undefined, { cause: wait.signal.reason }));
    }
    const flight = this.current ?? this.start(run);
    flight.waiters += 1;
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (error?: unknown, abandoning = false) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        wait.signal?.removeEventListener('abort', onAbort);
        flight.waiters -= 1;
        if (abandoning && flight.waiters === 0) this.abandon(flight);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onAbort = () => finish(new APIUserAbortError(undefined, { cause: wait.signal?.reason }), true);
      const timer = setTimeout(() => finish(new APIConnectionTimeoutError(), true), wait.timeout);
      wait.signal?.addEventListener('abort', onAbort, { once: true });
      flight.done.then(
        () => finish(),
        (error: unknown) => finish(error ?? new Error('token refresh failed')),
      );
    });
  }

  private start(run: (signal: AbortSignal) => Promise<void>): Flight {
    const controller = new AbortController();
    // Deferred a tick so the flight is current before `run` can settle.
    const done = Promise.resolve()
      .then(() => run(controller.signal))
      .finally(() => {
        if (this.current === flight) this.current = undefined;
      });
    // Waiters attach their own handlers; an abandoned flight's rejection has no one left to hear it.
    done.catch(() => {});
    const flight: Flight = { done, controller, waiters: 0 };
    this.current = flight;
    return flight;
  }

  // Nobody waits any more: stop the request, and let the next caller start a fresh refresh instead of joining it.
  private abandon(flight: Flight): void {
    if (this.current === flight) this.current = undefined;
    flight.controller.abort(new APIUserAbortError('Token refresh abandoned: every request waiting for it gave up.'));
  }
}
