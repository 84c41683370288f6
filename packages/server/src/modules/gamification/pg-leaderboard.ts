import type { Leaderboard, LeaderboardEntry, LeaderboardPeriod } from '@avantika/contract';
import type { Queryable } from '../../adapters/sql/sql.js';

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
  // The caller and up to NEIGHBOURS rows either side in one statement (each branch is an index range scan).
  const around = await sql.query<TotalRow & { side: number }>(
    `WITH me AS (SELECT * FROM leaderboard_totals WHERE period = $1 AND period_key = $2 AND user_id = $3)
     SELECT x.side, x.user_id, u.username, x.xp, x.reached_at FROM (
       (SELECT 0 AS side, t.* FROM me t)
       UNION ALL
       (SELECT -1, t.* FROM leaderboard_totals t, me WHERE t.period = $1 AND t.period_key = $2
          AND (t.xp > me.xp OR (t.xp = me.xp AND (t.reached_at, t.user_id) < (me.reached_at, me.user_id)))
        ORDER BY t.xp, t.reached_at DESC, t.user_id DESC LIMIT ${NEIGHBOURS})
       UNION ALL
       (SELECT 1, t.* FROM leaderboard_totals t, me WHERE t.period = $1 AND t.period_key = $2
          AND (t.xp < me.xp OR (t.xp = me.xp AND (t.reached_at, t.user_id) > (me.reached_at, me.user_id)))
        ORDER BY t.xp DESC, t.reached_at, t.user_id LIMIT ${NEIGHBOURS})
     ) x JOIN users u ON u.id = x.user_id
     ORDER BY x.xp DESC, x.reached_at, x.user_id`,
    [period, periodKey, userId],
  );
  const rows = around.rows;
  const mine = rows.findIndex((r) => r.side === 0);
  if (mine < 0) return { period, periodKey, top: ranked, me: null, neighbours: [] };
  // Competition rank = 1 + rows with more XP: one counting scan for every distinct score shown.
  const scores = [...new Set(rows.map((r) => r.xp))];
  const counts = await sql.query<Record<string, number>>(
    `SELECT ${scores.map((_, i) => `COUNT(*) FILTER (WHERE xp > $${i + 3})::int AS n${i}`).join(', ')}
     FROM leaderboard_totals WHERE period = $1 AND period_key = $2 AND xp > $${scores.length + 2}`,
    [period, periodKey, ...scores],
  );
  const rankOf = new Map(scores.map((xp, i) => [xp, (counts.rows[0]?.[`n${i}`] ?? 0) + 1]));
  const entries = rows.map((r) => toEntry(r, rankOf.get(r.xp) ?? 0));
  return {
    period,
    periodKey,
    top: ranked,
    me: entries[mine] ?? null,
    neighbours: entries.filter((e) => e.userId !== userId),
  };
}

function toEntry(row: TotalRow, rank: number): LeaderboardEntry {
  return { rank, userId: row.user_id, username: row.username, xp: row.xp };
}
