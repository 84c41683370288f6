import type { Sql } from '../../adapters/sql/sql.js';
import { lockUser, writeSummary } from './gamification-repo.js';
import { writeLeaderboardTotals } from './leaderboard-totals.js';
import { countDay, type StreakState } from './streak-rules.js';

/** What a rebuild recomputed. */
export interface RebuildReport {
  readonly users: number;
  /** The rebuilt users, whose caches (streak hashes, board entries) may now be stale. */
  readonly userIds: readonly string[];
}

/**
 * Recomputes the derived state from the ledger and the stored activity days: user_gamification (XP, level, streaks,
 * freeze tokens, badges) and the per-period leaderboard totals (none for a deactivated user). Streaks are replayed day by day with the same rules
 * as live counting, so a rebuild agrees with what users saw. One transaction per user; safe to run while serving.
 */
export async function rebuildGamification(sql: Sql, clock: () => Date, userId?: string): Promise<RebuildReport> {
  const ids = await sql.query<{ user_id: string }>(
    `SELECT user_id FROM xp_events WHERE $1::uuid IS NULL OR user_id = $1
     UNION SELECT user_id FROM streak_days WHERE $1::uuid IS NULL OR user_id = $1 ORDER BY 1`,
    [userId ?? null],
  );
  for (const { user_id: id } of ids.rows) {
    await sql.transaction(async (tx) => {
      await lockUser(tx, id);
      // Frozen rows are re-derived by the replay, so only real activity days are its input.
      await tx.query(`DELETE FROM streak_days WHERE user_id = $1 AND frozen AND activity_count = 0`, [id]);
      const days = await tx.query<{ d: string; timezone: string; first_at: Date }>(
        `SELECT to_char(local_date, 'YYYY-MM-DD') AS d, timezone, first_at FROM streak_days
         WHERE user_id = $1 ORDER BY local_date`,
        [id],
      );
      let state: StreakState = { current: 0, longest: 0, lastDate: null, freezes: 0 };
      for (const day of days.rows) {
        const step = countDay(state, day.d);
        for (const frozen of step.frozenDates) {
          await tx.query(
            `INSERT INTO streak_days (user_id, local_date, timezone, activity_count, frozen, first_at)
             VALUES ($1, $2, $3, 0, true, $4) ON CONFLICT DO NOTHING`,
            [id, frozen, day.timezone, day.first_at],
          );
        }
        state = step.state;
      }
      await writeLeaderboardTotals(tx, id);
      await writeSummary(tx, id, state, clock());
    });
  }
  return { users: ids.rows.length, userIds: ids.rows.map((r) => r.user_id) };
}
