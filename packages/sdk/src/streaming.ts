import type { APIClient, CallSpec, RequestOptions } from './core.js';
import { APIConnectionError, APIError, APIUserAbortError } from './errors.js';
import { parseRetryAfter } from './internal/parse-retry-after.js';
import { retryDelay, sleep } from './internal/retry-policy.js';
import { parseServerSentEvents } from './internal/sse-parser.js';

/** Options for a server-sent event stream. */
export interface StreamOptions extends RequestOptions {
  /** Resume after this event id (sent as Last-Event-ID); the server replays only later events. */
  lastEventId?: string | undefined;
}

/** A parsed event with the SSE id it arrived under, so a caller can resume from it later. */
export interface StreamedEvent<Event> {
  id: string | undefined;
  event: string;
  data: Event;
}

/**
 * Opens an SSE route and yields its JSON events until `isTerminal` accepts one. A dropped connection (or a stream the
 * server closed early) is reopened with Last-Event-ID after a backoff, so no event is lost or repeated; the retry
 * budget resets whenever an event arrives. Breaking out of the loop closes the connection.
 */
export async function* streamEvents<Event>(
  client: APIClient,
  spec: CallSpec,
  isTerminal: (event: Event) => boolean,
  options: StreamOptions = {},
): AsyncGenerator<StreamedEvent<Event>> {
  const maxRetries = options.maxRetries ?? client.maxRetries;
  let lastEventId = options.lastEventId;
  let serverRetry: number | undefined;
  let failures = 0;
  for (;;) {
    let failure: unknown;
    const headers: Record<string, string> = { ...spec.headers };
    if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
    // Reconnects are this loop's job; the single send must not retry on its own as well.
    const response = await client
      .send({ ...spec, stream: true, headers }, { ...options, maxRetries: 0 })
      .catch((error: unknown) => {
        failure = error;
        return undefined;
      });
    if (response?.body) {
      const body = response.body;
      try {
        for await (const message of parseServerSentEvents(body)) {
          if (message.retry !== undefined) serverRetry = message.retry;
          if (message.id !== undefined) lastEventId = message.id;
          if (message.data === '') continue;
          failures = 0;
          const data = JSON.parse(message.data) as Event;
          yield { id: message.id, event: message.event, data };
          if (isTerminal(data)) return;
        }
      } catch (error) {
        if (options.signal?.aborted) throw new APIUserAbortError(undefined, { cause: options.signal.reason });
        if (error instanceof SyntaxError)
          throw new APIError(undefined, 'BAD_EVENT', 'The stream sent invalid JSON.', { cause: error });
        failure = new APIConnectionError('The event stream was interrupted.', { cause: error });
      } finally {
        body.destroy();
      }
    }
    if (failure !== undefined && !isReconnectable(failure)) throw failure;
    failures++;
    if (failures > maxRetries) {
      throw failure ?? new APIConnectionError('The event stream ended before its final event.');
    }
    const answered = failure instanceof APIError ? failure.headers : undefined;
    // A Retry-After on the failed reconnect is the server's latest word; the stream's `retry:` only sets the default.
    const asked = answered === undefined ? undefined : parseRetryAfter(answered);
    const wait = asked === undefined && serverRetry !== undefined ? serverRetry : retryDelay(failures - 1, answered);
    try {
      await sleep(wait, options.signal);
    } catch (reason) {
      throw new APIUserAbortError(undefined, { cause: reason });
    }
  }
}

function isReconnectable(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) return [408, 429, 502, 503, 504].includes(error.status ?? 0);
  return false;
}
