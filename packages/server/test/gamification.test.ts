import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { GamificationService } from '../src/modules/gamification/gamification-service.js';
import { LeaderboardService } from '../src/modules/gamification/leaderboard-service.js';
import { rebuildGamification } from '../src/modules/gamification/rebuild-gamification.js';
import { postgresAvailable } from './support/postgres-available.js';
import { bearer } from './support/practice-fixture.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

const pg = await postgresAvailable();

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg.ok)(`gamification on ${kind}`, () => {
    let sql: Sql;
    let now = new Date('2026-12-03T12:00:00Z');
    let service: GamificationService;
    const problems: Record<string, string> = {};
    let users = 0;

    const newUser = async (timezone: string) => {
      users += 1;
      const res = await sql.query<{ id: string }>(
        `INSERT INTO users (email, username, full_name, timezone) VALUES ($1, $2, 'Test', $3) RETURNING id`,
        [`g${users}@example.test`, `g${users}`, timezone],
      );
      return res.rows[0]?.id as string;
    };
    const solve = (userId: string, difficulty = 'medium', index = 0) =>
      sql.transaction((tx) => service.awardSolve(tx, userId, problems[`${difficulty}${index}`] as string));
    const at = (iso: string) => {
      now = new Date(iso);
    };

    beforeAll(async () => {
      sql = await openTestSql(kind);
      service = new GamificationService({ sql, clock: () => now });
      for (const difficulty of ['easy', 'medium', 'hard']) {
        for (let i = 0; i < 3; i += 1) {
          const res = await sql.query<{ id: string }>(
            `INSERT INTO problems (slug, title, difficulty, problem_type) VALUES ($1, $1, $2, 'dsa') RETURNING id`,
            [`g-${difficulty}-${i}`, difficulty],
          );
          problems[`${difficulty}${i}`] = res.rows[0]?.id as string;
        }
      }
      await sql.query(
        `INSERT INTO badges (slug, name, criteria, xp_reward) VALUES
         ('t-first', 'First', '{"kind":"first_solve"}', 25),
         ('t-solved-3', 'Three', '{"kind":"solved_count","count":3}', 30),
         ('t-streak-3', 'Three days', '{"kind":"streak_days","days":3}', 15)`,
      );
    });
    afterAll(async () => {
      await sql?.close();
    });

    it('awards a first solve once even when the same award runs concurrently', async () => {
      const user = await newUser('UTC');
      at('2026-12-03T12:00:00Z');
      const results = await Promise.all(Array.from({ length: 5 }, () => solve(user, 'hard')));
      expect(results.reduce((sum, r) => sum + r.xpGained, 0)).toBe(40 + 25);
      const ledger = await sql.query<{ source_key: string; xp: number }>(
        `SELECT source_key, xp FROM xp_events WHERE user_id = $1 ORDER BY source_key`,
        [user],
      );
      expect(ledger.rows.map((r) => r.xp)).toEqual([25, 40]);
      const badges = await sql.query(`SELECT 1 FROM user_badges WHERE user_id = $1`, [user]);
      expect(badges.rowCount).toBe(1);
      const totals = await sql.query<{ xp: number }>(
        `SELECT xp FROM leaderboard_totals WHERE user_id = $1 AND period = 'alltime'`,
        [user],
      );
      expect(totals.rows[0]?.xp).toBe(65);
    });

    it('gives no XP for re-solving a solved problem and grants count badges with their XP', async () => {
      const user = await newUser('UTC');
      at('2026-12-03T12:00:00Z');
      expect((await solve(user, 'easy', 0)).xpGained).toBe(10 + 25);
      expect((await solve(user, 'easy', 0)).xpGained).toBe(0);
      await solve(user, 'medium', 0);
      const third = await solve(user, 'medium', 1);
      expect(third.xpGained).toBe(20 + 30);
      expect(third.badges.map((b) => b.slug)).toEqual(['t-solved-3']);
      const summary = await sql.query<{ xp_total: number; level: number; badges: string[] }>(
        `SELECT xp_total, level, badges FROM user_gamification WHERE user_id = $1`,
        [user],
      );
      expect(summary.rows[0]).toEqual({ xp_total: 105, level: 2, badges: ['t-first', 't-solved-3'] });
    });

    it('counts a solve before and after local midnight as two streak days and says when today closes', async () => {
      const user = await newUser('America/New_York');
      at('2026-12-03T04:30:00Z'); // 23:30 on 2 December in New York
      expect((await solve(user, 'easy', 0)).streak).toBe(1);
      at('2026-12-03T05:30:00Z'); // 00:30 on 3 December
      expect((await solve(user, 'easy', 1)).streak).toBe(2);
      const streak = await service.streak(user);
      expect(streak).toMatchObject({ current: 2, longest: 2, todayDone: true, today: '2026-12-03' });
      expect(streak.windowClosesAt).toBe('2026-12-04T05:00:00.000Z');
      at('2026-12-05T05:30:00Z'); // 4 December missed, no freeze token
      expect(await service.streak(user)).toMatchObject({ current: 0, longest: 2, todayDone: false });
    });

    it('keeps the streak across the March and November DST changes in New York', async () => {
      const user = await newUser('America/New_York');
      at('2026-03-08T04:00:00Z'); // 23:00 EST on 7 March
      await solve(user, 'easy', 0);
      at('2026-03-08T12:00:00Z'); // 8 March, clocks went forward at 02:00
      expect((await service.streak(user)).windowClosesAt).toBe('2026-03-09T04:00:00.000Z');
      at('2026-03-09T03:30:00Z'); // 23:30 EDT on 8 March
      expect((await solve(user, 'easy', 1)).streak).toBe(2);
      at('2026-11-01T12:00:00Z'); // 1 November, clocks went back at 02:00
      expect(await service.streak(user)).toMatchObject({
        today: '2026-11-01',
        windowClosesAt: '2026-11-02T05:00:00.000Z',
      });
    });

    it('applies a time-zone change going forward without breaking the streak', async () => {
      const user = await newUser('Asia/Tokyo');
      at('2026-12-10T14:00:00Z'); // 23:00 on 10 December in Tokyo
      await solve(user, 'easy', 0);
      await sql.query(`UPDATE users SET timezone = 'America/Los_Angeles' WHERE id = $1`, [user]);
      at('2026-12-10T20:00:00Z'); // 12:00 on 10 December in Los Angeles: already counted
      expect(await service.streak(user)).toMatchObject({ current: 1, todayDone: true, today: '2026-12-10' });
      expect((await solve(user, 'easy', 1)).streak).toBe(1);
      at('2026-12-11T20:00:00Z');
      expect((await solve(user, 'easy', 2)).streak).toBe(2);
      const days = await sql.query<{ d: string; timezone: string }>(
        `SELECT to_char(local_date, 'YYYY-MM-DD') AS d, timezone FROM streak_days WHERE user_id = $1 ORDER BY 1`,
        [user],
      );
      expect(days.rows).toEqual([
        { d: '2026-12-10', timezone: 'Asia/Tokyo' },
        { d: '2026-12-11', timezone: 'America/Los_Angeles' },
      ]);
    });

    it('earns a freeze token on day 7 that covers one missed day', async () => {
      const user = await newUser('UTC');
      for (let day = 1; day <= 7; day += 1) {
        at(`2026-01-0${day}T10:00:00Z`);
        await sql.transaction((tx) =>
          service.onQuizFinished(tx, { id: crypto.randomUUID(), score: { correct: 1, total: 2 } } as never, user),
        );
      }
      expect(await service.streak(user)).toMatchObject({ current: 7, freezesLeft: 1 });
      at('2026-01-09T10:00:00Z'); // 8 January missed
      expect((await solve(user, 'easy', 0)).streak).toBe(8);
      expect(await service.streak(user)).toMatchObject({ current: 8, freezesLeft: 0 });
      const streakBadge = await sql.query<{ reason: string }>(
        `SELECT ub.reason FROM user_badges ub JOIN badges b ON b.id = ub.badge_id
         WHERE ub.user_id = $1 AND b.slug = 't-streak-3'`,
        [user],
      );
      expect(streakBadge.rows).toEqual([{ reason: '3-day streak' }]);
    });

    it('ranks a weekly board with shared ranks for equal XP, earlier first, and the caller with neighbours', async () => {
      const [a, b, c, d] = [await newUser('UTC'), await newUser('UTC'), await newUser('UTC'), await newUser('UTC')];
      at('2027-02-10T08:00:00Z');
      await solve(a as string, 'hard', 2);
      at('2027-02-10T09:00:00Z');
      await solve(b as string, 'hard', 2);
      await solve(c as string, 'easy', 2);
      await solve(d as string, 'medium', 2);
      const boards = new LeaderboardService({ sql, clock: () => now });
      const board = await boards.get(c as string, 'weekly', 50);
      expect(board.periodKey).toBe('2027-W06');
      expect(board.top.map((e) => [e.userId, e.rank, e.xp])).toEqual([
        [a, 1, 65],
        [b, 1, 65],
        [d, 3, 45],
        [c, 4, 35],
      ]);
      expect(board.me).toMatchObject({ userId: c, rank: 4 });
      expect(board.neighbours.map((e) => [e.userId, e.rank])).toEqual([
        [b, 1],
        [d, 3],
      ]);
      const top1 = await boards.get(b as string, 'weekly', 1);
      expect(top1.top.map((e) => e.userId)).toEqual([a]);
      expect(top1.me).toMatchObject({ userId: b, rank: 1 });
      expect(top1.neighbours.map((e) => e.userId)).toEqual([a, d, c]);
      expect((await boards.get(await newUser('UTC'), 'weekly', 5)).me).toBeNull();
    });

    it('adds the daily bonus once a day for solving the daily problem', async () => {
      // The only judgeable problem in this database, so it is the daily problem on every date.
      const problem = await sql.query<{ id: string }>(
        `INSERT INTO problems (slug, title, difficulty, problem_type) VALUES ('g-daily', 'Daily', 'easy', 'dsa')
         RETURNING id`,
      );
      const id = problem.rows[0]?.id as string;
      const version = await sql.query<{ id: string }>(
        `INSERT INTO problem_versions (problem_id, version, content_hash, signature, comparator, limits, visible_cases,
           hidden_cases) VALUES ($1, 1, 'h', '{}', '{}', '{}', '[]', '[]') RETURNING id`,
        [id],
      );
      await sql.query(`UPDATE problems SET current_version_id = $2 WHERE id = $1`, [id, version.rows[0]?.id]);
      const user = await newUser('UTC');
      const award = () => sql.transaction((tx) => service.awardSolve(tx, user, id));
      at('2027-03-01T10:00:00Z');
      expect((await award()).xpGained).toBe(10 + 10 + 25);
      expect((await award()).xpGained).toBe(0);
      at('2027-03-02T10:00:00Z');
      expect((await award()).xpGained).toBe(10);
      const keys = await sql.query<{ source_key: string }>(
        `SELECT source_key FROM xp_events WHERE user_id = $1 AND kind = 'daily' ORDER BY 1`,
        [user],
      );
      expect(keys.rows.map((r) => r.source_key)).toEqual(['daily:2027-03-01', 'daily:2027-03-02']);
    });

    it('rebuilds the derived summaries and leaderboard totals from the ledger to what they were', async () => {
      const read = async () => ({
        summaries: (
          await sql.query(
            `SELECT user_id, xp_total, level, streak_current, streak_longest, freeze_tokens, badges,
               to_char(streak_last_date, 'YYYY-MM-DD') AS last FROM user_gamification ORDER BY user_id`,
          )
        ).rows,
        totals: (
          await sql.query(
            `SELECT period, period_key, user_id, xp FROM leaderboard_totals ORDER BY period, period_key, user_id`,
          )
        ).rows,
        days: (await sql.query(`SELECT user_id, local_date, frozen FROM streak_days ORDER BY 1, 2`)).rows,
      });
      const before = await read();
      expect(before.summaries.length).toBeGreaterThan(3);
      await sql.query(`UPDATE user_gamification SET xp_total = 0, level = 1, streak_current = 0, freeze_tokens = 0`);
      await sql.query(`DELETE FROM leaderboard_totals`);
      const report = await rebuildGamification(sql, () => now);
      expect(report.users).toBe(before.summaries.length);
      expect(await read()).toEqual(before);
    });

    it.runIf(kind === 'pglite')('serves the stats and streak of the signed-in user over HTTP', async () => {
      const app = await buildTestApp(sql, { clock: () => now });
      try {
        at('2026-12-03T12:00:00Z');
        const reg = await app.inject({
          method: 'POST',
          url: '/v1/auth/register',
          payload: { email: 'gh@example.test', username: 'gh-user', password: 'a-long-password-1' },
        });
        expect(reg.statusCode, reg.body).toBe(201);
        const { user, tokens } = reg.json();
        await solve(user.id, 'hard', 1);
        const headers = bearer(tokens.accessToken);
        const stats = await app.inject({ method: 'GET', url: '/v1/me/stats', headers });
        expect(stats.statusCode, stats.body).toBe(200);
        expect(stats.json()).toMatchObject({ xpTotal: 65, level: 2, activity: [{ date: '2026-12-03', count: 1 }] });
        const streak = await app.inject({ method: 'GET', url: '/v1/me/streak', headers });
        expect(streak.json()).toMatchObject({ current: 1, todayDone: true, timezone: 'UTC' });
        expect((await app.inject({ method: 'GET', url: '/v1/me/streak' })).statusCode).toBe(401);
        const board = await app.inject({ method: 'GET', url: '/v1/leaderboards/alltime?limit=3', headers });
        expect(board.statusCode, board.body).toBe(200);
        expect(board.json().me).toMatchObject({ userId: user.id, xp: 65 });
        expect((await app.inject({ method: 'GET', url: '/v1/leaderboards/daily', headers })).statusCode).toBe(400);
      } finally {
        await app.close();
      }
    });
  });
}
