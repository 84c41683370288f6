import { randomBytes } from 'node:crypto';
import type { LeaderboardPeriod } from '@avantika/contract';
import type { IdSetEntry, Kv, ScoredMember } from '../../adapters/kv/kv.js';
import type { Queryable } from '../../adapters/sql/sql.js';
import {
  BOARD_NAMES_KEY,
  boardExpireAtMs,
  boardKey,
  boardMember,
  boardNameField,
  periodKeyOf,
  userOfMember,
} from './leaderboard-keys.js';
import { NEIGHBOURS } from './pg-leaderboard.js';

/** One user's total in one period, as the award transaction left it. */
export interface BoardTotal {
  readonly period: LeaderboardPeriod;
  readonly periodKey: string;
  readonly userId: string;
  readonly xp: number;
  readonly reachedAt: Date;
  /** Written to the board's names hash with the total. */
  readonly username?: string;
}

/** A ranked row; `username` is null when the names hash has no entry for the user yet (fill it from PostgreSQL). */
export interface BoardRow {
  readonly rank: number;
  readonly userId: string;
  readonly username: string | null;
  readonly xp: number;
}

/** What a Redis board read found; `null` from {@link KvLeaderboard.read} means the board is not built yet. */
export interface BoardRead {
  readonly top: BoardRow[];
  readonly me: BoardRow | null;
  readonly neighbours: BoardRow[];
}

const BUILD_LOCK_MS = 120_000;
const CURRENT_PERIODS: readonly LeaderboardPeriod[] = ['weekly', 'monthly', 'alltime'];
const BUILD_CHUNK = 5000;

/**
 * Leaderboards as Redis sorted sets (any Kv): one id-indexed set per period whose score is the XP and whose member
 * orders equal scores by who reached them first. Writes are "keep the maximum", so after-commit writers and a
 * rebuild may interleave in any order and still converge on the committed totals.
 */
export class KvLeaderboard {
  constructor(private readonly kv: Kv) {}

  /** Mirrors committed totals into the live boards, and into a board being rebuilt (the build first: see README). */
  async record(totals: readonly BoardTotal[], now: Date): Promise<void> {
    await Promise.all(
      totals.map(async (t) => {
        const key = boardKey(t.period, t.periodKey);
        const entry: IdSetEntry = {
          id: t.userId,
          member: boardMember(t.userId, t.reachedAt.getTime()),
          score: t.xp,
          ...(t.username === undefined ? {} : { label: t.username }),
        };
        const token = await this.kv.get(`${key}:lock`);
        if (token) {
          const build = { requireKey: `${key}:lock`, requireValue: token };
          await this.kv.idSetMax(`${key}:build:${token}`, [entry], build);
        }
        await this.kv.idSetMax(key, [entry], {
          requireKey: `${key}:ids`,
          expireAtMs: boardExpireAtMs(t.period, now),
          labels: BOARD_NAMES_KEY,
        });
      }),
    );
  }

  /**
   * The top `limit`, the caller and two rows either side, with usernames, in one Redis call; null when the board is
   * missing (rebuild it, read PostgreSQL).
   */
  async read(userId: string, period: LeaderboardPeriod, periodKey: string, limit: number): Promise<BoardRead | null> {
    const read = await this.kv.idSetRanks(boardKey(period, periodKey), userId, limit, NEIGHBOURS, {
      labels: BOARD_NAMES_KEY,
    });
    if (!read.exists) return null;
    const top: BoardRow[] = [];
    read.top.forEach((m, i) => {
      const prev = top[i - 1];
      // The top rows hold every higher score, so a row's rank is the position of the first row with its XP.
      top.push(row(m, prev && prev.xp === m.score ? prev.rank : i + 1, read.topLabels[i]));
    });
    if (read.position === null) return { top, me: null, neighbours: [] };
    const rows = read.window.map((m, i) => row(m, (read.higher[i] ?? 0) + 1, read.windowLabels[i]));
    return {
      top,
      me: rows[read.position - read.windowStart] ?? null,
      neighbours: rows.filter((r) => r.userId !== userId),
    };
  }

  /**
   * Rebuilds a period's board from the PostgreSQL totals under a lock (one builder at a time): loads a private build
   * set in chunks, then moves it over the live key atomically. Resolves false when another builder holds the lock or
   * this one lost it or `signal` aborted it.
   */
  async rebuild(
    sql: Queryable,
    period: LeaderboardPeriod,
    periodKey: string,
    now: Date,
    signal?: AbortSignal,
  ): Promise<boolean> {
    const key = boardKey(period, periodKey);
    const lockKey = `${key}:lock`;
    const token = randomBytes(8).toString('hex');
    if (!(await this.kv.set(lockKey, token, { ttlMs: BUILD_LOCK_MS, onlyIfAbsent: true }))) return false;
    const build = `${key}:build:${token}`;
    // Keyset pages, each its own statement (an award committed meanwhile also reaches the build set); the next page
    // is fetched while the current one is written. `u.id > $3` repeats the keyset bound for users: without it the
    // planner merge-joins users from its first row on every page (seconds per page at 1M users).
    const fetchPage = (after: string) =>
      sql.query<{ user_id: string; username: string; xp: number; reached_at: Date | string }>(
        `SELECT t.user_id, u.username, t.xp, t.reached_at FROM leaderboard_totals t JOIN users u ON u.id = t.user_id
         WHERE t.period = $1 AND t.period_key = $2 AND t.user_id > $3 AND u.id > $3 ORDER BY t.user_id
         LIMIT ${BUILD_CHUNK}`,
        [period, periodKey, after],
      );
    let next = fetchPage('00000000-0000-0000-0000-000000000000');
    for (;;) {
      const page = await next;
      if (signal?.aborted) {
        // Shutting down: free the lock for another process; the unfinished build set expires on its own.
        if ((await this.kv.get(lockKey)) === token) await this.kv.del(lockKey);
        return false;
      }
      const last = page.rows[page.rows.length - 1]?.user_id;
      if (last === undefined) break;
      if (page.rows.length === BUILD_CHUNK) {
        next = fetchPage(last);
        next.catch(() => {}); // awaited on the next turn; this only keeps an early exit from leaving it unhandled
      }
      const entries = page.rows.map((r) => ({
        id: r.user_id,
        member: boardMember(r.user_id, new Date(r.reached_at).getTime()),
        score: r.xp,
        label: r.username,
      }));
      const guard = {
        requireKey: lockKey,
        requireValue: token,
        expireAtMs: Date.now() + BUILD_LOCK_MS,
        labels: BOARD_NAMES_KEY,
      };
      if ((await this.kv.idSetMax(build, entries, guard)) === -1) return false;
      // Still ours (checked by the write above): keep the lock alive for big boards.
      await this.kv.expire(lockKey, BUILD_LOCK_MS);
      if (page.rows.length < BUILD_CHUNK) break;
    }
    return this.kv.idSetMove(build, key, { lockKey, token, expireAtMs: boardExpireAtMs(period, now) });
  }

  /** Stores usernames (by user id) read from PostgreSQL after a read found them missing from the names hash. */
  async storeNames(names: ReadonlyMap<string, string>): Promise<void> {
    const fields = Object.fromEntries([...names].map(([userId, name]) => [boardNameField(userId), name]));
    if (names.size) await this.kv.hset(BOARD_NAMES_KEY, fields);
  }

  /** Deletes the boards of these periods so the next read rebuilds them (after missed writes or a ledger rebuild). */
  async drop(boards: readonly { period: LeaderboardPeriod; periodKey: string }[]): Promise<void> {
    for (const b of boards) {
      const key = boardKey(b.period, b.periodKey);
      await this.kv.del(key, `${key}:ids`);
    }
  }

  /**
   * Rebuilds the boards of the periods containing `now` from the PostgreSQL totals (after `gamification rebuild`
   * rewrote them; a board only ever takes higher scores, so lowered totals need a full rebuild). A rebuild already
   * running may have read the old totals, so its lock is taken away first: it can no longer move its set over the
   * live board. Resolves which periods this call rebuilt (another builder that started after it took the rest).
   */
  async rebuildCurrent(sql: Queryable, now: Date): Promise<LeaderboardPeriod[]> {
    const rebuilt: LeaderboardPeriod[] = [];
    for (const period of CURRENT_PERIODS) {
      const periodKey = periodKeyOf(period, now);
      await this.kv.del(`${boardKey(period, periodKey)}:lock`);
      if (await this.rebuild(sql, period, periodKey, now)) rebuilt.push(period);
    }
    return rebuilt;
  }

  /**
   * Takes a user off the boards of the periods containing `now` (once their deactivation has committed). A rebuild
   * running meanwhile may have loaded the user before that commit, so its lock is taken away first: it cannot move
   * its set over the live board, and the next read rebuilds the board from the committed totals.
   */
  async remove(userId: string, now: Date): Promise<void> {
    for (const period of CURRENT_PERIODS) {
      const key = boardKey(period, periodKeyOf(period, now));
      await this.kv.del(`${key}:lock`);
      const member = await this.kv.hget(`${key}:ids`, userId);
      if (member === null) continue;
      await this.kv.zrem(key, member);
      await this.kv.hdel(`${key}:ids`, userId);
    }
  }
}

function row(m: ScoredMember, rank: number, username: string | null | undefined): BoardRow {
  return { rank, userId: userOfMember(m.member), username: username ?? null, xp: m.score };
}
