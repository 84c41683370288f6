import type { LeaderboardPeriod } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';
import { periodKeyOf, periodStart } from './leaderboard-keys.js';

/** Periods that close and get snapshots (all time never closes). */
export type SnapshotPeriod = Exclude<LeaderboardPeriod, 'alltime'>;

/** The snapshot periods, in the order the jobs write them. */
export const SNAPSHOT_PERIODS: readonly SnapshotPeriod[] = ['weekly', 'monthly'];

/** What one snapshot run did. */
export interface SnapshotReport {
  readonly period: SnapshotPeriod;
  readonly periodKey: string;
  /** The first day of the period (UTC), stored as `leaderboard_snapshots.period_date`. */
  readonly periodDate: string;
  /** Rows written by this run; 0 when the snapshot already existed (re-runs are no-ops). */
  readonly written: number;
}

/** The last period of this kind that had closed at `at`: its key and first day. */
export function lastClosedPeriod(period: SnapshotPeriod, at: Date): { periodKey: string; periodDate: string } {
  const current = periodStart(period, at) as Date;
  const previous = periodStart(period, new Date(current.getTime() - 1)) as Date;
  return { periodKey: periodKeyOf(period, previous), periodDate: previous.toISOString().slice(0, 10) };
}

/**
 * Writes the final standings of the last period closed at `at` into `leaderboard_snapshots`: one row per user with
 * XP in it, score = XP and rank = competition rank. Idempotent: the unique (period, period_date, user_id) makes a
 * re-run (or a concurrent run in another process) write nothing.
 */
export async function writeLeaderboardSnapshot(
  db: Queryable,
  period: SnapshotPeriod,
  at: Date,
): Promise<SnapshotReport> {
  const { periodKey, periodDate } = lastClosedPeriod(period, at);
  const res = await db.query(
    `INSERT INTO leaderboard_snapshots (period, period_date, user_id, score, rank, created_at)
     SELECT $1::varchar, $3::date, user_id, xp, RANK() OVER (ORDER BY xp DESC), $4 FROM leaderboard_totals
     WHERE period = $1::varchar AND period_key = $2
     ON CONFLICT (period, period_date, user_id) DO NOTHING`,
    [period, periodKey, periodDate, at],
  );
  return { period, periodKey, periodDate, written: res.rowCount };
}

/** Whether the snapshot of the last period closed at `at` has been written (cheap check before the full run). */
export async function hasLeaderboardSnapshot(db: Queryable, period: SnapshotPeriod, at: Date): Promise<boolean> {
  const { periodDate } = lastClosedPeriod(period, at);
  const res = await db.query(`SELECT 1 FROM leaderboard_snapshots WHERE period = $1 AND period_date = $2 LIMIT 1`, [
    period,
    periodDate,
  ]);
  return res.rows.length > 0;
}
