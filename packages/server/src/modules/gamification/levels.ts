/** XP for the first accepted solve of a problem, by difficulty. */
export const SOLVE_XP: Readonly<Record<string, number>> = { easy: 10, medium: 20, hard: 40, expert: 80 };

/** Bonus XP for solving the day's daily problem (once per UTC date). */
export const DAILY_BONUS_XP = 10;

/** XP for completing a module of an enrolled learning path (every item done), once per module. */
export const PATH_MODULE_XP = 30;

/** XP per correct answer of a finished quiz. */
export const QUIZ_XP_PER_CORRECT = 5;

/** Extra XP for a quiz with every answer right. */
export const QUIZ_PERFECT_BONUS = 10;

/** XP needed for `level` in total: 50 × (level − 1)², so level 2 at 50, 3 at 200, 4 at 450, 5 at 800. */
export function xpForLevel(level: number): number {
  return 50 * (level - 1) ** 2;
}

/** The level reached with `xp` in total: the largest n with 50 × (n − 1)² ≤ xp. */
export function levelForXp(xp: number): number {
  let level = Math.floor(Math.sqrt(Math.max(0, xp) / 50)) + 1;
  // Guard against floating-point error at exact boundaries.
  while (xpForLevel(level + 1) <= xp) level += 1;
  while (level > 1 && xpForLevel(level) > xp) level -= 1;
  return level;
}
