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
  const mine = await sql.query<TotalRow>(`${select} AND t.user_id = $3`, [period, periodKey, userId]);
  const me = mine.rows[0];
  if (!me) return { period, periodKey, top: ranked, me: null, neighbours: [] };
  const params = [period, periodKey, me.xp, me.reached_at, me.user_id];
  const above = await sql.query<TotalRow>(
    `${select} AND t.user_id <> $5::uuid
       AND (t.xp > $3 OR (t.xp = $3 AND (t.reached_at, t.user_id) < ($4::timestamptz, $5::uuid)))
     ORDER BY t.xp, t.reached_at DESC, t.user_id DESC LIMIT ${NEIGHBOURS}`,
    params,
  );
  const below = await sql.query<TotalRow>(
    `${select} AND t.user_id <> $5::uuid AND (t.xp < $3 OR (t.xp = $3 AND (t.reached_at, t.user_id) > ($4::timestamptz, $5::uuid)))
     ORDER BY t.xp DESC, t.reached_at, t.user_id LIMIT ${NEIGHBOURS}`,
    params,
  );
  const rows = [...above.rows.reverse(), me, ...below.rows];
  const rankOf = new Map<number, number>();
  for (const xp of new Set(rows.map((r) => r.xp))) rankOf.set(xp, await rankFor(sql, period, periodKey, xp));
  const entries = rows.map((r) => toEntry(r, rankOf.get(r.xp) ?? 0));
  return {
    period,
    periodKey,
    top: ranked,
    me: entries[above.rows.length] ?? null,
    neighbours: entries.filter((e) => e.userId !== userId),
  };
}

/** 1 + how many users have more XP in the period (index range count on (period, period_key, xp DESC)). */
async function rankFor(sql: Queryable, period: string, periodKey: string, xp: number): Promise<number> {
  const res = await sql.query<{ n: number }>(
    `SELECT COUNT(*)::int AS n FROM leaderboard_totals WHERE period = $1 AND period_key = $2 AND xp > $3`,
    [period, periodKey, xp],
  );
  return (res.rows[0]?.n ?? 0) + 1;
}

function toEntry(row: TotalRow, rank: number): LeaderboardEntry {
  return { rank, userId: row.user_id, username: row.username, xp: row.xp };
}
