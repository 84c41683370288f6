import { describe, expect, it } from 'vitest';
import { renderHeatmap } from './heatmap.js';

describe('renderHeatmap', () => {
  it('draws 7 day rows of 53 weeks with a month header and a legend', () => {
    const lines = renderHeatmap({}, '2026-12-03').split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[1]?.startsWith('Mon ')).toBe(true);
    expect(lines[1]?.length).toBe(4 + 53);
  });

  it('shades the day with the most activity darkest and leaves future days blank', () => {
    // 2026-12-03 is a Thursday: row 4 (index 3 of the day rows) in the last column.
    const lines = renderHeatmap({ '2026-12-03': 4, '2026-12-01': 1 }, '2026-12-03').split('\n');
    expect(lines[4]?.at(-1)).toBe('█');
    expect(lines[2]?.at(-1)).toBe('░');
    expect(lines[5]?.at(-1)).toBe(' ');
  });
});
