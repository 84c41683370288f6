import { describe, expect, it } from 'vitest';
import { pickDailyIndex, utcDate } from './daily-rule.js';

describe('daily problem rule', () => {
  it('picks the same index for the same date and count', () => {
    expect(pickDailyIndex('2026-12-03', 40)).toBe(pickDailyIndex('2026-12-03', 40));
  });

  it('spreads a month of dates over many different problems', () => {
    const picks = new Set(
      Array.from({ length: 30 }, (_, d) => pickDailyIndex(`2026-01-${String(d + 1).padStart(2, '0')}`, 40)),
    );
    expect(picks.size).toBeGreaterThan(15);
    for (const p of picks) expect(p).toBeGreaterThanOrEqual(0);
  });

  it('has no pick when there are no candidates', () => {
    expect(pickDailyIndex('2026-12-03', 0)).toBe(-1);
  });

  it('uses the UTC date, not the local one', () => {
    expect(utcDate(new Date('2026-12-03T23:30:00-05:00'))).toBe('2026-12-04');
  });
});
