import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqlDocumentStore } from '../src/adapters/documents/sql-document-store.js';
import { createRedisKv } from '../src/adapters/kv/redis-kv.js';
import type { Sql } from '../src/adapters/sql/sql.js';
import { createProblemDocuments } from '../src/modules/content/content-documents.js';
import { importContent } from '../src/modules/content/import-service.js';
import { STATUS_CACHE_TTL_MS } from '../src/modules/problems/problem-status-cache.js';
import { postgresAvailable } from './support/postgres-available.js';
import { bearer, importPracticeContent, registerUser } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

const pg = await postgresAvailable();

interface Summary {
  id: string;
  slug: string;
  title: string;
  status: string;
  totalSubmissions: number;
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg.ok)(`problem list cache and ETags on ${kind}`, () => {
    let sql: Sql;
    let app: FastifyInstance;
    let now = Date.now();
    let alice: { token: string; id: string };

    beforeAll(async () => {
      sql = await openTestSql(kind);
      await importPracticeContent(sql);
      // No judge: submissions are stored and their verdicts written by the test, as a remote worker would.
      app = await buildTestApp(sql, { clock: () => new Date(now), practice: { enqueue: async () => {} } });
      alice = await registerUser(app, 'alice');
    });
    afterAll(async () => {
      await app?.close();
      await sql?.close();
    });

    const get = (url: string, headers: Record<string, string> = {}, token = alice.token) =>
      app.inject({ method: 'GET', url, headers: { ...bearer(token), ...headers } });
    const list = async (token = alice.token) =>
      (await get('/v1/problems?limit=100', {}, token)).json().data as Summary[];
    const find = (items: Summary[], slug: string) => items.find((p) => p.slug === slug) as Summary;

    it('sends a strong ETag with private, no-cache and answers a matching If-None-Match with an empty 304', async () => {
      const first = await get('/v1/problems?limit=100');
      expect(first.statusCode).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const again = await get('/v1/problems?limit=100', { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect((await get('/v1/problems?limit=100', { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
      expect((await get('/v1/problems?limit=100', { 'if-none-match': '"other"' })).statusCode).toBe(200);
      expect((await get('/v1/problems?limit=2', { 'if-none-match': etag })).statusCode).toBe(200);
    });

    it('gives a problem and the daily problem ETags too, and still checks the caller before a 304', async () => {
      const first = await get('/v1/problems/two-sum');
      expect(first.statusCode).toBe(200);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const etag = String(first.headers.etag);
      expect((await get('/v1/problems/two-sum', { 'if-none-match': etag })).statusCode).toBe(304);
      const daily = await get('/v1/problems/daily?date=2026-12-03');
      expect(
        (await get('/v1/problems/daily?date=2026-12-03', { 'if-none-match': String(daily.headers.etag) })).statusCode,
      ).toBe(304);
      const anonymous = await app.inject({
        method: 'GET',
        url: '/v1/problems/two-sum',
        headers: { 'if-none-match': etag },
      });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
    });

    it("tracks the caller's statuses in the Kv sets as submissions and accepted verdicts commit", async () => {
      const before = await get('/v1/problems?limit=100');
      expect(find(before.json().data, 'two-sum').status).toBe('todo');
      const created = await app.inject({
        method: 'POST',
        url: '/v1/submissions',
        headers: bearer(alice.token),
        payload: { problemSlug: 'two-sum', language: 'python', code: 'class Solution: pass' },
      });
      expect(created.statusCode, created.body).toBe(202);
      const attempted = await get('/v1/problems?limit=100', { 'if-none-match': String(before.headers.etag) });
      expect(attempted.statusCode).toBe(200);
      expect(find(attempted.json().data, 'two-sum').status).toBe('attempted');

      // A worker elsewhere writes the verdict; the server's verdict hooks then update the sets and the catalog.
      await sql.query(`UPDATE code_submissions SET status = 'accepted', judged_at = NOW() WHERE id = $1`, [
        created.json().id,
      ]);
      await app.practice.submissions.sweepVerdictHooks();
      const solved = find(await list(), 'two-sum');
      expect(solved.status).toBe('solved');
      expect(solved.totalSubmissions).toBe(1);
      expect(await app.avantika.kv.smembers(`problems:solved:${alice.id}`)).toEqual([solved.id]);
      const bob = await registerUser(app, 'bob');
      expect(find(await list(bob.token), 'two-sum').status).toBe('todo');
    });

    it('fills a missing status set from the database once the in-process snapshot lapses', async () => {
      await app.avantika.kv.del(`problems:solved:${alice.id}`, `problems:attempted:${alice.id}`);
      // The in-process Kv is written only through the status cache, so its snapshot still answers ...
      expect(find(await list(), 'two-sum').status).toBe('solved');
      expect(await app.avantika.kv.ttl(`problems:attempted:${alice.id}`)).toBe(-2);
      // ... until it lapses with the sets' TTL; then the sets are read again, found missing and refilled.
      now += STATUS_CACHE_TTL_MS + 1;
      expect(find(await list(), 'two-sum').status).toBe('solved');
      expect(await app.avantika.kv.ttl(`problems:attempted:${alice.id}`)).toBeGreaterThan(0);
    });

    it('serves the catalog from memory until a content import in this process commits', async () => {
      await list();
      // A change made behind the server's back (another process) waits for the cache TTL ...
      await sql.query(`UPDATE problems SET title = 'Two Sum, renamed' WHERE slug = 'two-sum'`);
      expect(find(await list(), 'two-sum').title).toBe('Two Sum');
      // ... while an import in this process (even one that changes nothing) re-reads the catalog once it commits.
      const docs = createProblemDocuments(createSqlDocumentStore(sql), sql);
      const topics = readFileSync(new URL('../../../content/topics.yaml', import.meta.url), 'utf8');
      const committed = await importContent(sql, docs, { files: { 'topics.yaml': topics } });
      expect(committed.issues).toEqual([]);
      expect(find(await list(), 'two-sum').title).toBe('Two Sum, renamed');
    });

    it('still rejects a cached access token once it expires', async () => {
      const carol = await registerUser(app, 'carol');
      expect((await get('/v1/problems?limit=1', {}, carol.token)).statusCode).toBe(200);
      now += 16 * 60_000;
      const res = await get('/v1/problems?limit=1', {}, carol.token);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('TOKEN_EXPIRED');
    });
  });
}

const redisUrl = process.env.REDIS_URL;
describe.skipIf(!redisUrl && process.env.CI !== 'true')('problem statuses in Redis', () => {
  it('shares the status sets between two servers, so a submission on one shows on the other', async () => {
    if (!redisUrl) throw new Error('CI=true but REDIS_URL is not set');
    const sql = await openTestSql('pglite');
    await importPracticeContent(sql);
    const kv = createRedisKv({ url: redisUrl, keyPrefix: `test:status:${process.pid}:${Date.now()}:` });
    const practice = { enqueue: async () => {} };
    const a = await buildTestApp(sql, { kv, practice });
    const b = await buildTestApp(sql, { kv, practice });
    let userId = '';
    try {
      const user = await registerUser(a, 'dana');
      userId = user.id;
      const statusOn = async (app: FastifyInstance) => {
        const res = await app.inject({ method: 'GET', url: '/v1/problems?limit=100', headers: bearer(user.token) });
        return (res.json().data as Summary[]).find((p) => p.slug === 'two-sum')?.status;
      };
      expect(await statusOn(b)).toBe('todo');
      const created = await a.inject({
        method: 'POST',
        url: '/v1/submissions',
        headers: bearer(user.token),
        payload: { problemSlug: 'two-sum', language: 'python', code: 'class Solution: pass' },
      });
      expect(created.statusCode, created.body).toBe(202);
      expect(await statusOn(b)).toBe('attempted');
      expect(await kv.ttl(`problems:attempted:${userId}`)).toBeGreaterThan(0);
    } finally {
      await kv.del(`problems:solved:${userId}`, `problems:attempted:${userId}`);
      await a.close();
      await b.close();
      await kv.close();
      await sql.close();
    }
  }, 60_000);
});
