import type { LeaderboardPeriod } from '@avantika/contract';
import type { Sql } from '../../adapters/sql/sql.js';
import { periodKeyOf } from './leaderboard-keys.js';
import { hasLeaderboardSnapshot, SNAPSHOT_PERIODS, writeLeaderboardSnapshot } from './leaderboard-snapshots.js';
import { compactXpCounts } from './pg-leaderboard.js';

const COMPACT_EVERY_MS = 60_000;

/**
 * Background upkeep triggered by leaderboard reads, tracked so shutdown can wait for it: the snapshot of the last
 * closed week and month (once per process and period, skipped when written), and folding the XP-count deltas of a
 * board (at most once a minute per board and process).
 */
export class LeaderboardUpkeep {
  private readonly snapshotted = new Set<string>();
  private readonly compactedAt = new Map<string, number>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly sql: Sql,
    private readonly log?: { warn(details: object, message: string): void },
  ) {}

  /** Called on every read: starts whatever upkeep is due, without waiting for it. */
  onRead(period: LeaderboardPeriod, periodKey: string, now: Date): void {
    this.snapshotClosedPeriods(now);
    const id = `${period}:${periodKey}`;
    const last = this.compactedAt.get(id);
    if (last !== undefined && performance.now() - last < COMPACT_EVERY_MS) return;
    this.compactedAt.set(id, performance.now());
    this.track(
      compactXpCounts(this.sql, period, periodKey).catch((error: unknown) =>
        this.log?.warn({ err: error, board: id }, 'leaderboard count compaction failed'),
      ),
    );
  }

  /** Runs `work` in the background, tracked by {@link settled}. */
  track(work: Promise<unknown>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** Resolves once every tracked task has finished. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private snapshotClosedPeriods(now: Date): void {
    for (const period of SNAPSHOT_PERIODS) {
      const id = `${period}:${periodKeyOf(period, now)}`;
      if (this.snapshotted.has(id)) continue;
      this.snapshotted.add(id);
      this.track(
        (async () => {
          if (!(await hasLeaderboardSnapshot(this.sql, period, now))) {
            await writeLeaderboardSnapshot(this.sql, period, now);
          }
        })().catch((error: unknown) => {
          this.snapshotted.delete(id);
          this.log?.warn({ err: error, period }, 'leaderboard snapshot failed');
        }),
      );
    }
  }
}
