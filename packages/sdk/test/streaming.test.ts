import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { APIClient, APIConnectionError, APIUserAbortError, NotFoundError, streamEvents } from '@avantika/sdk';
import { afterEach, describe, expect, it } from 'vitest';

interface Event {
  type: string;
  n?: number;
}

let server: Server | undefined;
let api: APIClient | undefined;

afterEach(async () => {
  await api?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function serve(handler: (req: IncomingMessage, res: ServerResponse, connection: number) => void) {
  let connection = 0;
  server = createServer((req, res) => handler(req, res, ++connection));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  api = new APIClient({ baseUrl: `http://127.0.0.1:${port}`, token: 'tok', maxRetries: 3 });
  return api;
}

function send(res: ServerResponse, id: number, event: Event) {
  res.write(`id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

const spec = { method: 'GET', path: '/v1/submissions/s1/events', auth: true, idempotent: true } as const;
const isVerdict = (event: Event) => event.type === 'verdict';

async function drain(iterable: AsyncIterable<{ id: string | undefined; data: Event }>) {
  const out: Array<[string | undefined, Event]> = [];
  for await (const event of iterable) out.push([event.id, event.data]);
  return out;
}

describe('streamEvents against a real SSE server', () => {
  it('reconnects with Last-Event-ID after a dropped connection and loses no event', async () => {
    const seenIds: Array<string | undefined> = [];
    const client = await serve((req, res, connection) => {
      seenIds.push(req.headers['last-event-id'] as string | undefined);
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write('retry: 20\n\n');
      if (connection === 1) {
        send(res, 1, { type: 'queued' });
        send(res, 2, { type: 'running', n: 1 });
        setTimeout(() => res.socket?.destroy(), 30);
        return;
      }
      send(res, 3, { type: 'running', n: 2 });
      send(res, 4, { type: 'verdict' });
    });
    const events = await drain(streamEvents<Event>(client, spec, isVerdict));
    expect(events.map(([id, e]) => `${id}:${e.type}`)).toEqual(['1:queued', '2:running', '3:running', '4:verdict']);
    expect(seenIds).toEqual([undefined, '2']);
  });

  it("honours a reconnect answer's Retry-After over the stream's earlier retry: hint", async () => {
    const client = await serve((_req, res, connection) => {
      if (connection === 2) {
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end(JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'm', requestId: 'r' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('retry: 10\n\n');
      if (connection === 1) {
        send(res, 1, { type: 'queued' });
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      send(res, 2, { type: 'verdict' });
    });
    const started = performance.now();
    const events = await drain(streamEvents<Event>(client, spec, isVerdict));
    expect(events.map(([, e]) => e.type)).toEqual(['queued', 'verdict']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('sends the bearer token and stops after the terminal event even if the server keeps the stream open', async () => {
    let auth: string | undefined;
    const client = await serve((req, res) => {
      auth = req.headers.authorization;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      send(res, 1, { type: 'verdict' });
    });
    expect(await drain(streamEvents<Event>(client, spec, isVerdict))).toHaveLength(1);
    expect(auth).toBe('Bearer tok');
  });

  it('resumes from a caller-supplied lastEventId', async () => {
    let lastId: string | undefined;
    const client = await serve((req, res) => {
      lastId = req.headers['last-event-id'] as string;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      send(res, 9, { type: 'verdict' });
    });
    await drain(streamEvents<Event>(client, spec, isVerdict, { lastEventId: '8' }));
    expect(lastId).toBe('8');
  });

  it('throws the API error of a 404 without reconnecting', async () => {
    let calls = 0;
    const client = await serve((_req, res) => {
      calls++;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'SUBMISSION_NOT_FOUND', message: 'm', requestId: 'r9' } }));
    });
    const error = await drain(streamEvents<Event>(client, spec, isVerdict)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'SUBMISSION_NOT_FOUND', requestId: 'r9' });
    expect(calls).toBe(1);
  });

  it('gives up with APIConnectionError when the stream keeps ending before its final event', async () => {
    let calls = 0;
    const client = await serve((_req, res) => {
      calls++;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('retry: 5\n\n');
    });
    const error = await drain(streamEvents<Event>(client, spec, isVerdict, { maxRetries: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(calls).toBe(3);
  });

  it('closes the connection when the caller aborts', async () => {
    let closed = false;
    const client = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      send(res, 1, { type: 'queued' });
      req.socket.on('close', () => {
        closed = true;
      });
    });
    const controller = new AbortController();
    const iterator = streamEvents<Event>(client, spec, isVerdict, { signal: controller.signal });
    const first = await iterator.next();
    expect(first.value?.data.type).toBe('queued');
    controller.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(APIUserAbortError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(true);
  });
});
