import { type SubmissionEvent, streamSubmissionEvents } from '@avantika/contract';
import { describe, expect, it } from 'vitest';
import { parseLastEventId, toSseFrames } from './sse-frames.js';

async function collect(
  items: (SubmissionEvent | null)[],
  check?: (event: SubmissionEvent) => void,
  out: string[] = [],
): Promise<string> {
  async function* source() {
    yield* items;
  }
  for await (const frame of toSseFrames(source(), check)) out.push(frame);
  return out.join('');
}

describe('SSE frames', () => {
  it('writes each event with its sequence as the id and its type as the event name', async () => {
    const text = await collect([
      { seq: 1, type: 'queued' },
      { seq: 2, type: 'running', done: 1, total: 3 },
    ]);
    expect(text).toContain('id: 1\nevent: queued\ndata: {"seq":1,"type":"queued"}\n\n');
    expect(text).toContain('id: 2\nevent: running\ndata: {"seq":2,"type":"running","done":1,"total":3}\n\n');
    expect(text.startsWith('retry: 1000\n\n')).toBe(true);
  });

  it('ends the stream before writing an event its check rejects (response validation in tests)', async () => {
    const check = (event: SubmissionEvent) => void streamSubmissionEvents.response.parse(event);
    const written: string[] = [];
    const bad = { seq: 2, type: 'running', done: 'one' } as unknown as SubmissionEvent;
    await expect(collect([{ seq: 1, type: 'queued' }, bad], check, written)).rejects.toThrow();
    expect(written.join('')).toContain('event: queued');
    expect(written.join('')).not.toContain('event: running');
  });

  it('writes keep-alives as comment lines that clients ignore', async () => {
    expect(await collect([null])).toContain('\n: keep-alive\n\n');
  });

  it('reads Last-Event-ID leniently: junk or negatives replay everything', () => {
    expect(parseLastEventId('7')).toBe(7);
    expect(parseLastEventId(['3'])).toBe(3);
    expect(parseLastEventId('x')).toBe(0);
    expect(parseLastEventId('-4')).toBe(0);
    expect(parseLastEventId(undefined)).toBe(0);
  });
});
