import { createServer, type Server } from 'node:net';
import { errorRegistry } from '@avantika/contract';
import {
  APIClient,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '@avantika/sdk';
import { errors, MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const origin = 'http://api.test';
let agent: MockAgent;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});
afterEach(async () => {
  await agent.close();
});

function client(options: { maxRetries?: number; timeout?: number } = {}) {
  return new APIClient({ baseUrl: origin, token: 't0ken', dispatcher: agent, ...options });
}

async function getJson(api: APIClient, path: string, options: Parameters<APIClient['send']>[1] = {}) {
  const response = await api.send({ method: 'GET', path, auth: true, idempotent: true }, options);
  return JSON.parse(response.bodyText) as unknown;
}

function envelope(code: string, requestId = 'req-1') {
  return { error: { code, message: 'ignored by tests', requestId } };
}

describe('retries', () => {
  it('retries a 429 and waits as long as Retry-After says', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/x' }).reply(429, envelope('RATE_LIMITED'), { headers: { 'retry-after': '1' } });
    pool.intercept({ path: '/v1/x' }).reply(200, { ok: true });
    const started = performance.now();
    await expect(getJson(client(), '/v1/x')).resolves.toEqual({ ok: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const pool = agent.get(origin);
    const when = new Date(Date.now() + 1500).toUTCString();
    pool.intercept({ path: '/v1/x' }).reply(503, envelope('UNAVAILABLE'), { headers: { 'retry-after': when } });
    pool.intercept({ path: '/v1/x' }).reply(200, { ok: true });
    const started = performance.now();
    await expect(getJson(client(), '/v1/x')).resolves.toEqual({ ok: true });
    // HTTP dates have whole-second precision, so the wait is between 0.5 and 1.5 s.
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
  });

  it('retries a 503 and then succeeds', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/x' }).reply(503, envelope('UNAVAILABLE'), { headers: { 'retry-after-ms': '5' } });
    pool.intercept({ path: '/v1/x' }).reply(200, { ok: 2 });
    await expect(getJson(client(), '/v1/x')).resolves.toEqual({ ok: 2 });
  });

  it('gives up after maxRetries and throws the last error', async () => {
    const pool = agent.get(origin);
    pool
      .intercept({ path: '/v1/x' })
      .reply(502, 'bad gateway', { headers: { 'retry-after-ms': '1' } })
      .times(3);
    const error = await getJson(client({ maxRetries: 2 }), '/v1/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as APIError).status).toBe(502);
    expect((error as APIError).code).toBe('INTERNAL');
  });

  it('does not retry a 400', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/x' }).reply(400, envelope('VALIDATION_FAILED'));
    pool.intercept({ path: '/v1/x' }).reply(200, { ok: true });
    await expect(getJson(client(), '/v1/x')).rejects.toBeInstanceOf(BadRequestError);
  });

  it('retries a connection reset', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/x' }).replyWithError(new errors.SocketError('other side closed'));
    pool.intercept({ path: '/v1/x' }).reply(200, { ok: 'again' });
    await expect(getJson(client(), '/v1/x')).resolves.toEqual({ ok: 'again' });
  });

  it('reports a connection error once retries are exhausted', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/x' }).replyWithError(new errors.SocketError('other side closed')).times(2);
    const error = await getJson(client({ maxRetries: 1 }), '/v1/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIError).code).toBe('CONNECTION_ERROR');
    expect((error as APIError).cause).toBeInstanceOf(errors.SocketError);
  });
});

describe('idempotency keys', () => {
  it('sends the same Idempotency-Key on every retry of a POST', async () => {
    const pool = agent.get(origin);
    const seen: Array<Record<string, string>> = [];
    const capture = (status: number) => (opts: { headers?: unknown }) => {
      seen.push(opts.headers as Record<string, string>);
      return { statusCode: status, data: status === 201 ? { id: 's1' } : envelope('UNAVAILABLE') };
    };
    pool.intercept({ path: '/v1/s', method: 'POST' }).reply(capture(503)).times(2);
    pool.intercept({ path: '/v1/s', method: 'POST' }).reply(capture(201));
    const api = new APIClient({ baseUrl: origin, dispatcher: agent, maxRetries: 3, timeout: 5000 });
    const response = await api.send({ method: 'POST', path: '/v1/s', body: { a: 1 }, auth: true, idempotent: false });
    expect(response.statusCode).toBe(201);
    expect(seen).toHaveLength(3);
    const keys = seen.map((h) => h['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(new Set(seen.map((h) => h['x-request-id'])).size).toBe(1);
  });

  it('retries a retryable 500 on a POST because it carries a key, but not on a PATCH without one', async () => {
    const pool = agent.get(origin);
    pool
      .intercept({ path: '/v1/s', method: 'POST' })
      .reply(500, envelope('INTERNAL'), { headers: { 'retry-after-ms': '1' } });
    pool.intercept({ path: '/v1/s', method: 'POST' }).reply(201, { id: 's2' });
    pool.intercept({ path: '/v1/s', method: 'PATCH' }).reply(500, envelope('INTERNAL'));
    const api = client();
    const ok = await api.send({ method: 'POST', path: '/v1/s', body: {}, auth: true, idempotent: false });
    expect(ok.statusCode).toBe(201);
    const patch = api.send({ method: 'PATCH', path: '/v1/s', body: {}, auth: true, idempotent: false });
    await expect(patch).rejects.toBeInstanceOf(InternalServerError);
  });

  it('uses the caller-supplied idempotency key', async () => {
    const pool = agent.get(origin);
    let key: string | undefined;
    pool.intercept({ path: '/v1/s', method: 'POST' }).reply((opts) => {
      key = (opts.headers as Record<string, string>)['idempotency-key'];
      return { statusCode: 201, data: {} };
    });
    await client().send({ method: 'POST', path: '/v1/s', auth: true, idempotent: false }, { idempotencyKey: 'mine-1' });
    expect(key).toBe('mine-1');
  });
});

describe('timeouts and abort', () => {
  it('times out when the headers are slow and does not wait for them', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/slow' }).reply(200, { late: true }).delay(2000);
    const started = performance.now();
    const error = await getJson(client({ maxRetries: 0 }), '/v1/slow', { timeout: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as APIError).code).toBe('TIMEOUT');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('retries a timed-out GET and returns the second answer', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/slow' }).reply(200, { late: true }).delay(2000);
    pool.intercept({ path: '/v1/slow' }).reply(200, { fast: true });
    await expect(getJson(client({ maxRetries: 1, timeout: 100 }), '/v1/slow')).resolves.toEqual({ fast: true });
  });

  it('aborts an in-flight request with APIUserAbortError and does not retry it', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/slow' }).reply(200, {}).delay(2000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await getJson(client(), '/v1/slow', { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as APIError).code).toBe('ABORTED');
  });

  it('aborts while waiting to retry', async () => {
    const pool = agent.get(origin);
    pool.intercept({ path: '/v1/x' }).reply(429, envelope('RATE_LIMITED'), { headers: { 'retry-after': '30' } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(getJson(client(), '/v1/x', { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('fails at once when the signal is already aborted', async () => {
    const error = await getJson(client(), '/v1/x', { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
  });
});

describe('error classes', () => {
  const cases = [
    [400, 'VALIDATION_FAILED', BadRequestError],
    [401, 'UNAUTHENTICATED', AuthenticationError],
    [403, 'FORBIDDEN', PermissionDeniedError],
    [404, 'NOT_FOUND', NotFoundError],
    [409, 'CONFLICT_SOMETHING', ConflictError],
    [422, 'UNPROCESSABLE', UnprocessableEntityError],
    [429, 'RATE_LIMITED', RateLimitError],
    [500, 'INTERNAL', InternalServerError],
  ] as const;
  for (const [status, code, Class] of cases) {
    it(`maps a ${status} envelope to ${Class.name} with its code and request id`, async () => {
      agent
        .get(origin)
        .intercept({ path: '/v1/e' })
        .reply(status, envelope(code, `rid-${status}`));
      const error = await getJson(client({ maxRetries: 0 }), '/v1/e').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Class);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toMatchObject({ status, code, requestId: `rid-${status}` });
    });
  }

  it('has a class of its own for every status the error registry uses', () => {
    const statuses = [...new Set(Object.values(errorRegistry).map((spec) => spec.status))];
    for (const status of statuses) {
      const error = APIError.fromResponse(status, { error: { code: 'X', message: 'm', requestId: 'r' } });
      expect(error.constructor, `status ${status}`).not.toBe(APIError);
    }
  });

  it('falls back to the x-request-id header and a status code when the body is not an envelope', () => {
    const error = APIError.fromResponse(404, '<html>nope</html>', { 'x-request-id': 'hdr-1' });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', requestId: 'hdr-1', status: 404 });
  });

  it('keeps a JSON answer that is not an envelope as details (a 503 from /readyz carries the readiness)', () => {
    const readiness = { status: 'unavailable', checks: { database: { status: 'down', required: true, latencyMs: 2 } } };
    const error = APIError.fromResponse(503, readiness);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', details: readiness });
    expect(APIError.fromResponse(502, '<html>bad gateway</html>').details).toBeUndefined();
  });

  it('keeps the details of the envelope', () => {
    const details = [{ path: ['email'], code: 'invalid_format' }];
    const error = APIError.fromResponse(400, {
      error: { code: 'VALIDATION_FAILED', message: 'm', requestId: 'r', details },
    });
    expect(error.details).toEqual(details);
  });
});

describe('a real socket that resets', () => {
  let server: Server;
  let connections = 0;
  beforeEach(async () => {
    connections = 0;
    server = createServer((socket) => {
      connections++;
      if (connections === 1) {
        socket.resetAndDestroy();
        return;
      }
      socket.once('data', () => {
        const body = '{"ok":"after reset"}';
        socket.end(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body}`,
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('reconnects after ECONNRESET and returns the answer', async () => {
    const address = server.address() as { port: number };
    const api = new APIClient({ baseUrl: `http://127.0.0.1:${address.port}`, maxRetries: 2 });
    try {
      await expect(getJson(api, '/v1/x')).resolves.toEqual({ ok: 'after reset' });
      expect(connections).toBe(2);
    } finally {
      await api.close();
    }
  });
});
