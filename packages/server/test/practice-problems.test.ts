import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { pickDailyIndex } from '../src/modules/problems/daily-rule.js';
import { postgresAvailable } from './support/postgres-available.js';
import { bearer, FIXTURE_PROBLEMS, importPracticeContent, registerUser } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

const pg = await postgresAvailable();
const solution = (slug: string, file: string) =>
  readFileSync(new URL(`../../../content/problems/${slug}/solutions/${file}`, import.meta.url), 'utf8');

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg.ok)(`problem routes on ${kind}`, () => {
    let sql: Sql;
    let app: FastifyInstance;
    let alice: { token: string; id: string };
    let bob: { token: string; id: string };

    beforeAll(async () => {
      sql = await openTestSql(kind);
      await importPracticeContent(sql);
      app = await buildTestApp(sql);
      alice = await registerUser(app, 'alice');
      bob = await registerUser(app, 'bob');
    });
    afterAll(async () => {
      await app?.close();
      await sql?.close();
    });

    const get = (url: string, token = alice.token) => app.inject({ method: 'GET', url, headers: bearer(token) });

    it('needs a signed-in caller', async () => {
      const res = await app.inject({ method: 'GET', url: '/v1/problems' });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    });

    it('pages through every coding problem with the opaque cursor, without MCQ questions', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await get(`/v1/problems?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as { data: { slug: string }[]; nextCursor: string | null };
        expect(page.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.data.map((p) => p.slug));
        cursor = page.nextCursor;
      } while (cursor);
      expect([...seen].sort()).toEqual([...FIXTURE_PROBLEMS].sort());
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('rejects a cursor it did not make', async () => {
      const res = await get('/v1/problems?cursor=not-a-cursor');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('INVALID_CURSOR');
    });

    it('filters by difficulty, topic and company', async () => {
      const easy = (await get('/v1/problems?difficulty=easy&limit=100')).json().data as { difficulty: string }[];
      expect(easy.length).toBeGreaterThan(0);
      expect(easy.every((p) => p.difficulty === 'easy')).toBe(true);
      const stack = (await get('/v1/problems?topic=stack')).json().data as { slug: string; topics: string[] }[];
      expect(stack.map((p) => p.slug)).toEqual(['valid-brackets']);
      const amazon = (await get('/v1/problems?company=amazon')).json().data as { companies: string[] }[];
      expect(amazon.length).toBeGreaterThan(0);
      expect(amazon.every((p) => p.companies.includes('amazon'))).toBe(true);
      expect((await get('/v1/problems?topic=no-such-topic')).json().data).toEqual([]);
    });

    it('searches titles, slugs and topics, tolerating a typo', async () => {
      const bySlugWord = (await get('/v1/problems?search=brackets')).json().data as { slug: string }[];
      expect(bySlugWord.map((p) => p.slug)).toContain('valid-brackets');
      const byTopic = (await get('/v1/problems?search=hashing')).json().data as { slug: string }[];
      expect(byTopic.map((p) => p.slug)).toContain('two-sum');
      const typo = (await get('/v1/problems?search=two%20sun')).json().data as { slug: string }[];
      expect(typo.map((p) => p.slug)).toContain('two-sum');
      expect((await get('/v1/problems?search=zzqqxx')).json().data).toEqual([]);
    });

    it("filters by the caller's status: solved, attempted and todo", async () => {
      const ids = await sql.query<{ id: string; slug: string }>(
        `SELECT id, slug FROM problems WHERE slug IN ('two-sum', 'valid-brackets')`,
      );
      const id = (slug: string) => ids.rows.find((r) => r.slug === slug)?.id;
      await sql.query(
        `INSERT INTO code_submissions (user_id, problem_id, language, code, status) VALUES
           ($1, $2, 'python', 'x', 'wrong_answer'), ($1, $2, 'python', 'x', 'accepted'),
           ($1, $3, 'python', 'x', 'wrong_answer')`,
        [alice.id, id('two-sum'), id('valid-brackets')],
      );
      const slugs = async (status: string, token = alice.token) =>
        ((await get(`/v1/problems?status=${status}&limit=100`, token)).json().data as { slug: string }[]).map(
          (p) => p.slug,
        );
      expect(await slugs('solved')).toEqual(['two-sum']);
      expect(await slugs('attempted')).toEqual(['valid-brackets']);
      expect((await slugs('todo')).sort()).toEqual(
        FIXTURE_PROBLEMS.filter((s) => s !== 'two-sum' && s !== 'valid-brackets').sort(),
      );
      expect(await slugs('solved', bob.token)).toEqual([]);
    });

    it('shows a problem with statement, visible cases and starter code for every language', async () => {
      const res = await get('/v1/problems/two-sum');
      expect(res.statusCode, res.body).toBe(200);
      const p = res.json();
      expect(p.slug).toBe('two-sum');
      expect(p.statement.length).toBeGreaterThan(50);
      expect(p.examples.length).toBeGreaterThan(0);
      expect(p.constraints.length).toBeGreaterThan(0);
      expect(p.hintsCount).toBeGreaterThan(0);
      expect(p.visibleCases).toHaveLength(3);
      expect(Object.keys(p.starters).sort()).toEqual(['cpp', 'java', 'javascript', 'python']);
      expect(p.starters.python).toContain('def twoSum');
      expect(p.version).toBe(1);
      expect(JSON.stringify(p)).not.toContain('"hidden');
    });

    it('answers 404 for an unknown slug', async () => {
      const res = await get('/v1/problems/no-such-problem');
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('PROBLEM_NOT_FOUND');
    });

    it('picks the same daily problem for everyone on a date, by the documented rule', async () => {
      const a = (await get('/v1/problems/daily?date=2026-12-03')).json();
      const b = (await get('/v1/problems/daily?date=2026-12-03', bob.token)).json();
      expect(a.problem.slug).toBe(b.problem.slug);
      const sorted = [...FIXTURE_PROBLEMS].sort();
      expect(a.problem.slug).toBe(sorted[pickDailyIndex('2026-12-03', sorted.length)]);
      const today = (await get('/v1/problems/daily')).json();
      expect(today.date).toBe(new Date().toISOString().slice(0, 10));
    });

    it('runs a correct Python solution on the visible cases without recording a submission', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/problems/two-sum/run',
        headers: bearer(alice.token),
        payload: { language: 'python', code: solution('two-sum', 'python.py') },
      });
      expect(res.statusCode, res.body).toBe(200);
      const run = res.json();
      expect(run).toMatchObject({ status: 'accepted', passed: 3, total: 3 });
      expect(run.cases.every((c: { passed: boolean }) => c.passed)).toBe(true);
      const count = await sql.query(`SELECT 1 FROM code_submissions WHERE user_id = $1 AND code <> 'x'`, [alice.id]);
      expect(count.rows).toHaveLength(0);
    });

    it('shows the first failing visible case of a wrong C++ solution with its actual output', async () => {
      const wrong = 'class Solution { public: vector<int> twoSum(vector<int>& nums, int target) { return {0, 0}; } };';
      const res = await app.inject({
        method: 'POST',
        url: '/v1/problems/two-sum/run',
        headers: bearer(alice.token),
        payload: { language: 'cpp', code: wrong },
      });
      expect(res.statusCode, res.body).toBe(200);
      const run = res.json();
      expect(run.status).toBe('wrong_answer');
      expect(run.passed).toBe(0);
      expect(run.cases[0]).toMatchObject({ index: 0, passed: false, expected: [2, 3], actual: [0, 0] });
    });

    it('gives custom inputs expected outputs from the reference solution', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/problems/two-sum/run',
        headers: bearer(alice.token),
        payload: { language: 'python', code: solution('two-sum', 'python.py'), inputs: [[[3, 5, 10], 15]] },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().cases[0]).toMatchObject({ input: [[3, 5, 10], 15], expected: [1, 2], passed: true });
    });

    it('reports a compile error on a run', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/problems/two-sum/run',
        headers: bearer(alice.token),
        payload: { language: 'cpp', code: 'class Solution { this is not C++ };' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('compile_error');
      expect(res.json().compileOutput.length).toBeGreaterThan(0);
    });

    it('rejects a run with an unknown language or extra fields before judging', async () => {
      for (const payload of [
        { language: 'cobol', code: 'x' },
        { language: 'python', code: 'x', extra: 1 },
      ]) {
        const res = await app.inject({
          method: 'POST',
          url: '/v1/problems/two-sum/run',
          headers: bearer(alice.token),
          payload,
        });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
    });

    it('rate-limits runs per user with Retry-After', async () => {
      const limited = await buildTestApp(sql, {
        practice: { runLimiter: new RateLimiterMemory({ points: 1, duration: 60 }) },
      });
      try {
        const run = () =>
          limited.inject({
            method: 'POST',
            url: '/v1/problems/no-such-problem/run',
            headers: bearer(bob.token),
            payload: { language: 'python', code: 'x' },
          });
        expect((await run()).statusCode).toBe(404);
        const res = await run();
        expect(res.statusCode).toBe(429);
        expect(res.json().error.code).toBe('RATE_LIMITED');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      } finally {
        await limited.close();
      }
    });
  });
}
