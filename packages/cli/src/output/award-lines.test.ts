import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/test-context.js';
import { awardLines, printAward } from './award-lines.js';

const award = {
  xpGained: 215,
  xpTotal: 260,
  level: 3,
  leveledUp: true,
  streak: 7,
  badges: [
    { slug: 'path-complete', name: 'Pathfinder', xpReward: 150, reason: 'completed the learning path arrays' },
    { slug: 'streak-7', name: 'Week Streak', xpReward: 50, reason: '7-day streak' },
  ],
};

describe('award lines', () => {
  it('prints XP, the level-up, each badge and the streak exactly as recorded for a plain terminal (NO_COLOR)', () => {
    const ctx = createTestContext();
    printAward(ctx, award, 'already solved');
    expect(ctx.stdout.text()).toMatchInlineSnapshot(`
      "+215 XP · level 3 · streak 7 days
      Level up! You are now level 3 (260 XP in total).
      Badge earned: Pathfinder (+150 XP) · completed the learning path arrays
      Badge earned: Week Streak (+50 XP) · 7-day streak
      "
    `);
  });

  it('says why nothing was earned and keeps the level and a one-day streak', () => {
    const none = { ...award, xpGained: 0, leveledUp: false, streak: 1, badges: [] };
    expect(awardLines(none, 'already solved')).toEqual(['no new XP (already solved) · level 3 · streak 1 day']);
  });
});
