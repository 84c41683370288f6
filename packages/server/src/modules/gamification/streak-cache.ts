import type { Kv } from '../../adapters/kv/kv.js';
import type { StreakState } from './streak-rules.js';

/** The stored streak and the zone it is read in, as cached in `streak:{userId}`. */
export interface CachedStreak {
  readonly state: StreakState;
  readonly timezone: string;
}

/** How long a hash written after an award commits lives (ms); the award path rewrites it on every activity. */
export const STREAK_CACHE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * How long a hash rebuilt from PostgreSQL on a miss lives (ms). Shorter, because a rebuild that read just before an
 * award committed could land after the award's own write; this bounds how long such a stale copy can be served.
 */
export const STREAK_REBUILD_TTL_MS = 5 * 60 * 1000;

/** The Kv key of a user's streak hash (the seed's `streak:{userId}`). */
export function streakKey(userId: string): string {
  return `streak:${userId}`;
}

/**
 * Writes the hash `{ current, longest, lastDate, freezes, timezone }`. `current` and `lastDate` are the stored values
 * (as of the last counted day); readers reinterpret them against today's local date, so the hash never goes stale at
 * midnight.
 */
export async function writeStreakCache(
  kv: Kv,
  userId: string,
  cached: CachedStreak,
  ttlMs = STREAK_CACHE_TTL_MS,
): Promise<void> {
  const { state, timezone } = cached;
  await kv
    .multi()
    .del(streakKey(userId))
    .hset(streakKey(userId), {
      current: String(state.current),
      longest: String(state.longest),
      lastDate: state.lastDate ?? '',
      freezes: String(state.freezes),
      timezone,
    })
    .expire(streakKey(userId), ttlMs)
    .exec();
}

/** The cached streak, or null on a miss, a malformed hash, or when the store cannot be read (the caller rebuilds). */
export async function readStreakCache(kv: Kv, userId: string): Promise<CachedStreak | null> {
  let hash: Record<string, string>;
  try {
    hash = await kv.hgetall(streakKey(userId));
  } catch {
    return null;
  }
  const current = Number(hash['current']);
  const longest = Number(hash['longest']);
  const freezes = Number(hash['freezes']);
  const { lastDate, timezone } = hash;
  if (![current, longest, freezes].every(Number.isInteger) || lastDate === undefined || !timezone) return null;
  if (lastDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(lastDate)) return null;
  return { state: { current, longest, lastDate: lastDate === '' ? null : lastDate, freezes }, timezone };
}

/** Drops the cached streak (the zone changed, or the summary was rebuilt); a failure only leaves it to expire. */
export async function invalidateStreakCache(kv: Kv, userId: string): Promise<void> {
  try {
    await kv.del(streakKey(userId));
  } catch {
    // The hash expires on its own; the next award rewrites it.
  }
}
