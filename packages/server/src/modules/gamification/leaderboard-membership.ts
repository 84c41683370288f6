import type { Kv } from '../../adapters/kv/kv.js';
import type { SqlTransaction } from '../../adapters/sql/sql.js';
import { KvLeaderboard } from './kv-leaderboard.js';
import { readCurrentTotals, writeLeaderboardTotals } from './leaderboard-totals.js';

/**
 * Takes a user off every leaderboard inside their deactivation transaction: the PostgreSQL totals are deleted (the
 * V48 triggers take them out of the rank counts too) and, once the transaction commits, the Redis board entries.
 * The ledger is kept, so reactivation restores the same standing. A failing Redis call never fails the
 * deactivation; `avantika-admin gamification rebuild --redis-url …` rebuilds the boards.
 */
export async function hideFromLeaderboards(tx: SqlTransaction, userId: string, now: Date, kv?: Kv): Promise<void> {
  await tx.query(`DELETE FROM leaderboard_totals WHERE user_id = $1`, [userId]);
  // Only Redis boards are served; an in-process Kv holds none (boards are read from PostgreSQL then).
  if (kv?.kind === 'redis') tx.afterCommit(() => new KvLeaderboard(kv).remove(userId, now));
}

/**
 * Puts a reactivated user back on the leaderboards inside the reactivation transaction: the totals are summed from
 * the ledger again and, once it commits, written to the Redis boards (keep-the-maximum writes, as awards do).
 */
export async function restoreToLeaderboards(tx: SqlTransaction, userId: string, now: Date, kv?: Kv): Promise<void> {
  await writeLeaderboardTotals(tx, userId);
  if (kv?.kind !== 'redis') return;
  const totals = await readCurrentTotals(tx, userId, now);
  if (totals.length) tx.afterCommit(() => new KvLeaderboard(kv).record(totals, now));
}
