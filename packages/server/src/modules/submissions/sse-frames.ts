import type { SubmissionEvent } from '@avantika/contract';

/** Parses `Last-Event-ID` (header, or `lastEventId` query for clients that cannot set headers); 0 replays everything. */
export function parseLastEventId(value: unknown): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

/** Formats stream items as SSE frames: `id`/`event`/`data` for events, a comment line for keep-alives. */
export async function* toSseFrames(events: AsyncIterable<SubmissionEvent | null>): AsyncGenerator<string> {
  // Clients reconnect after 1 s and resend the last id they saw.
  yield 'retry: 1000\n\n';
  for await (const event of events) {
    if (event === null) {
      yield ': keep-alive\n\n';
      continue;
    }
    const { seq, ...data } = event;
    yield `id: ${seq}\nevent: ${event.type}\ndata: ${JSON.stringify({ seq, ...data })}\n\n`;
  }
}
