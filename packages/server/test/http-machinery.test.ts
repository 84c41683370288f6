import { defineRoute, errorEnvelopeSchema } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Sql } from '../src/adapters/sql/sql.js';
import { DomainError } from '../src/http/domain-error.js';
import { purgeExpiredIdempotencyKeys } from '../src/http/idempotency.js';
import { registerRoute } from '../src/http/register-route.js';
import { buildTestApp, openTestSql, storageKinds } from './support/test-app.js';

const echo = defineRoute({
  id: 'test.echo',
  method: 'POST',
  path: '/test/echo/:n',
  summary: 'echo',
  auth: 'public',
  idempotent: false,
  params: z.object({ n: z.coerce.number().int() }),
  body: z.object({ word: z.string().max(10) }),
  status: 201,
  response: z.object({ word: z.string(), n: z.number(), calls: z.number() }),
  errors: [],
});
const boom = defineRoute({
  id: 'test.boom',
  method: 'GET',
  path: '/test/boom',
  summary: 'boom',
  auth: 'public',
  idempotent: true,
  status: 200,
  response: z.object({}),
  errors: [],
});
const wrongShape = defineRoute({
  ...boom,
  id: 'test.wrongShape',
  path: '/test/wrong-shape',
  response: z.object({ a: z.string() }),
});
const slow = defineRoute({ ...echo, id: 'test.slow', path: '/test/slow/:n' });
const domain = defineRoute({ ...boom, id: 'test.domain', path: '/test/domain', errors: ['PROBLEM_NOT_FOUND'] });
const busy = defineRoute({
  ...boom,
  id: 'test.busy',
  path: '/test/busy/:code',
  params: z.object({ code: z.enum(['RATE_LIMITED', 'UNAVAILABLE', 'JUDGE_UNAVAILABLE', 'OWN_WAIT']) }),
  errors: ['RATE_LIMITED', 'UNAVAILABLE', 'JUDGE_UNAVAILABLE'],
});

describe.each(await storageKinds())('route machinery on %s', (kind) => {
  let sql: Sql;
  let app: FastifyInstance;
  let calls = 0;
  let releaseSlow: () => void = () => {};

  beforeAll(async () => {
    sql = await openTestSql(kind);
    app = await buildTestApp(sql, { bodyLimit: 64 * 1024 });
    registerRoute(app, echo, ({ params, body }) => {
      calls += 1;
      return { word: body.word, n: params.n, calls };
    });
    registerRoute(app, boom, () => {
      throw new Error('secret internals at /srv/app.ts:12');
    });
    registerRoute(app, wrongShape, () => ({ a: 1 }) as unknown as { a: string });
    registerRoute(app, domain, () => {
      throw new DomainError('PROBLEM_NOT_FOUND', { slug: 'nope' });
    });
    registerRoute(app, busy, ({ params }) => {
      if (params.code !== 'OWN_WAIT') throw new DomainError(params.code);
      throw new DomainError('UNAVAILABLE', undefined, { headers: { 'retry-after': '42' } });
    });
    registerRoute(app, slow, async ({ body, params }) => {
      await new Promise<void>((resolve) => {
        releaseSlow = resolve;
      });
      return { word: body.word, n: params.n, calls: 0 };
    });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await sql?.close();
  });

  describe('request ids', () => {
    it('generates a request id when none is sent and echoes it', async () => {
      const res = await app.inject({ method: 'GET', url: '/healthz' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('echoes a well-formed client request id and puts it in error envelopes', async () => {
      const res = await app.inject({ method: 'GET', url: '/nowhere', headers: { 'x-request-id': 'client-123.abc' } });
      expect(res.headers['x-request-id']).toBe('client-123.abc');
      expect(res.json().error).toMatchObject({ code: 'ROUTE_NOT_FOUND', requestId: 'client-123.abc' });
    });

    it('replaces a malformed request id instead of logging it', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { 'x-request-id': 'bad id\twith spaces' },
      });
      expect(res.headers['x-request-id']).not.toContain(' ');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('errors', () => {
    it('answers an unknown error with INTERNAL and no stack or message leak', async () => {
      const res = await app.inject({ method: 'GET', url: '/test/boom' });
      expect(res.statusCode).toBe(500);
      const body = errorEnvelopeSchema.parse(res.json());
      expect(body.error.code).toBe('INTERNAL');
      expect(res.body).not.toContain('secret internals');
      expect(res.body).not.toContain('app.ts');
    });

    it('maps a DomainError to its registered status with details', async () => {
      const res = await app.inject({ method: 'GET', url: '/test/domain' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'PROBLEM_NOT_FOUND', details: { slug: 'nope' } });
    });

    it("sends Retry-After on every 429 and 503: the thrower's own wait, else the one for its cause", async () => {
      const waits: Record<string, string> = {};
      for (const code of ['RATE_LIMITED', 'UNAVAILABLE', 'JUDGE_UNAVAILABLE', 'OWN_WAIT']) {
        const res = await app.inject({ method: 'GET', url: `/test/busy/${code}` });
        expect(res.statusCode).toBe(code === 'RATE_LIMITED' ? 429 : 503);
        waits[code] = String(res.headers['retry-after']);
      }
      expect(waits).toEqual({ RATE_LIMITED: '1', UNAVAILABLE: '5', JUDGE_UNAVAILABLE: '3', OWN_WAIT: '42' });
      const notFound = await app.inject({ method: 'GET', url: '/test/domain' });
      expect(notFound.headers['retry-after']).toBeUndefined();
    });

    it('lists invalid fields with their paths as VALIDATION_FAILED', async () => {
      const res = await app.inject({ method: 'POST', url: '/test/echo/1', payload: { word: 42 } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details.issues[0].path).toBe('body.word');
      const params = await app.inject({ method: 'POST', url: '/test/echo/x', payload: { word: 'a' } });
      expect(params.json().error.details.issues[0].path).toBe('params.n');
    });

    it('rejects malformed JSON with MALFORMED_JSON', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/test/echo/1',
        headers: { 'content-type': 'application/json' },
        payload: '{"word": ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('MALFORMED_JSON');
    });

    it('rejects a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/test/echo/1',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ word: 'x'.repeat(100 * 1024) }),
      });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('rejects an unsupported content type with 415', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/test/echo/1',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'word=a',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('rejects NUL characters anywhere in the input with VALIDATION_FAILED and the field path', async () => {
      const res = await app.inject({ method: 'POST', url: '/test/echo/1', payload: { word: 'a\u0000b' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { issues: [{ path: 'body.word' }] },
      });
    });

    it('answers an over-long path parameter with the error envelope', async () => {
      const res = await app.inject({ method: 'POST', url: `/test/echo/${'9'.repeat(500)}`, payload: { word: 'a' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    });

    it('fails a response that does not match its descriptor when validation is on', async () => {
      const res = await app.inject({ method: 'GET', url: '/test/wrong-shape' });
      expect(res.statusCode).toBe(500);
      expect(res.json().error.code).toBe('INTERNAL');
    });
  });

  describe('idempotency keys', () => {
    it('replays the first response for the same key and body without running the handler again', async () => {
      const first = await app.inject({
        method: 'POST',
        url: '/test/echo/7',
        headers: { 'idempotency-key': 'k-replay' },
        payload: { word: 'hi' },
      });
      const second = await app.inject({
        method: 'POST',
        url: '/test/echo/7',
        headers: { 'idempotency-key': 'k-replay' },
        payload: { word: 'hi' },
      });
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.json()).toEqual(first.json());
      expect(second.headers['idempotent-replayed']).toBe('true');
    });

    it('answers 409 IDEMPOTENCY_KEY_REUSED for the same key with another body', async () => {
      await app.inject({
        method: 'POST',
        url: '/test/echo/1',
        headers: { 'idempotency-key': 'k2' },
        payload: { word: 'a' },
      });
      const res = await app.inject({
        method: 'POST',
        url: '/test/echo/1',
        headers: { 'idempotency-key': 'k2' },
        payload: { word: 'b' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it("scopes an anonymous caller's keys to its client address, so two clients reusing a key do not collide", async () => {
      const post = (remoteAddress: string, word: string) =>
        app.inject({
          method: 'POST',
          url: '/test/echo/3',
          remoteAddress,
          headers: { 'idempotency-key': 'login-1' },
          payload: { word },
        });
      const a = await post('198.51.100.1', 'a');
      const b = await post('198.51.100.2', 'b');
      expect(a.statusCode).toBe(201);
      expect(b.statusCode).toBe(201);
      expect(b.json().word).toBe('b');
      expect(b.headers['idempotent-replayed']).toBeUndefined();
      // The same body from a third client runs afresh instead of replaying the first client's answer.
      const c = await post('198.51.100.3', 'a');
      expect(c.headers['idempotent-replayed']).toBeUndefined();
      expect(c.json().calls).not.toBe(a.json().calls);
      // Within one client the key still means what it did.
      expect((await post('198.51.100.1', 'a')).headers['idempotent-replayed']).toBe('true');
      const reused = await post('198.51.100.1', 'z');
      expect(reused.statusCode).toBe(409);
      expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('answers 409 IDEMPOTENCY_KEY_IN_PROGRESS while the first request is still running', async () => {
      const first = app.inject({
        method: 'POST',
        url: '/test/slow/1',
        headers: { 'idempotency-key': 'k3' },
        payload: { word: 'a' },
      });
      // Wait until the first request holds the key.
      for (let i = 0; i < 200; i += 1) {
        const held = await sql.query(`SELECT 1 FROM idempotency_keys WHERE idem_key = 'k3'`);
        if (held.rowCount === 1) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      const second = await app.inject({
        method: 'POST',
        url: '/test/slow/1',
        headers: { 'idempotency-key': 'k3' },
        payload: { word: 'a' },
      });
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
      expect(second.headers['retry-after']).toBe('1');
      releaseSlow();
      expect((await first).statusCode).toBe(201);
    });

    it('does not store a failed validation, so the key stays usable', async () => {
      const bad = await app.inject({
        method: 'POST',
        url: '/test/echo/1',
        headers: { 'idempotency-key': 'k4' },
        payload: { word: 1 },
      });
      expect(bad.statusCode).toBe(400);
      const good = await app.inject({
        method: 'POST',
        url: '/test/echo/1',
        headers: { 'idempotency-key': 'k4' },
        payload: { word: 'ok' },
      });
      expect(good.statusCode).toBe(201);
    });

    it('stores replayable responses encrypted, so tokens never sit in the table in clear', async () => {
      const payload = {
        email: `idem-${kind}@example.test`,
        username: `idem-${kind}`,
        password: 'long-enough-password',
      };
      const headers = { 'idempotency-key': `register-${kind}` };
      const first = await app.inject({ method: 'POST', url: '/v1/auth/register', headers, payload });
      const again = await app.inject({ method: 'POST', url: '/v1/auth/register', headers, payload });
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.json().tokens.refreshToken).toBe(first.json().tokens.refreshToken);
      const stored = await sql.query<{ response_body: string }>(
        `SELECT response_body FROM idempotency_keys WHERE idem_key = $1`,
        [`register-${kind}`],
      );
      expect(stored.rows[0]?.response_body).toMatch(/^v1\./);
      expect(stored.rows[0]?.response_body).not.toContain(first.json().tokens.refreshToken);
      expect(stored.rows[0]?.response_body).not.toContain(payload.email);
    });

    it('purges records whose replay window has passed', async () => {
      await sql.query(
        `INSERT INTO idempotency_keys (scope, idem_key, route_id, request_hash, state, locked_until, expires_at)
         VALUES ('anonymous', 'old-key', 'test.echo', 'h', 'completed', NOW(), NOW() - INTERVAL '1 day')`,
      );
      expect(await purgeExpiredIdempotencyKeys(app.avantika)).toBeGreaterThanOrEqual(1);
      const left = await sql.query(`SELECT 1 FROM idempotency_keys WHERE idem_key = 'old-key'`);
      expect(left.rows).toHaveLength(0);
    });

    it('rejects a malformed key', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/test/echo/1',
        headers: { 'idempotency-key': 'x'.repeat(300) },
        payload: { word: 'a' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    });
  });
});
