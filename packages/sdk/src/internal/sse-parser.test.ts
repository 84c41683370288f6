import { describe, expect, it } from 'vitest';
import { parseServerSentEvents } from './sse-parser.js';

async function parse(chunks: string[]) {
  const encoder = new TextEncoder();
  async function* body() {
    for (const chunk of chunks) yield encoder.encode(chunk);
  }
  const events = [];
  for await (const event of parseServerSentEvents(body())) events.push(event);
  return events;
}

describe('parseServerSentEvents', () => {
  it('dispatches an event on a blank line with its type, id and data', async () => {
    const events = await parse(['event: progress\nid: 3\ndata: {"a":1}\n\n']);
    expect(events).toEqual([{ event: 'progress', id: '3', data: '{"a":1}', retry: undefined }]);
  });

  it('joins multi-line data and handles events split across chunks and CRLF line ends', async () => {
    const events = await parse(['data: one\r', '\ndata: two\r\n', '\r\nda', 'ta: three\n\n']);
    expect(events.map((e) => e.data)).toEqual(['one\ntwo', 'three']);
    expect(events[0]?.event).toBe('message');
  });

  it('ignores comment heartbeats and drops an unterminated final event', async () => {
    const events = await parse([': ping\n\n', 'data: kept\n\n', 'data: cut short']);
    expect(events.map((e) => e.data)).toEqual(['kept']);
  });

  it('keeps the last id for later events and reads retry', async () => {
    const events = await parse(['id: 7\nretry: 1500\ndata: a\n\ndata: b\n\n']);
    expect(events.map((e) => [e.id, e.retry])).toEqual([
      ['7', 1500],
      ['7', undefined],
    ]);
  });

  it('passes on a retry-only block so the reconnect delay applies', async () => {
    const events = await parse(['retry: 20\n\n']);
    expect(events).toEqual([{ event: 'message', data: '', id: undefined, retry: 20 }]);
  });
});
