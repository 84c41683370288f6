import type { Queryable } from '../../adapters/sql/sql.js';
import { levelForXp } from './levels.js';
import { isoWeekKey, monthKey, startOfIsoWeek } from './local-time.js';
import type { StreakState } from './streak-rules.js';

/** One ledger award to write. */
export interface LedgerAward {
  readonly userId: string;
  readonly sourceKey: string;
  readonly kind: 'solve' | 'quiz' | 'daily' | 'path_module' | 'badge';
  readonly xp: number;
  readonly localDate: string;
  readonly at: Date;
}

/** Appends an award; false when (user, source_key) was already awarded (nothing written). */
export async function insertAward(tx: Queryable, a: LedgerAward): Promise<boolean> {
  const res = await tx.query(
    `INSERT INTO xp_events (user_id, source_key, kind, xp, local_date, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (user_id, source_key) DO NOTHING RETURNING id`,
    [a.userId, a.sourceKey, a.kind, a.xp, a.localDate, a.at],
  );
  if (res.rowCount === 0) return false;
  if (a.xp > 0) await addToLeaderboardTotals(tx, a.userId, a.xp, a.at);
  return true;
}

/**
 * Adds `xp` to the user's weekly, monthly and all-time totals (the PostgreSQL leaderboard); nothing for a deactivated
 * user, who is off the boards until reactivated (the ledger keeps the XP, and reactivation sums it again).
 */
export async function addToLeaderboardTotals(tx: Queryable, userId: string, xp: number, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO leaderboard_totals (period, period_key, user_id, xp, reached_at)
     SELECT p.period, p.period_key, u.id, $5::int, $6::timestamptz
       FROM users u, (VALUES ('weekly', $2::varchar), ('monthly', $3::varchar), ('alltime', $4::varchar))
            AS p (period, period_key)
      WHERE u.id = $1 AND u.is_active IS NOT FALSE
     ON CONFLICT (period, period_key, user_id)
     DO UPDATE SET xp = leaderboard_totals.xp + EXCLUDED.xp, reached_at = EXCLUDED.reached_at`,
    [userId, isoWeekKey(at), monthKey(at), 'all', xp, at],
  );
}

/**
 * Locks the user's row for the award (serialises concurrent awards of one user) and returns their zone. NO KEY UPDATE,
 * not UPDATE: the transaction may already hold the KEY SHARE lock a row referencing the user takes (a new submission,
 * enrolment or read article), and FOR UPDATE would deadlock two such transactions against each other.
 */
export async function lockUser(tx: Queryable, userId: string): Promise<string | null> {
  const res = await tx.query<{ timezone: string | null }>(
    `SELECT timezone FROM users WHERE id = $1 FOR NO KEY UPDATE`,
    [userId],
  );
  return res.rows[0]?.timezone ?? null;
}

/** The stored streak state (zeros before the first activity). */
export async function readStreak(db: Queryable, userId: string): Promise<StreakState> {
  const res = await db.query<{ c: number; l: number; d: string | null; f: number }>(
    `SELECT streak_current AS c, streak_longest AS l, to_char(streak_last_date, 'YYYY-MM-DD') AS d, freeze_tokens AS f
     FROM user_gamification WHERE user_id = $1`,
    [userId],
  );
  const r = res.rows[0];
  return r
    ? { current: r.c ?? 0, longest: r.l ?? 0, lastDate: r.d, freezes: r.f ?? 0 }
    : { current: 0, longest: 0, lastDate: null, freezes: 0 };
}

/** Records activity on a local date (and the zone it was counted in); true when the date is new for the user. */
export async function recordDay(
  tx: Queryable,
  userId: string,
  day: string,
  timeZone: string,
  at: Date,
  frozen = false,
): Promise<boolean> {
  const res = await tx.query<{ inserted: boolean }>(
    `INSERT INTO streak_days (user_id, local_date, timezone, activity_count, frozen, first_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (user_id, local_date) DO UPDATE SET activity_count = streak_days.activity_count + $4
     RETURNING (xmax = 0) AS inserted`,
    [userId, day, timeZone, frozen ? 0 : 1, frozen, at],
  );
  return res.rows[0]?.inserted ?? false;
}

/** Recomputes the derived user_gamification row from the ledger, granted badges and the given streak. */
export async function writeSummary(tx: Queryable, userId: string, streak: StreakState, now: Date): Promise<void> {
  const xp = await tx.query<{ total: number; week: number }>(
    `SELECT COALESCE(SUM(xp), 0)::int AS total, COALESCE(SUM(xp) FILTER (WHERE created_at >= $2), 0)::int AS week
     FROM xp_events WHERE user_id = $1`,
    [userId, startOfIsoWeek(now)],
  );
  const total = xp.rows[0]?.total ?? 0;
  await tx.query(
    `INSERT INTO user_gamification (user_id, xp_total, xp_this_week, level, streak_current, streak_longest,
       streak_last_date, freeze_tokens, badges, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
       COALESCE((SELECT jsonb_agg(b.slug ORDER BY ub.granted_at, b.slug) FROM user_badges ub
                 JOIN badges b ON b.id = ub.badge_id WHERE ub.user_id = $1), '[]'::jsonb), $9)
     ON CONFLICT (user_id) DO UPDATE SET xp_total = EXCLUDED.xp_total, xp_this_week = EXCLUDED.xp_this_week,
       level = EXCLUDED.level, streak_current = EXCLUDED.streak_current, streak_longest = EXCLUDED.streak_longest,
       streak_last_date = EXCLUDED.streak_last_date, freeze_tokens = EXCLUDED.freeze_tokens,
       badges = EXCLUDED.badges, updated_at = EXCLUDED.updated_at`,
    [
      userId,
      total,
      xp.rows[0]?.week ?? 0,
      levelForXp(total),
      streak.current,
      streak.longest,
      streak.lastDate,
      streak.freezes,
      now,
    ],
  );
}
