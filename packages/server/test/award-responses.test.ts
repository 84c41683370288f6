import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kv } from '../src/adapters/kv/kv.js';
import { createMemoryKv } from '../src/adapters/kv/memory-kv.js';
import { createRedisKv } from '../src/adapters/kv/redis-kv.js';
import type { Sql } from '../src/adapters/sql/sql.js';
import { GamificationService } from '../src/modules/gamification/gamification-service.js';
import { PATH_MODULE_XP } from '../src/modules/gamification/levels.js';
import { streakKey } from '../src/modules/gamification/streak-cache.js';
import { deleteRedisKeys, redisAvailable } from '../src/testing.js';
import { postgresAvailable } from './support/postgres-available.js';
import { bearer, importPracticeContent, registerUser } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

const pg = await postgresAvailable();

const hasRedis = await redisAvailable('the Redis run of the award responses (PostgreSQL caches streaks in process)');

/** The data of each SSE event frame of a body. */
const frames = (body: string) =>
  body
    .split('\n\n')
    .filter((block) => block.includes('event: '))
    .map((block) => JSON.parse(block.match(/^data: (.*)$/m)?.[1] ?? '{}') as Record<string, unknown>);

for (const kind of ['pglite', 'postgres'] as const) {
  // PGlite runs with the in-process Kv, PostgreSQL with real Redis (a random key prefix, deleted afterwards).
  const redisPrefix = kind === 'postgres' && hasRedis ? `avantika_t_${randomBytes(4).toString('hex')}:` : undefined;
  describe.skipIf(kind === 'postgres' && !pg.ok)(`awards in responses on ${kind}`, () => {
    let sql: Sql;
    let kv: Kv;
    let app: FastifyInstance;
    let now = new Date('2026-12-03T12:00:00Z');
    let user: { token: string; id: string };
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      app.inject({ method, url, headers: bearer(user.token), ...(payload ? { payload } : {}) });

    /** Submits, then writes the verdict and its event the way a judge on another machine does (no server hooks). */
    const judgedElsewhere = async (status: 'accepted' | 'wrong_answer') => {
      const res = await call('POST', '/v1/submissions', {
        problemSlug: 'climbing-stairs',
        language: 'python',
        code: 'x',
      });
      const id = res.json().id as string;
      await sql.query(
        `UPDATE code_submissions SET status = $2, verdict = $2, test_cases_passed = 1, judged_at = NOW() WHERE id = $1`,
        [id, status],
      );
      await sql.query(`INSERT INTO submission_events (submission_id, type, payload) VALUES ($1, 'verdict', $2)`, [
        id,
        JSON.stringify({ type: 'verdict', result: { verdict: status, passed: 1, total: 1 } }),
      ]);
      return id;
    };

    beforeAll(async () => {
      sql = await openTestSql(kind);
      await importPracticeContent(sql);
      await sql.query(
        `INSERT INTO badges (slug, name, criteria, xp_reward) VALUES
         ('r-path', 'Pathfinder', '{"kind":"path_complete"}', 150), ('r-ace', 'Ace', '{"kind":"quiz_perfect"}', 40)`,
      );
      kv = redisPrefix
        ? createRedisKv({ url: process.env.REDIS_URL as string, keyPrefix: redisPrefix })
        : createMemoryKv({ now: () => now.getTime() });
      app = await buildTestApp(sql, {
        clock: () => now,
        kv,
        accessTokenTtlSeconds: 30 * 24 * 3600,
        practice: { enqueue: async () => {}, pollMs: 50 },
      });
      user = await registerUser(app, 'awardee');
    });
    afterAll(async () => {
      await app?.close();
      await kv?.close();
      if (redisPrefix) await deleteRedisKeys(redisPrefix);
      await sql?.close();
    });

    it('carries the award on the SSE verdict and GET, the same on replay, for a verdict judged elsewhere', async () => {
      expect((await call('POST', '/v1/paths/second-path/enroll')).statusCode).toBe(200);
      const id = await judgedElsewhere('accepted');
      // The stream runs the verdict hooks the sweeper has not run yet (once: the sweeper then finds nothing to do).
      const verdict = frames((await call('GET', `/v1/submissions/${id}/events`)).body).at(-1) as {
        award: Record<string, unknown>;
      };
      expect(await app.practice.submissions.sweepVerdictHooks()).toBe(0);
      const ledger = await sql.query<{ source_key: string; xp: number }>(
        `SELECT source_key, xp FROM xp_events WHERE user_id = $1 ORDER BY source_key`,
        [user.id],
      );
      const total = ledger.rows.reduce((sum, r) => sum + r.xp, 0);
      expect(ledger.rows.map((r) => r.source_key.split(':')[0])).toEqual(
        expect.arrayContaining(['badge', 'path_module', 'solve']),
      );
      expect(verdict.award).toEqual({
        xpGained: total,
        xpTotal: total,
        level: expect.any(Number),
        leveledUp: true,
        streak: 1,
        badges: [
          { slug: 'r-path', name: 'Pathfinder', xpReward: 150, reason: 'completed the learning path second-path' },
        ],
      });
      expect((await call('GET', `/v1/submissions/${id}`)).json().award).toEqual(verdict.award);
      const replay = frames((await call('GET', `/v1/submissions/${id}/events`)).body).at(-1);
      expect(replay?.award).toEqual(verdict.award);
      const listed = (await call('GET', '/v1/submissions')).json().data[0];
      expect(listed).toMatchObject({ id, award: verdict.award });
    });

    it('awards nothing new for a re-solve and null for a rejected verdict', async () => {
      const again = await judgedElsewhere('accepted');
      await app.practice.submissions.sweepVerdictHooks();
      expect((await call('GET', `/v1/submissions/${again}`)).json().award).toMatchObject({
        xpGained: 0,
        leveledUp: false,
        streak: 1,
        badges: [],
      });
      const wrong = await judgedElsewhere('wrong_answer');
      expect(frames((await call('GET', `/v1/submissions/${wrong}/events`)).body).at(-1)?.award).toBeNull();
      await app.practice.submissions.sweepVerdictHooks();
      expect((await call('GET', `/v1/submissions/${wrong}`)).json().award).toBeNull();
    });

    it('answers the award when a quiz is finished and repeats it on a second finish and a read', async () => {
      const quiz = (await call('POST', '/v1/quizzes', { set: 'sorting-basics', count: 7 })).json();
      expect(quiz.award).toBeNull();
      for (const q of quiz.questions as { index: number; multiSelect: boolean }[]) {
        await call('POST', `/v1/quizzes/${quiz.id}/answers`, {
          index: q.index,
          selected: q.multiSelect ? [1, 2] : [1],
        });
      }
      const done = await call('POST', `/v1/quizzes/${quiz.id}/finish`);
      expect(done.statusCode, done.body).toBe(200);
      const award = done.json().award;
      // 7 right answers × 5 XP + 10 for a perfect quiz, and the quiz_perfect badge's 40.
      expect(award).toMatchObject({ xpGained: 35 + 10 + 40, streak: 1 });
      expect(award.badges.map((b: { slug: string }) => b.slug)).toEqual(['r-ace']);
      expect((await call('POST', `/v1/quizzes/${quiz.id}/finish`)).json().award).toEqual(award);
      expect((await call('GET', `/v1/quizzes/${quiz.id}`)).json().award).toEqual(award);
    });

    it('serves GET /v1/me/streak from the streak hash, read against today, and rebuilds it after a zone change', async () => {
      expect(await kv.hgetall(streakKey(user.id))).toEqual({
        current: '1',
        longest: '1',
        lastDate: '2026-12-03',
        freezes: '0',
        timezone: 'UTC',
      });
      // A change made behind the cache's back shows that reads come from the hash.
      await sql.query(`UPDATE user_gamification SET streak_longest = 9 WHERE user_id = $1`, [user.id]);
      expect((await call('GET', '/v1/me/streak')).json()).toMatchObject({ current: 1, longest: 1, todayDone: true });
      now = new Date('2026-12-04T12:00:00Z');
      expect((await call('GET', '/v1/me/streak')).json()).toMatchObject({
        current: 1,
        todayDone: false,
        today: '2026-12-04',
      });
      now = new Date('2026-12-05T12:00:00Z');
      expect((await call('GET', '/v1/me/streak')).json()).toMatchObject({ current: 0, longest: 1 });
      expect((await call('PATCH', '/v1/me', { timezone: 'Asia/Tokyo' })).statusCode).toBe(200);
      expect(await kv.exists(streakKey(user.id))).toBe(false);
      expect((await call('GET', '/v1/me/streak')).json()).toMatchObject({ longest: 9, timezone: 'Asia/Tokyo' });
      expect(await kv.hget(streakKey(user.id), 'timezone')).toBe('Asia/Tokyo');
    });

    it('writes the streak hash only once the award commits, never for a rolled-back one', async () => {
      const service = new GamificationService({ sql, kv, clock: () => now });
      const problem = await sql.query<{ id: string }>(`SELECT id FROM problems WHERE slug = 'two-sum'`);
      await kv.del(streakKey(user.id));
      await expect(
        sql.transaction(async (tx) => {
          await service.awardSolve(tx, user.id, problem.rows[0]?.id as string);
          throw new Error('the verdict transaction fails');
        }),
      ).rejects.toThrow('the verdict transaction fails');
      expect(await kv.exists(streakKey(user.id))).toBe(false);
      await sql.transaction((tx) => service.awardSolve(tx, user.id, problem.rows[0]?.id as string));
      expect(await kv.hget(streakKey(user.id), 'lastDate')).toBe('2026-12-05');
    });

    it('carries the award when enrolling or reading an article completes a module, and null when nothing is new', async () => {
      const reader = await registerUser(app, 'reader');
      const as = (url: string) => app.inject({ method: 'POST', url, headers: bearer(reader.token) });
      // Done before enrolling: practice-path's first module but its article, and second-path's only problem.
      await sql.query(
        `INSERT INTO code_submissions (user_id, problem_id, language, code, status, hooks_done_at)
         SELECT $1, id, 'python', 'x', 'accepted', NOW() FROM problems WHERE slug IN ('two-sum', 'climbing-stairs')`,
        [reader.id],
      );
      await sql.query(
        `INSERT INTO quiz_attempts (user_id, source_kind, source_ref, seed, questions, question_count, status,
           score_correct, finished_at) VALUES ($1, 'set', 'sorting-basics', 1, '[]', 7, 'finished', 7, NOW())`,
        [reader.id],
      );
      const enrolled = await as('/v1/paths/second-path/enroll');
      expect(enrolled.statusCode, enrolled.body).toBe(200);
      // The module, the path_complete badge, and the quiz_perfect badge the earlier perfect quiz qualifies for.
      const award = enrolled.json().award;
      expect(award).toMatchObject({ xpGained: PATH_MODULE_XP + 150 + 40, xpTotal: PATH_MODULE_XP + 150 + 40 });
      expect(award.badges.map((b: { slug: string }) => b.slug).sort()).toEqual(['r-ace', 'r-path']);
      expect((await as('/v1/paths/second-path/enroll')).json().award).toBeNull();
      expect((await as('/v1/paths/practice-path/enroll')).json().award).toBeNull();
      const path = await app.inject({ method: 'GET', url: '/v1/paths/practice-path', headers: bearer(reader.token) });
      const article = (path.json().modules[0].items as { id: string; kind: string }[]).find(
        (i) => i.kind === 'article',
      );
      const read = await as(`/v1/paths/practice-path/items/${article?.id}/complete`);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json()).toMatchObject({ slug: 'practice-path', award: { xpGained: PATH_MODULE_XP, badges: [] } });
      expect(read.json().modules[0].status).toBe('completed');
      expect((await as(`/v1/paths/practice-path/items/${article?.id}/complete`)).json().award).toBeNull();
    });

    it('never awards, counts a streak day or marks solved for an accepted run (mode run)', async () => {
      const runner = await registerUser(app, 'runner');
      const problem = await sql.query<{ id: string; version: string }>(
        `SELECT id, current_version_id AS version FROM problems WHERE slug = 'climbing-stairs'`,
      );
      // A run queued through the judge and judged elsewhere: its hooks are left to the sweeper, as for a submission.
      const run = await sql.query<{ id: string }>(
        `INSERT INTO code_submissions (user_id, problem_id, problem_version_id, language, code, status, verdict, mode,
           test_cases_passed, test_cases_total, judged_at)
         VALUES ($1, $2, $3, 'python', 'x', 'accepted', 'accepted', 'run', 1, 1, NOW()) RETURNING id`,
        [runner.id, problem.rows[0]?.id, problem.rows[0]?.version],
      );
      expect(await app.practice.submissions.sweepVerdictHooks()).toBeGreaterThanOrEqual(1);
      const hooked = await sql.query<{ hooks_done_at: Date | null; award: unknown }>(
        `SELECT hooks_done_at, award FROM code_submissions WHERE id = $1`,
        [run.rows[0]?.id],
      );
      expect(hooked.rows[0]?.hooks_done_at).not.toBeNull();
      expect(hooked.rows[0]?.award).toBeNull();
      const counted = await sql.query<{ xp: number; days: number }>(
        `SELECT (SELECT COUNT(*) FROM xp_events WHERE user_id = $1)::int AS xp,
                (SELECT COUNT(*) FROM streak_days WHERE user_id = $1)::int AS days`,
        [runner.id],
      );
      expect(counted.rows[0]).toEqual({ xp: 0, days: 0 });
      const headers = bearer(runner.token);
      const stats = (await app.inject({ method: 'GET', url: '/v1/me/stats', headers })).json();
      expect(stats).toMatchObject({ xpTotal: 0, solved: { total: 0 } });
      const listed = await app.inject({ method: 'GET', url: '/v1/problems?status=solved', headers });
      expect(listed.json().data).toEqual([]);
      expect(await kv.smembers(`problems:solved:${runner.id}`)).toEqual([]);
    });
  });
}
