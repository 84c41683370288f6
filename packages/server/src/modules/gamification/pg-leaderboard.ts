import type { Leaderboard, LeaderboardEntry, LeaderboardPeriod } from '@avantika/contract';
import type { Queryable, Sql } from '../../adapters/sql/sql.js';

interface TotalRow {
  user_id: string;
  username: string;
  xp: number;
  reached_at: Date | string;
}

/** Rows shown either side of the caller. */
export const NEIGHBOURS = 2;

/**
 * A leaderboard read from the per-period totals kept in the award transaction (the PostgreSQL source of truth, and
 * the fallback when Redis is down). Competition ranking: equal XP shares a rank (1, 2, 2, 4); among equals whoever
 * reached the score first is listed first, then user id ascending.
 */
export async function readPgLeaderboard(
  sql: Queryable,
  userId: string,
  period: LeaderboardPeriod,
  periodKey: string,
  limit: number,
): Promise<Leaderboard> {
  const select = `SELECT t.user_id, u.username, t.xp, t.reached_at FROM leaderboard_totals t
    JOIN users u ON u.id = t.user_id WHERE t.period = $1 AND t.period_key = $2`;
  const top = await sql.query<TotalRow>(`${select} ORDER BY t.xp DESC, t.reached_at, t.user_id LIMIT $3`, [
    period,
    periodKey,
    limit,
  ]);
  const ranked: LeaderboardEntry[] = [];
  top.rows.forEach((row, i) => {
    const prev = ranked[i - 1];
    // The top rows hold every higher score, so a row's rank is the position of the first row with its XP.
    ranked.push(toEntry(row, prev && prev.xp === row.xp ? prev.rank : i + 1));
  });
  // The caller and up to NEIGHBOURS rows either side, in one statement. The caller's XP and time are InitPlans, so
  // each branch is a bounded index range scan: higher XP, same XP reached earlier, same XP later, lower XP.
  const mine = `FROM leaderboard_totals WHERE period = $1 AND period_key = $2 AND user_id = $3`;
  const [xp, at] = [`(SELECT xp ${mine})`, `(SELECT reached_at ${mine})`];
  const branch = (side: number, where: string, order: string) =>
    `(SELECT ${side} AS side, user_id, xp, reached_at FROM leaderboard_totals
      WHERE period = $1 AND period_key = $2 AND ${where} ORDER BY ${order} LIMIT ${NEIGHBOURS})`;
  const around = await sql.query<TotalRow & { side: number }>(
    `SELECT x.side, x.user_id, u.username, x.xp, x.reached_at FROM (
       (SELECT 0 AS side, user_id, xp, reached_at ${mine})
       UNION ALL ${branch(-1, `xp > ${xp}`, 'xp, reached_at DESC, user_id DESC')}
       UNION ALL ${branch(-1, `xp = ${xp} AND (reached_at, user_id) < (${at}, $3::uuid)`, 'reached_at DESC, user_id DESC')}
       UNION ALL ${branch(1, `xp = ${xp} AND (reached_at, user_id) > (${at}, $3::uuid)`, 'reached_at, user_id')}
       UNION ALL ${branch(1, `xp < ${xp}`, 'xp DESC, reached_at, user_id')}
     ) x JOIN users u ON u.id = x.user_id ORDER BY x.xp DESC, x.reached_at, x.user_id`,
    [period, periodKey, userId],
  );
  const at0 = around.rows.findIndex((r) => r.side === 0);
  if (at0 < 0) return { period, periodKey, top: ranked, me: null, neighbours: [] };
  const rows = around.rows.slice(Math.max(0, at0 - NEIGHBOURS), at0 + NEIGHBOURS + 1);
  const scores = [...new Set(rows.map((r) => r.xp))];
  const rankOf = await ranksFor(sql, period, periodKey, scores);
  const entries = rows.map((r) => toEntry(r, rankOf.get(r.xp) ?? 0));
  return {
    period,
    periodKey,
    top: ranked,
    me: entries.find((e) => e.userId === userId) ?? null,
    neighbours: entries.filter((e) => e.userId !== userId),
  };
}

/**
 * Competition ranks of the given scores (descending): 1 + users with more XP, summed from the per-XP user counts
 * (leaderboard_xp_counts, V48) — at most one row per distinct XP value once compacted.
 */
async function ranksFor(sql: Queryable, period: string, periodKey: string, scores: number[]) {
  const counts = await sql.query<Record<string, number>>(
    `SELECT ${scores.map((_, i) => `COALESCE(SUM(users) FILTER (WHERE xp > $${i + 3}), 0)::int AS n${i}`).join(', ')}
     FROM leaderboard_xp_counts WHERE period = $1 AND period_key = $2 AND xp > $${scores.length + 2}`,
    [period, periodKey, ...scores],
  );
  return new Map(scores.map((xp, i) => [xp, (counts.rows[0]?.[`n${i}`] ?? 0) + 1]));
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

function toEntry(row: TotalRow, rank: number): LeaderboardEntry {
  return { rank, userId: row.user_id, username: row.username, xp: row.xp };
}
