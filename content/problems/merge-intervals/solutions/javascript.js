// approach: Sort by start, then one sweep | time: O(n log n) | space: O(n)
// After sorting, a booking merges with the last consolidated one exactly when it starts no later than that one ends.
class Solution {
  merge(intervals) {
    const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const [start, end] of sorted) {
      const last = merged[merged.length - 1];
      if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
      else merged.push([start, end]);
    }
    return merged;
  }
}
