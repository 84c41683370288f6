import type { Award } from '@avantika/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { GamificationService } from '../src/modules/gamification/gamification-service.js';
import { PATH_MODULE_XP } from '../src/modules/gamification/levels.js';
import { PathService } from '../src/modules/paths/service.js';
import { postgresAvailable } from './support/postgres-available.js';
import { openTestSql } from './support/test-app.js';

const pg = await postgresAvailable();

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg.ok)(`path module XP and badges on ${kind}`, () => {
    let sql: Sql;
    let now = new Date('2026-12-03T12:00:00Z');
    let service: GamificationService;
    let paths: PathService;
    const problem: Record<string, string> = {};
    let users = 0;

    const newUser = async () => {
      users += 1;
      const res = await sql.query<{ id: string }>(
        `INSERT INTO users (email, username, full_name) VALUES ($1, $2, 'Test') RETURNING id`,
        [`aw${users}@example.test`, `aw${users}`],
      );
      return res.rows[0]?.id as string;
    };
    /** What a verdict transaction does: the accepted row, then the award in the same transaction. */
    const accept = (userId: string, name: string) =>
      sql.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO code_submissions (user_id, problem_id, language, code, status) VALUES ($1, $2, 'python', 'x', 'accepted')`,
          [userId, problem[name]],
        );
        return service.awardSolve(tx, userId, problem[name] as string);
      });
    /** What finishing a quiz does: the finished attempt row, then the award in the same transaction. */
    const finishQuiz = (userId: string, set: string, correct: number, total: number, id = crypto.randomUUID()) =>
      sql.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO quiz_attempts (id, user_id, source_kind, source_ref, seed, questions, question_count, status,
             score_correct, finished_at) VALUES ($1, $2, 'set', $3, 1, '[]', $4, 'finished', $5, NOW())
           ON CONFLICT (id) DO NOTHING`,
          [id, userId, set, total, correct],
        );
        const attempt = { id, source: { kind: 'set', slug: set }, score: { correct, total } };
        return (await service.onQuizFinished(tx, attempt as never, userId)) as Award;
      });
    const ledger = async (userId: string, like: string) =>
      (
        await sql.query<{ source_key: string; xp: number }>(
          `SELECT source_key, xp FROM xp_events WHERE user_id = $1 AND source_key LIKE $2 ORDER BY source_key`,
          [userId, like],
        )
      ).rows;
    const badgeRows = async (userId: string, slug: string) =>
      (
        await sql.query<{ reason: string }>(
          `SELECT ub.reason FROM user_badges ub JOIN badges b ON b.id = ub.badge_id WHERE ub.user_id = $1 AND b.slug = $2`,
          [userId, slug],
        )
      ).rows;

    let pathId = '';
    const modules: Record<string, string> = {};
    let articleId = '';

    beforeAll(async () => {
      sql = await openTestSql(kind);
      service = new GamificationService({ sql, clock: () => now });
      paths = new PathService({ sql, onProgress: [service.onPathProgress] });
      for (const name of ['e1', 'h1', 'h2', 'h3', 'p1', 'p2', 'p3', 'p4']) {
        const difficulty = name.startsWith('h') ? 'hard' : 'easy';
        const res = await sql.query<{ id: string }>(
          `INSERT INTO problems (slug, title, difficulty, problem_type) VALUES ($1, $1, $2, 'dsa') RETURNING id`,
          [`aw-${name}`, difficulty],
        );
        problem[name] = res.rows[0]?.id as string;
      }
      await sql.query(`INSERT INTO mcq_sets (slug, title, domain, content_hash) VALUES ('aw-set', 'Set', 'dsa', 'h')`);
      await sql.query(
        `INSERT INTO badges (slug, name, criteria, xp_reward) VALUES
         ('t-hard-2', 'Hard two', '{"kind":"solved_difficulty","difficulty":"hard","count":2}', 70),
         ('t-ace-2', 'Two aces', '{"kind":"quiz_perfect","count":2}', 40),
         ('t-path', 'Pathfinder', '{"kind":"path_complete"}', 150)`,
      );
      const path = await sql.query<{ id: string }>(
        `INSERT INTO learning_paths (slug, title, order_index) VALUES ('aw-path', 'Path', 1) RETURNING id`,
      );
      pathId = path.rows[0]?.id as string;
      await sql.query(`INSERT INTO learning_paths (slug, title, order_index) VALUES ('aw-path-2', 'Path two', 2)`);
      for (const [order, key] of ['empty', 'basics', 'pair', 'quiz'].entries()) {
        const res = await sql.query<{ id: string }>(
          `INSERT INTO path_modules (path_id, title, order_index, module_key) VALUES ($1, $2, $3, $2) RETURNING id`,
          [pathId, key, order],
        );
        modules[key] = res.rows[0]?.id as string;
      }
      const item = (module: string, order: number, kind: string, ref: string, problemId: string | null) =>
        sql.query<{ id: string }>(
          `INSERT INTO path_module_items (module_id, order_index, kind, ref, problem_id, mcq_set_id)
           VALUES ($1, $2, $3::text, $4::text, $5::uuid, (SELECT id FROM mcq_sets WHERE slug = $4::text AND $3::text = 'mcq_set'))
           RETURNING id`,
          [modules[module], order, kind, ref, problemId],
        );
      await item('basics', 0, 'problem', 'aw-p1', problem.p1 as string);
      articleId = (await item('basics', 1, 'article', 'https://example.com/a', null)).rows[0]?.id as string;
      await item('pair', 0, 'problem', 'aw-p2', problem.p2 as string);
      await item('pair', 1, 'problem', 'aw-p3', problem.p3 as string);
      await item('quiz', 0, 'mcq_set', 'aw-set', null);
    });
    afterAll(async () => {
      await sql?.close();
    });

    it('grants a solved_difficulty badge once when the deciding solve arrives twice at the same time', async () => {
      const user = await newUser();
      expect((await accept(user, 'h1')).badges).toEqual([]);
      await accept(user, 'e1');
      const results = await Promise.all([accept(user, 'h2'), accept(user, 'h2')]);
      expect(results.reduce((sum, r) => sum + r.xpGained, 0)).toBe(40 + 70);
      expect(results.flatMap((r) => r.badges.map((b) => b.slug))).toEqual(['t-hard-2']);
      expect(await badgeRows(user, 't-hard-2')).toEqual([{ reason: 'solved 2 hard problems' }]);
      expect(await ledger(user, 'badge:%')).toEqual([{ source_key: 'badge:t-hard-2', xp: 70 }]);
    });

    it('counts perfect quizzes for quiz_perfect and grants it once under a duplicated finish', async () => {
      const user = await newUser();
      await finishQuiz(user, 'other-set', 2, 3);
      expect((await finishQuiz(user, 'other-set', 3, 3)).badges).toEqual([]);
      const id = crypto.randomUUID();
      const results = await Promise.all([
        finishQuiz(user, 'other-set', 4, 4, id),
        finishQuiz(user, 'other-set', 4, 4, id),
      ]);
      // 4 × 5 XP + 10 for a perfect score, once, plus the badge's 40.
      expect(results.reduce((sum, r) => sum + r.xpGained, 0)).toBe(20 + 10 + 40);
      expect(results.flatMap((r) => r.badges.map((b) => b.reason))).toEqual(['2 perfect quizzes']);
      expect(await ledger(user, `quiz:${id}`)).toEqual([{ source_key: `quiz:${id}`, xp: 30 }]);
    });

    it('awards no path module XP to a caller who is not enrolled, and the completed modules on enrolment', async () => {
      const user = await newUser();
      await accept(user, 'p2');
      expect((await accept(user, 'p3')).xpGained).toBe(10);
      expect(await ledger(user, 'path_module:%')).toEqual([]);
      now = new Date('2026-12-04T12:00:00Z');
      await paths.enroll(user, 'aw-path');
      expect(await ledger(user, 'path_module:%')).toEqual([
        { source_key: `path_module:${pathId}:${modules.pair}`, xp: PATH_MODULE_XP },
      ]);
      // Enrolling is not practice: the streak day of 4 December was not counted.
      const days = await sql.query(`SELECT 1 FROM streak_days WHERE user_id = $1 AND local_date = '2026-12-04'`, [
        user,
      ]);
      expect(days.rowCount).toBe(0);
      now = new Date('2026-12-03T12:00:00Z');
    });

    it('enrols one user in two paths at once without the award locks deadlocking', async () => {
      const user = await newUser();
      await accept(user, 'p2');
      await accept(user, 'p3');
      for (let i = 0; i < 3; i += 1) {
        await sql.query(`DELETE FROM path_enrollments WHERE user_id = $1`, [user]);
        await Promise.all([paths.enroll(user, 'aw-path'), paths.enroll(user, 'aw-path-2')]);
      }
      expect(await ledger(user, 'path_module:%')).toHaveLength(1);
    });

    it('awards each module once as its last item is done by a solve, a read article or a passed quiz', async () => {
      const user = await newUser();
      await paths.enroll(user, 'aw-path');
      expect((await accept(user, 'p1')).xpGained).toBe(10);
      await paths.completeArticle(user, 'aw-path', articleId);
      expect(await ledger(user, 'path_module:%')).toEqual([
        { source_key: `path_module:${pathId}:${modules.basics}`, xp: PATH_MODULE_XP },
      ]);
      await paths.completeArticle(user, 'aw-path', articleId);
      expect(await ledger(user, 'path_module:%')).toHaveLength(1);
      // 6 of 10 is under the 70 % pass mark; 7 of 10 passes the MCQ-set item and so the module.
      expect((await finishQuiz(user, 'aw-set', 6, 10)).xpGained).toBe(30);
      expect((await finishQuiz(user, 'aw-set', 7, 10)).xpGained).toBe(35 + PATH_MODULE_XP);
      expect(await ledger(user, `path_module:${pathId}:${modules.quiz}`)).toHaveLength(1);
    });

    it('awards a module finished by two solves committing at once, and path_complete once with its XP', async () => {
      const user = await newUser();
      await paths.enroll(user, 'aw-path');
      await accept(user, 'p1');
      await paths.completeArticle(user, 'aw-path', articleId);
      await finishQuiz(user, 'aw-set', 10, 10);
      // Each transaction alone sees only its own solve; the user lock makes the later one see both.
      const results = await Promise.all([accept(user, 'p2'), accept(user, 'p3')]);
      expect(results.reduce((sum, r) => sum + r.xpGained, 0)).toBe(10 + 10 + PATH_MODULE_XP + 150);
      expect(results.flatMap((r) => r.badges.map((b) => b.slug))).toEqual(['t-path']);
      expect(await ledger(user, 'path_module:%')).toHaveLength(3);
      expect(await badgeRows(user, 't-path')).toEqual([{ reason: 'completed the learning path aw-path' }]);
      // Solving it again writes nothing new.
      expect((await accept(user, 'p3')).xpGained).toBe(0);
      expect(await ledger(user, 'badge:t-path')).toEqual([{ source_key: 'badge:t-path', xp: 150 }]);
    });
  });
}
