import type { Leaderboard, LeaderboardPeriod } from '@avantika/contract';
import type { Kv } from '../../adapters/kv/kv.js';
import type { Sql, SqlTransaction } from '../../adapters/sql/sql.js';
import { type BoardRow, type BoardTotal, KvLeaderboard } from './kv-leaderboard.js';
import { periodKeyOf } from './leaderboard-keys.js';
import { readCurrentTotals } from './leaderboard-totals.js';
import { LeaderboardUpkeep } from './leaderboard-upkeep.js';
import { readPgLeaderboard } from './pg-leaderboard.js';
import { RedisBreaker } from './redis-breaker.js';

export { periodKeyOf } from './leaderboard-keys.js';

/** What the leaderboards need; `kv` (Redis) is optional: without it every read is served by PostgreSQL. */
export interface LeaderboardDeps {
  readonly sql: Sql;
  readonly clock: () => Date;
  /** The shared Redis Kv. An in-process Kv is not used: other server processes would never see its writes. */
  readonly kv?: Kv;
  readonly log?: { warn(details: object, message: string): void };
  /** A Redis call slower than this counts as Redis down (default 1000 ms). */
  readonly redisTimeoutMs?: number;
  /** After Redis failed, serve from PostgreSQL for this long before trying Redis again (default 5000 ms). */
  readonly retryAfterMs?: number;
}

/** A leaderboard answer and which store served it. */
export interface SourcedLeaderboard {
  readonly board: Leaderboard;
  readonly source: 'redis' | 'postgres';
}

/**
 * Leaderboards served from Redis sorted sets fed after each award commits, rebuilt from PostgreSQL when a board is
 * missing, and read from PostgreSQL (same ranks, same order) while Redis is down, missing or rebuilding.
 * Reads also start the upkeep (period snapshots, XP-count compaction) in the background.
 */
export class LeaderboardService {
  private readonly board: KvLeaderboard | undefined;
  private readonly breaker: RedisBreaker;
  private readonly missed = new Map<string, { period: LeaderboardPeriod; periodKey: string }>();
  private readonly building = new Set<string>();
  private readonly upkeep: LeaderboardUpkeep;
  private readonly stopping = new AbortController();

  constructor(private readonly deps: LeaderboardDeps) {
    this.board = deps.kv?.kind === 'redis' ? new KvLeaderboard(deps.kv) : undefined;
    this.upkeep = new LeaderboardUpkeep(deps.sql, deps.log);
    this.breaker = new RedisBreaker({
      timeoutMs: deps.redisTimeoutMs ?? 1000,
      retryAfterMs: deps.retryAfterMs ?? 5000,
    });
  }

  /** The top `limit` of the current `period`, the caller's row and up to two rows either side of it. */
  async get(userId: string, period: LeaderboardPeriod, limit: number): Promise<Leaderboard> {
    return (await this.read(userId, period, limit)).board;
  }

  /** {@link get}, telling whether Redis or PostgreSQL answered. */
  async read(userId: string, period: LeaderboardPeriod, limit: number): Promise<SourcedLeaderboard> {
    const now = this.deps.clock();
    const periodKey = periodKeyOf(period, now);
    this.upkeep.onRead(period, periodKey, now);
    const rows = await this.readRedis(userId, period, periodKey, limit);
    if (rows) return { board: { period, periodKey, ...(await this.withNames(rows)) }, source: 'redis' };
    return { board: await readPgLeaderboard(this.deps.sql, userId, period, periodKey, limit), source: 'postgres' };
  }

  /**
   * The award hook, inside the award transaction: reads the user's new totals and queues them for Redis once the
   * transaction commits (a rolled-back award never reaches Redis; a Redis failure never fails the award).
   */
  async afterAward(tx: SqlTransaction, userId: string, at: Date): Promise<void> {
    if (!this.board) return;
    const totals = await readCurrentTotals(tx, userId, at);
    if (totals.length) tx.afterCommit(() => this.record(totals, at));
  }

  /** Resolves once background work (rebuilds, snapshots) has finished. */
  async settled(): Promise<void> {
    await this.upkeep.settled();
  }

  /** Stops background rebuilds at their next page and waits for the rest (server shutdown). */
  async close(): Promise<void> {
    this.stopping.abort();
    await this.settled();
  }

  private async record(totals: readonly BoardTotal[], at: Date): Promise<void> {
    const board = this.board as KvLeaderboard;
    const missed = () => {
      for (const t of totals) this.missed.set(`${t.period}:${t.periodKey}`, t);
    };
    if (this.breaker.isOpen()) return missed();
    try {
      await this.breaker.timed(board.record(totals, at));
    } catch (error) {
      missed();
      this.trip(error, 'leaderboard write to redis failed; boards will be rebuilt');
    }
  }

  private async readRedis(userId: string, period: LeaderboardPeriod, periodKey: string, limit: number) {
    const board = this.board;
    if (!board || this.breaker.isOpen()) return null;
    try {
      // Boards that missed writes while Redis was away are dropped first, so the read below rebuilds them.
      if (this.missed.size) {
        await this.breaker.timed(board.drop([...this.missed.values()]));
        this.missed.clear();
      }
      const rows = await this.breaker.timed(board.read(userId, period, periodKey, limit));
      if (!rows) this.rebuildInBackground(period, periodKey);
      return rows;
    } catch (error) {
      this.trip(error, 'leaderboard read from redis failed; serving from postgres');
      return null;
    }
  }

  private rebuildInBackground(period: LeaderboardPeriod, periodKey: string): void {
    const id = `${period}:${periodKey}`;
    if (this.building.has(id)) return;
    this.building.add(id);
    this.upkeep.track(
      (this.board as KvLeaderboard)
        .rebuild(this.deps.sql, period, periodKey, this.deps.clock(), this.stopping.signal)
        .catch((error: unknown) => this.deps.log?.warn({ err: error, board: id }, 'leaderboard rebuild failed'))
        .finally(() => this.building.delete(id)),
    );
  }

  // Names come with the Redis read; ids missing from the names hash (a board written before it existed, an evicted
  // hash) are read from PostgreSQL once and stored, so the next read finds them.
  private async withNames(rows: { top: BoardRow[]; me: BoardRow | null; neighbours: BoardRow[] }) {
    const all = [...rows.top, ...rows.neighbours, ...(rows.me ? [rows.me] : [])];
    const missing = [...new Set(all.filter((r) => r.username === null).map((r) => r.userId))];
    const found = new Map<string, string>();
    if (missing.length) {
      const res = await this.deps.sql.query<{ id: string; username: string }>(
        `SELECT id, username FROM users WHERE id = ANY($1::uuid[])`,
        [missing],
      );
      for (const r of res.rows) found.set(r.id, r.username);
      await this.breaker
        .timed((this.board as KvLeaderboard).storeNames(found))
        .catch((error: unknown) => this.trip(error, 'leaderboard names write to redis failed'));
    }
    const named = (r: BoardRow) => ({
      rank: r.rank,
      userId: r.userId,
      username: r.username ?? found.get(r.userId) ?? '',
      xp: r.xp,
    });
    return { top: rows.top.map(named), me: rows.me ? named(rows.me) : null, neighbours: rows.neighbours.map(named) };
  }

  private trip(error: unknown, message: string): void {
    this.breaker.trip();
    this.deps.log?.warn({ err: error }, message);
  }
}
