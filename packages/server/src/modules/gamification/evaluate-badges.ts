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
  /** Distinct problems solved per difficulty (`easy`, `medium`, `hard`, `expert`). */
  readonly solvedByDifficulty?: Readonly<Record<string, number>>;
  /** Finished quizzes with every answer right. */
  readonly perfectQuizzes?: number;
  /** Finished quizzes. */
  readonly finishedQuizzes?: number;
  /** Slugs of the learning paths whose every module (with items) has been awarded, in slug order. */
  readonly completedPaths?: readonly string[];
}

/** The criteria kinds evaluated on every award. */
export const BADGE_KINDS = [
  'first_solve',
  'solved_count',
  'streak_days',
  'solved_difficulty',
  'quiz_perfect',
  'quiz_count',
  'path_complete',
] as const;

interface BadgeRow {
  id: string;
  slug: string;
  name: string;
  xp_reward: number | null;
  criteria: unknown;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Why `criteria` holds for `facts`, or null when it does not (or its kind is unknown). */
export function badgeReason(criteria: unknown, facts: BadgeFacts): string | null {
  if (typeof criteria !== 'object' || criteria === null) return null;
  const c = criteria as { kind?: unknown; count?: unknown; days?: unknown; difficulty?: unknown; path?: unknown };
  const count = typeof c.count === 'number' ? c.count : undefined;
  switch (c.kind) {
    case 'first_solve':
      return facts.solvedCount >= 1 ? 'first accepted solve' : null;
    case 'solved_count':
      return count !== undefined && facts.solvedCount >= count ? `solved ${count} problems` : null;
    case 'streak_days':
      return typeof c.days === 'number' && facts.streakCurrent >= c.days ? `${c.days}-day streak` : null;
    case 'solved_difficulty': {
      if (typeof c.difficulty !== 'string' || count === undefined) return null;
      const solved = facts.solvedByDifficulty?.[c.difficulty] ?? 0;
      return solved >= count ? `solved ${plural(count, `${c.difficulty} problem`, `${c.difficulty} problems`)}` : null;
    }
    case 'quiz_perfect': {
      const needed = count ?? 1;
      return (facts.perfectQuizzes ?? 0) >= needed ? `${plural(needed, 'perfect quiz', 'perfect quizzes')}` : null;
    }
    case 'quiz_count': {
      const needed = count ?? 1;
      return (facts.finishedQuizzes ?? 0) >= needed ? `finished ${plural(needed, 'quiz', 'quizzes')}` : null;
    }
    case 'path_complete': {
      const needed = count ?? 1;
      const paths = facts.completedPaths ?? [];
      if (typeof c.path === 'string') return paths.includes(c.path) ? `completed the learning path ${c.path}` : null;
      if (paths.length < needed) return null;
      return needed === 1 ? `completed the learning path ${paths[0]}` : `completed ${needed} learning paths`;
    }
    default:
      return null;
  }
}

/**
 * The facts badges are checked against, read inside the award's transaction after the user's row lock (so a
 * concurrent award of the same user is already committed and counted): solves from the ledger, perfect quizzes from
 * finished attempts, completed paths from the path-module ledger rows.
 */
export async function readBadgeFacts(tx: Queryable, userId: string, streakCurrent: number): Promise<BadgeFacts> {
  // Only 'solve:<uuid>' keys are cast (the CASE), so no other ledger key can break the join.
  const solved = await tx.query<{ difficulty: string | null; n: number }>(
    `SELECT p.difficulty, COUNT(*)::int AS n FROM xp_events e
       LEFT JOIN problems p ON p.id = CASE WHEN e.kind = 'solve' THEN substr(e.source_key, 7)::uuid END
      WHERE e.user_id = $1 AND e.kind = 'solve' GROUP BY p.difficulty`,
    [userId],
  );
  const byDifficulty: Record<string, number> = {};
  let solvedCount = 0;
  for (const r of solved.rows) {
    solvedCount += r.n;
    if (r.difficulty !== null) byDifficulty[r.difficulty] = r.n;
  }
  const quizzes = await tx.query<{ finished: number; perfect: number }>(
    `SELECT COUNT(*)::int AS finished,
            (COUNT(*) FILTER (WHERE question_count > 0 AND score_correct = question_count))::int AS perfect
       FROM quiz_attempts WHERE user_id = $1 AND status = 'finished'`,
    [userId],
  );
  const paths = await tx.query<{ slug: string }>(
    `SELECT p.slug FROM learning_paths p
      WHERE EXISTS (SELECT 1 FROM xp_events x WHERE x.user_id = $1 AND x.kind = 'path_module'
                      AND x.source_key LIKE 'path_module:' || p.id::text || ':%')
        AND NOT EXISTS (SELECT 1 FROM path_modules m
                         WHERE m.path_id = p.id AND EXISTS (SELECT 1 FROM path_module_items i WHERE i.module_id = m.id)
                           AND NOT EXISTS (SELECT 1 FROM xp_events x WHERE x.user_id = $1
                                             AND x.source_key = 'path_module:' || p.id::text || ':' || m.id::text))
      ORDER BY p.slug`,
    [userId],
  );
  return {
    solvedCount,
    streakCurrent,
    solvedByDifficulty: byDifficulty,
    perfectQuizzes: quizzes.rows[0]?.perfect ?? 0,
    finishedQuizzes: quizzes.rows[0]?.finished ?? 0,
    completedPaths: paths.rows.map((r) => r.slug),
  };
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
     WHERE b.criteria ->> 'kind' = ANY($2::text[])
       AND NOT EXISTS (SELECT 1 FROM user_badges ub WHERE ub.user_id = $1 AND ub.badge_id = b.id)
     ORDER BY b.slug`,
    [userId, [...BADGE_KINDS]],
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
