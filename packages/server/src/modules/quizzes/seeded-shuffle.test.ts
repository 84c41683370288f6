import { describe, expect, it } from 'vitest';
import { createSeededRandom, seededSample, seededShuffle } from './seeded-shuffle.js';

describe('seeded shuffle', () => {
  it('gives the same order for the same seed and a different one for another seed', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(seededShuffle(items, 42)).toEqual(seededShuffle(items, 42));
    expect(seededShuffle(items, 42)).not.toEqual(seededShuffle(items, 43));
  });

  it('keeps every item exactly once and leaves the input untouched', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const shuffled = seededShuffle(items, 7);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('samples at most the pool size', () => {
    expect(seededSample([1, 2, 3], 10, 1)).toHaveLength(3);
    expect(seededSample([1, 2, 3, 4, 5], 2, 1)).toHaveLength(2);
  });

  it('produces numbers in [0, 1) that spread over the range', () => {
    const random = createSeededRandom(123);
    const values = Array.from({ length: 1000 }, () => random());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
  });
});
