import type { LeaderboardPeriod } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';
import type { BoardTotal } from './kv-leaderboard.js';
import { periodKeyOf } from './leaderboard-keys.js';

/**
 * Replaces a user's per-period leaderboard totals with sums over the ledger (weekly, monthly, all time; UTC periods).
 * A deactivated user gets none: deactivated users are off every board and out of every rank count.
 */
export async function writeLeaderboardTotals(tx: Queryable, userId: string): Promise<void> {
  await tx.query(`DELETE FROM leaderboard_totals WHERE user_id = $1`, [userId]);
  await tx.query(
    `WITH ledger AS (
       SELECT e.* FROM xp_events e JOIN users u ON u.id = e.user_id
        WHERE e.user_id = $1 AND e.xp > 0 AND u.is_active IS NOT FALSE)
     INSERT INTO leaderboard_totals (period, period_key, user_id, xp, reached_at)
     SELECT 'weekly', to_char(created_at AT TIME ZONE 'UTC', 'IYYY-"W"IW'), user_id, SUM(xp), MAX(created_at)
       FROM ledger GROUP BY 2, 3
     UNION ALL
     SELECT 'monthly', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM'), user_id, SUM(xp), MAX(created_at)
       FROM ledger GROUP BY 2, 3
     UNION ALL
     SELECT 'alltime', 'all', user_id, SUM(xp), MAX(created_at) FROM ledger GROUP BY 3`,
    [userId],
  );
}

/** The user's totals in the weekly, monthly and all-time periods containing `at`, as the Redis boards hold them. */
export async function readCurrentTotals(tx: Queryable, userId: string, at: Date): Promise<BoardTotal[]> {
  const res = await tx.query<{
    period: LeaderboardPeriod;
    period_key: string;
    xp: number;
    reached_at: Date | string;
    username: string;
  }>(
    // The username rides along so the Redis names hash the read script uses is written with the score.
    `SELECT t.period, t.period_key, t.xp, t.reached_at, u.username FROM leaderboard_totals t
       JOIN users u ON u.id = t.user_id WHERE t.user_id = $1
     AND (t.period, t.period_key) IN (('weekly', $2), ('monthly', $3), ('alltime', 'all'))`,
    [userId, periodKeyOf('weekly', at), periodKeyOf('monthly', at)],
  );
  return res.rows.map((r) => ({
    period: r.period,
    periodKey: r.period_key,
    userId,
    xp: r.xp,
    reachedAt: new Date(r.reached_at),
    username: r.username,
  }));
}
