import type { Leaderboard, LeaderboardEntry, LeaderboardPeriod } from '@avantika/contract';
import type { Queryable, Sql } from '../../adapters/sql/sql.js';

interface BoardSqlRow {
  side: number | null;
  user_id: string;
  username: string;
  xp: number;
  rank: number | null;
}

/** Rows shown either side of the caller. */
export const NEIGHBOURS = 2;

// The caller's total, and up to NEIGHBOURS rows either side of it: the branches are bounded index range scans on
// (period, period_key, xp DESC, reached_at) — higher XP, same XP reached earlier, same XP later, lower XP.
const branch = (side: number, where: string, order: string) =>
  `(SELECT ${side}, user_id, xp, reached_at FROM leaderboard_totals
    WHERE period = $1 AND period_key = $2 AND ${where} ORDER BY ${order} LIMIT ${NEIGHBOURS})`;
const mine = `(SELECT xp FROM mine)`;
const mineAt = `((SELECT reached_at FROM mine), $3::uuid)`;
const countAbove = (xp: string, and = '') =>
  `(SELECT COALESCE(SUM(users), 0)::int FROM leaderboard_xp_counts
    WHERE period = $1 AND period_key = $2 AND xp > ${xp} ${and})`;

// One statement (one round trip, one snapshot, so the counts agree with the totals): the top $4, the caller with
// neighbours, and the neighbours' competition ranks, 1 + users with more XP summed from the per-XP user counts
// (leaderboard_xp_counts, V48). The window is contiguous, so the counts above its highest XP are summed once (the
// long scan) and each row adds the few XP values between its own and that highest one.
const READ_BOARD = `WITH mine AS (
    SELECT xp, reached_at FROM leaderboard_totals WHERE period = $1 AND period_key = $2 AND user_id = $3
  ), around AS (
    (SELECT 0 AS side, $3::uuid AS user_id, xp, reached_at FROM mine)
    UNION ALL ${branch(-1, `xp > ${mine}`, 'xp, reached_at DESC, user_id DESC')}
    UNION ALL ${branch(-1, `xp = ${mine} AND (reached_at, user_id) < ${mineAt}`, 'reached_at DESC, user_id DESC')}
    UNION ALL ${branch(1, `xp = ${mine} AND (reached_at, user_id) > ${mineAt}`, 'reached_at, user_id')}
    UNION ALL ${branch(1, `xp < ${mine}`, 'xp DESC, reached_at, user_id')}
  ), ranks AS (
    SELECT d.xp, 1 + ${countAbove('(SELECT max(xp) FROM around)')} + ${countAbove('d.xp', 'AND xp <= (SELECT max(xp) FROM around)')} AS rank
    FROM (SELECT DISTINCT xp FROM around) d
  ), board AS (
    (SELECT NULL::int AS side, user_id, xp, reached_at, NULL::int AS rank FROM leaderboard_totals
     WHERE period = $1 AND period_key = $2 ORDER BY xp DESC, reached_at, user_id LIMIT $4)
    UNION ALL SELECT a.side, a.user_id, a.xp, a.reached_at, r.rank FROM around a JOIN ranks r ON r.xp = a.xp
  )
  SELECT b.side, b.user_id, u.username, b.xp, b.rank FROM board b JOIN users u ON u.id = b.user_id
  ORDER BY b.side IS NOT NULL, b.xp DESC, b.reached_at, b.user_id`;

/**
 * A leaderboard read from the per-period totals kept in the award transaction (the PostgreSQL source of truth, and
 * the fallback when Redis is down), in one statement. Competition ranking: equal XP shares a rank (1, 2, 2, 4); among
 * equals whoever reached the score first is listed first, then user id ascending.
 */
export async function readPgLeaderboard(
  sql: Queryable,
  userId: string,
  period: LeaderboardPeriod,
  periodKey: string,
  limit: number,
): Promise<Leaderboard> {
  const res = await sql.query<BoardSqlRow>(READ_BOARD, [period, periodKey, userId, limit]);
  const top: LeaderboardEntry[] = [];
  for (const row of res.rows) {
    if (row.side !== null) continue;
    const prev = top[top.length - 1];
    // The top rows hold every higher score, so a row's rank is the position of the first row with its XP.
    top.push(toEntry(row, prev && prev.xp === row.xp ? prev.rank : top.length + 1));
  }
  const around = res.rows.filter((r) => r.side !== null);
  const at0 = around.findIndex((r) => r.side === 0);
  if (at0 < 0) return { period, periodKey, top, me: null, neighbours: [] };
  const entries = around.slice(Math.max(0, at0 - NEIGHBOURS), at0 + NEIGHBOURS + 1).map((r) => toEntry(r, r.rank ?? 0));
  return {
    period,
    periodKey,
    top,
    me: entries.find((e) => e.userId === userId) ?? null,
    neighbours: entries.filter((e) => e.userId !== userId),
  };
}

/**
 * Folds a period's XP-count deltas into one row per XP value (one transaction; awards appending meanwhile are kept).
 * Skips when another process is compacting the same period.
 */
export async function compactXpCounts(sql: Sql, period: string, periodKey: string): Promise<void> {
  await sql.transaction(async (tx) => {
    const lock = await tx.query<{ ok: boolean }>(
      `SELECT pg_try_advisory_xact_lock(hashtext('leaderboard_xp_counts:' || $1::text || ':' || $2::text)) AS ok`,
      [period, periodKey],
    );
    if (!lock.rows[0]?.ok) return;
    await tx.query(
      `WITH gone AS (DELETE FROM leaderboard_xp_counts WHERE period = $1 AND period_key = $2 RETURNING xp, users)
       INSERT INTO leaderboard_xp_counts (period, period_key, xp, users)
       SELECT $1::varchar, $2::varchar, xp, SUM(users) FROM gone GROUP BY xp HAVING SUM(users) <> 0`,
      [period, periodKey],
    );
  });
}

function toEntry(row: BoardSqlRow, rank: number): LeaderboardEntry {
  return { rank, userId: row.user_id, username: row.username, xp: row.xp };
}
