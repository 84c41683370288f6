import type { Queryable } from '../../adapters/sql/sql.js';
import { insertAward } from './gamification-repo.js';

/** A badge granted by an event. */
export interface GrantedBadge {
  readonly slug: string;
  readonly name: string;
  readonly xpReward: number;
  readonly reason: string;
}

/** What the badge criteria are checked against after an event. */
export interface BadgeFacts {
  readonly solvedCount: number;
  readonly streakCurrent: number;
}

interface BadgeRow {
  id: string;
  slug: string;
  name: string;
  xp_reward: number | null;
  criteria: unknown;
}

/** Why `criteria` holds for `facts`, or null when it does not (or its kind is evaluated elsewhere). */
export function badgeReason(criteria: unknown, facts: BadgeFacts): string | null {
  if (typeof criteria !== 'object' || criteria === null) return null;
  const c = criteria as { kind?: unknown; count?: unknown; days?: unknown };
  switch (c.kind) {
    case 'first_solve':
      return facts.solvedCount >= 1 ? 'first accepted solve' : null;
    case 'solved_count':
      return typeof c.count === 'number' && facts.solvedCount >= c.count ? `solved ${c.count} problems` : null;
    case 'streak_days':
      return typeof c.days === 'number' && facts.streakCurrent >= c.days ? `${c.days}-day streak` : null;
    default:
      return null;
  }
}

/**
 * Grants every not-yet-held badge whose criteria now hold, once each (the user_badges primary key), and writes
 * each badge's XP to the ledger as 'badge:<slug>'. Runs in the award's transaction.
 */
export async function evaluateBadges(
  tx: Queryable,
  userId: string,
  facts: BadgeFacts,
  at: Date,
  localDate: string,
): Promise<GrantedBadge[]> {
  const candidates = await tx.query<BadgeRow>(
    `SELECT b.id, b.slug, b.name, b.xp_reward, b.criteria FROM badges b
     WHERE b.criteria ->> 'kind' IN ('first_solve', 'solved_count', 'streak_days')
       AND NOT EXISTS (SELECT 1 FROM user_badges ub WHERE ub.user_id = $1 AND ub.badge_id = b.id)
     ORDER BY b.slug`,
    [userId],
  );
  const granted: GrantedBadge[] = [];
  for (const b of candidates.rows) {
    const reason = badgeReason(b.criteria, facts);
    if (reason === null) continue;
    const res = await tx.query(
      `INSERT INTO user_badges (user_id, badge_id, reason, granted_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING badge_id`,
      [userId, b.id, reason, at],
    );
    if (res.rowCount === 0) continue;
    const xpReward = b.xp_reward ?? 0;
    await insertAward(tx, { userId, sourceKey: `badge:${b.slug}`, kind: 'badge', xp: xpReward, localDate, at });
    granted.push({ slug: b.slug, name: b.name, xpReward, reason });
  }
  return granted;
}
