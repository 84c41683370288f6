import { Writable } from 'node:stream';
import type { AuthSession } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisKv } from '../src/adapters/kv/redis-kv.js';
import type { Sql } from '../src/adapters/sql/sql.js';
import { createLogger } from '../src/http/logger.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug' }, stream) };
}

describe('logging, rate limits, health and metrics', () => {
  let sql: Sql;

  beforeAll(async () => {
    sql = await openTestSql('pglite');
  });
  afterAll(async () => {
    await sql?.close();
  });

  it('never writes passwords, tokens or authorization headers to the log', async () => {
    const { lines, logger } = captureLogs();
    const app = await buildTestApp(sql, { logger });
    const password = 'correct-horse-battery-staple';
    const reg = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: 'logs@example.test', username: 'logs-user', password },
    });
    const session = reg.json() as AuthSession;
    await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${session.tokens.accessToken}` },
    });
    await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      headers: { cookie: 'session=cookie-secret-value' },
      payload: { refreshToken: session.tokens.refreshToken },
    });
    await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { login: 'logs-user', password: 'wrong-password-1' },
    });
    logger.info({ body: { password, refreshToken: session.tokens.refreshToken }, user: { token: 'tok-secret' } }, 'x');
    await app.close();
    const text = lines.join('');
    expect(lines.length).toBeGreaterThan(5);
    expect(text).toContain('[redacted]');
    expect(text).toContain('incoming request');
    for (const secret of [password, 'wrong-password-1', session.tokens.accessToken, session.tokens.refreshToken]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('cookie-secret-value');
    expect(text).not.toContain('tok-secret');
  });

  it('logs 5xx at error with the stack and 4xx at info, both with the request id', async () => {
    const { lines, logger } = captureLogs();
    const app = await buildTestApp(sql, { logger });
    await app.inject({ method: 'GET', url: '/v1/me', headers: { 'x-request-id': 'trace-401' } });
    await app.close();
    const rejected = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request rejected');
    expect(rejected).toMatchObject({ level: 30, code: 'UNAUTHENTICATED', requestId: 'trace-401' });
  });

  it('rate-limits login in memory with 429 RATE_LIMITED and Retry-After', async () => {
    const app = await buildTestApp(sql, { rateLimit: { points: 3, durationSeconds: 60 } });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<FastifyInstance['inject']>> | undefined;
    for (let i = 0; i < 5; i += 1) {
      last = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { login: 'nobody', password: 'x' } });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(last?.json().error.code).toBe('RATE_LIMITED');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    await app.close();
  });

  it('answers /healthz, /readyz per dependency and 503 when a required dependency is down', async () => {
    const app = await buildTestApp(sql, {
      readinessChecks: [
        { name: 'judge', required: true, check: async () => false },
        { name: 'search', required: false, check: async () => true },
      ],
    });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['retry-after']).toBe('5');
    expect(ready.json()).toMatchObject({
      status: 'unavailable',
      checks: { database: { status: 'up' }, judge: { status: 'down', required: true }, search: { status: 'up' } },
    });
    await app.close();
    const healthy = await buildTestApp(sql);
    const ok = await healthy.inject({ method: 'GET', url: '/readyz' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('ready');
    expect(ok.headers['retry-after']).toBeUndefined();
    await healthy.close();
  });

  it('reports a Redis outage as degraded, not unavailable', async () => {
    // Nothing listens on port 1: the client fails fast and readiness must still be 200.
    const redis = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
    });
    redis.on('error', () => {});
    const app = await buildTestApp(sql, { redis });
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'degraded', checks: { kv: { status: 'degraded', required: false } } });
    await app.close();
    redis.disconnect();
  });

  it('reports a Kv on an unreachable Redis as degraded and gives handlers a working in-process Kv by default', async () => {
    const kv = createRedisKv({ url: 'redis://127.0.0.1:1' });
    const app = await buildTestApp(sql, { kv });
    const res = await app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json().checks.kv).toMatchObject({ status: 'degraded', required: false });
    await app.close();
    await kv.close();
    const plain = await buildTestApp(sql);
    await plain.avantika.kv.set('k', 'v');
    expect(await plain.avantika.kv.get('k')).toBe('v');
    expect(plain.avantika.kv.kind).toBe('memory');
    await plain.close();
  });

  it('exposes request counts by route id and status on /metrics', async () => {
    const app = await buildTestApp(sql);
    await app.inject({ method: 'GET', url: '/healthz' });
    await app.inject({ method: 'GET', url: '/v1/me' });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/avantika_http_requests_total\{route="health.live",method="GET",status="200"\} 1/);
    expect(res.body).toMatch(/avantika_http_requests_total\{route="me.get",method="GET",status="401"\} 1/);
    expect(res.body).toContain('avantika_http_request_duration_seconds_bucket');
    await app.close();
  });

  it('serves the OpenAPI document', async () => {
    const app = await buildTestApp(sql);
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.json().openapi).toBe('3.1.0');
    expect(res.json().paths['/v1/auth/login'].post.operationId).toBe('auth.login');
    await app.close();
  });
});

const redisUrl = process.env.REDIS_URL;
describe.skipIf(!redisUrl && process.env.CI !== 'true')('rate limits on Redis', () => {
  it('shares the login limit through Redis under a per-test key prefix and cleans up', async () => {
    if (!redisUrl) throw new Error('CI=true but REDIS_URL is not set');
    const sql = await openTestSql('pglite');
    const redis = new Redis(redisUrl);
    const keyPrefix = `test:rl:${process.pid}:${Date.now()}`;
    const options = { redis, rateLimit: { points: 2, durationSeconds: 60, keyPrefix } };
    const a = await buildTestApp(sql, options);
    const b = await buildTestApp(sql, options);
    const login = (app: FastifyInstance) =>
      app.inject({ method: 'POST', url: '/v1/auth/login', payload: { login: 'nobody', password: 'x' } });
    expect((await login(a)).statusCode).toBe(401);
    expect((await login(b)).statusCode).toBe(401);
    const third = await login(a);
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
    const keys = await redis.keys(`${keyPrefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    await a.close();
    await b.close();
    redis.disconnect();
    await sql.close();
  });
});
