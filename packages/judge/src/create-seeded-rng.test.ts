import { describe, expect, it } from 'vitest';
import { createSeededRng } from './create-seeded-rng.js';

describe('createSeededRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createSeededRng('two-sum');
    const b = createSeededRng('two-sum');
    const c = createSeededRng('three-sum');
    const seq = (r: ReturnType<typeof createSeededRng>) => Array.from({ length: 5 }, () => r.next());
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('pins the generator: the first values for the seed "two-sum" never change across releases', () => {
    const r = createSeededRng('two-sum');
    // Content's generated hidden cases depend on these exact numbers.
    expect([r.int(0, 1_000_000), r.int(-5, 5), r.pick(['a', 'b', 'c'])]).toMatchInlineSnapshot(`
      [
        975176,
        4,
        "c",
      ]
    `);
  });

  it('keeps int within bounds, picks members and shuffles in place into a permutation', () => {
    const r = createSeededRng('bounds');
    for (let i = 0; i < 1000; i++) {
      const v = r.int(-3, 3);
      expect(v >= -3 && v <= 3 && Number.isInteger(v)).toBe(true);
    }
    const items = [1, 2, 3, 4, 5, 6];
    const same = r.shuffle(items);
    expect(same).toBe(items);
    expect([...items].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(() => r.int(5, 1)).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
  });
});
