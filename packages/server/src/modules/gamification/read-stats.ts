import type { Stats } from '@avantika/contract';
import type { Sql } from '../../adapters/sql/sql.js';
import { levelForXp, xpForLevel } from './levels.js';
import { addDays, startOfIsoWeek } from './local-time.js';

/** XP, level, solved problems by difficulty, the last year of activity by local date, and held badges at `now`. */
export async function readStats(sql: Sql, userId: string, now: Date): Promise<Stats> {
  const xp = await sql.query<{ total: number; week: number }>(
    `SELECT COALESCE(SUM(xp), 0)::int AS total, COALESCE(SUM(xp) FILTER (WHERE created_at >= $2), 0)::int AS week
     FROM xp_events WHERE user_id = $1`,
    [userId, startOfIsoWeek(now)],
  );
  const solvedRows = await sql.query<{ difficulty: string; n: number }>(
    `SELECT p.difficulty, COUNT(DISTINCT s.problem_id)::int AS n FROM code_submissions s
     JOIN problems p ON p.id = s.problem_id WHERE s.user_id = $1 AND s.status = 'accepted' AND s.mode = 'submit'
     GROUP BY p.difficulty`,
    [userId],
  );
  const solved = { easy: 0, medium: 0, hard: 0, expert: 0, total: 0 };
  for (const r of solvedRows.rows) {
    if (r.difficulty in solved) solved[r.difficulty as 'easy'] += r.n;
    solved.total += r.n;
  }
  const activity = await sql.query<{ date: string; count: number }>(
    `SELECT to_char(local_date, 'YYYY-MM-DD') AS date, activity_count AS count FROM streak_days
     WHERE user_id = $1 AND activity_count > 0 AND local_date >= $2::date ORDER BY local_date`,
    [userId, addDays(now.toISOString().slice(0, 10), -366)],
  );
  const badges = await sql.query<{
    slug: string;
    name: string;
    description: string | null;
    xp_reward: number | null;
    reason: string;
    granted_at: Date | string;
  }>(
    `SELECT b.slug, b.name, b.description, b.xp_reward, ub.reason, ub.granted_at FROM user_badges ub
     JOIN badges b ON b.id = ub.badge_id WHERE ub.user_id = $1 ORDER BY ub.granted_at, b.slug`,
    [userId],
  );
  const total = xp.rows[0]?.total ?? 0;
  const level = levelForXp(total);
  return {
    xpTotal: total,
    xpThisWeek: xp.rows[0]?.week ?? 0,
    level,
    nextLevelXp: xpForLevel(level + 1),
    solved,
    activity: activity.rows,
    badges: badges.rows.map((b) => ({
      slug: b.slug,
      name: b.name,
      description: b.description,
      xpReward: b.xp_reward ?? 0,
      reason: b.reason,
      grantedAt: new Date(b.granted_at).toISOString(),
    })),
  };
}
