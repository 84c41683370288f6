import type { Sql } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand as admin, captureIo } from './support/capture-io.js';
import { openScratchPostgres, postgresAvailable, type ScratchPostgres } from './support/scratch-postgres.js';

const hasPostgres = (await postgresAvailable()).ok;

describe('avantika-admin gamification rebuild', () => {
  it('exits 2 on a user that is not an id, before touching a database', async () => {
    expect(await admin(['gamification', 'rebuild', '--user', 'alice', '--data-dir', '/nonexistent'], captureIo())).toBe(
      2,
    );
  });

  describe.skipIf(!hasPostgres)('on PostgreSQL', () => {
    let db: ScratchPostgres;
    let sql: Sql;
    let user = '';

    beforeAll(async () => {
      db = await openScratchPostgres();
      sql = db.sql;
      const res = await sql.query<{ id: string }>(
        `INSERT INTO users (email, username, full_name) VALUES ('r@example.test', 'r', 'R') RETURNING id`,
      );
      user = res.rows[0]?.id as string;
      await sql.query(
        `INSERT INTO xp_events (user_id, source_key, kind, xp, local_date, created_at) VALUES
         ($1, 'solve:a', 'solve', 40, '2026-12-01', '2026-12-01T10:00:00Z'),
         ($1, 'quiz:b', 'quiz', 30, '2026-12-02', '2026-12-02T10:00:00Z')`,
        [user],
      );
      await sql.query(
        `INSERT INTO streak_days (user_id, local_date, timezone, activity_count, first_at) VALUES
         ($1, '2026-12-01', 'UTC', 1, '2026-12-01T10:00:00Z'), ($1, '2026-12-02', 'UTC', 1, '2026-12-02T10:00:00Z')`,
        [user],
      );
    });
    afterAll(async () => {
      await db?.close();
    });

    it('recomputes the user summary and leaderboard totals from the ledger', async () => {
      const io = captureIo();
      expect(await admin(['gamification', 'rebuild', '--json', '--database-url', db.url], io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual({ users: 1 });
      const summary = await sql.query(
        `SELECT xp_total, level, streak_current, streak_longest FROM user_gamification WHERE user_id = $1`,
        [user],
      );
      expect(summary.rows).toEqual([{ xp_total: 70, level: 2, streak_current: 2, streak_longest: 2 }]);
      const totals = await sql.query(`SELECT period, period_key, xp FROM leaderboard_totals ORDER BY period`);
      expect(totals.rows).toEqual([
        { period: 'alltime', period_key: 'all', xp: 70 },
        { period: 'monthly', period_key: '2026-12', xp: 70 },
        { period: 'weekly', period_key: '2026-W49', xp: 70 },
      ]);
    });
  });
});
