import type { LeaderboardPeriod } from '@avantika/contract';
import { decodeIdSetMember, encodeIdSetMember, idSetLabelField } from '../../adapters/kv/id-set-member.js';
import { isoWeekKey, monthKey, startOfIsoWeek } from './local-time.js';

/** How long a closed period's Redis board is kept after the period ends (late readers, the snapshot job). */
export const BOARD_GRACE_MS = 2 * 86_400_000;

// 15 decimal digits hold any epoch-ms time; earlier times become larger numbers so they sort first in ZREVRANGE.
const LATEST_MS = 999_999_999_999_999;

/**
 * The Redis hash of usernames shown on every board, keyed by {@link boardNameField} (usernames cannot be changed, so
 * entries never go stale): written with each board write and rebuild, filled from PostgreSQL on a miss.
 */
export const BOARD_NAMES_KEY = 'leaderboard:names';

/** A user's field in {@link BOARD_NAMES_KEY}: the user id as board members hold it (hex digits flipped). */
export function boardNameField(userId: string): string {
  return idSetLabelField(boardMember(userId, 0));
}

/** The key of the period containing `at` (UTC): '2026-W49', '2026-12' or 'all'. */
export function periodKeyOf(period: LeaderboardPeriod, at: Date): string {
  return period === 'weekly' ? isoWeekKey(at) : period === 'monthly' ? monthKey(at) : 'all';
}

/**
 * The Redis key of a period's board: `leaderboard:weekly:2026-W49`, `leaderboard:monthly:2026-12`,
 * `leaderboard:alltime` (the seed's key names, suffixed with the period so each period is its own expiring set).
 */
export function boardKey(period: LeaderboardPeriod, periodKey: string): string {
  return period === 'alltime' ? 'leaderboard:alltime' : `leaderboard:${period}:${periodKey}`;
}

/** The instant the period containing `at` starts (UTC), or null for all time. */
export function periodStart(period: LeaderboardPeriod, at: Date): Date | null {
  if (period === 'weekly') return startOfIsoWeek(at);
  if (period === 'monthly') return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  return null;
}

/** The instant the period containing `at` ends (UTC), or null for all time. */
export function periodEnd(period: LeaderboardPeriod, at: Date): Date | null {
  const start = periodStart(period, at);
  if (!start) return null;
  if (period === 'weekly') return new Date(start.getTime() + 7 * 86_400_000);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** When the Redis board of the period containing `at` expires: its end plus the grace, or never (0). */
export function boardExpireAtMs(period: LeaderboardPeriod, at: Date): number {
  const end = periodEnd(period, at);
  return end ? end.getTime() + BOARD_GRACE_MS : 0;
}

/**
 * The sorted-set member of a user who reached their score at `reachedAtMs`: `<15-digit LATEST - ms>:<flipped id>`
 * (encodeIdSetMember). Members of equal scores sort (descending, as ZREVRANGE lists them) by who reached the score
 * first, then by user id ascending — exactly PostgreSQL's `ORDER BY xp DESC, reached_at, user_id`.
 */
export function boardMember(userId: string, reachedAtMs: number): string {
  return encodeIdSetMember(String(LATEST_MS - reachedAtMs).padStart(15, '0'), userId);
}

/** The user id inside a board member. */
export function userOfMember(member: string): string {
  return decodeIdSetMember(member);
}
