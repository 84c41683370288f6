import type { SubmissionEvent } from '@avantika/contract';

/** Parses `Last-Event-ID` (header, or `lastEventId` query for clients that cannot set headers); 0 replays everything. */
export function parseLastEventId(value: unknown): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/**
 * Formats stream items as SSE frames: `id`/`event`/`data` for events, a comment line for keep-alives. `check` sees
 * every event before it is written (the route passes the contract's schema under response validation, so tests fail
 * on an event that does not match it, as they do for any other response); a throw ends the stream.
 */
export async function* toSseFrames(
  events: AsyncIterable<SubmissionEvent | null>,
  check?: (event: SubmissionEvent) => void,
): AsyncGenerator<string> {
  // Clients reconnect after 1 s and resend the last id they saw.
  yield 'retry: 1000\n\n';
  for await (const event of events) {
    if (event === null) {
      yield ': keep-alive\n\n';
      continue;
    }
    check?.(event);
    const { seq, ...data } = event;
    yield `id: ${seq}\nevent: ${event.type}\ndata: ${JSON.stringify({ seq, ...data })}\n\n`;
  }
}
