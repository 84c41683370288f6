import type { LeaderboardPeriod } from '@avantika/contract';
import type { Kv } from '../../adapters/kv/kv.js';
import type { Queryable } from '../../adapters/sql/sql.js';
import { KvLeaderboard } from './kv-leaderboard.js';
import { streakKey } from './streak-cache.js';

/** What {@link refreshGamificationCaches} did to the Kv. */
export interface CacheRefreshReport {
  /** How many `streak:{userId}` hashes existed and were deleted. */
  readonly streaksCleared: number;
  /** The current boards this call rebuilt (another process that started a rebuild after it built the rest). */
  readonly boardsRebuilt: readonly LeaderboardPeriod[];
}

// Keys per DEL: one round trip for a few hundred users, without one giant command for a full rebuild.
const DEL_BATCH = 500;

/**
 * Brings the Kv caches in line after {@link rebuildGamification} committed: deletes the rebuilt users' streak hashes
 * (the next read rebuilds each from PostgreSQL) and rebuilds the current leaderboards from the new totals with the
 * server's own board rebuild. Run it only after the rebuild's transactions have committed.
 */
export async function refreshGamificationCaches(
  sql: Queryable,
  kv: Kv,
  userIds: readonly string[],
  now: Date,
): Promise<CacheRefreshReport> {
  let streaksCleared = 0;
  for (let i = 0; i < userIds.length; i += DEL_BATCH) {
    streaksCleared += await kv.del(...userIds.slice(i, i + DEL_BATCH).map(streakKey));
  }
  const boardsRebuilt = await new KvLeaderboard(kv).rebuildCurrent(sql, now);
  return { streaksCleared, boardsRebuilt };
}
