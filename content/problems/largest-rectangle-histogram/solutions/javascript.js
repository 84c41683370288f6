// approach: Monotonic stack of increasing heights | time: O(n) | space: O(n)
// Popping a building when a shorter one arrives reveals both limits of the widest billboard at its height.
class Solution {
  largestRectangleArea(heights) {
    const n = heights.length;
    const stack = new Int32Array(n + 1);
    let top = 0;
    let best = 0;
    for (let i = 0; i <= n; i++) {
      const h = i === n ? 0 : heights[i]; // the 0 sentinel flushes the stack at the end
      while (top > 0 && heights[stack[top - 1]] >= h) {
        const height = heights[stack[--top]];
        const left = top > 0 ? stack[top - 1] : -1;
        best = Math.max(best, height * (i - left - 1));
      }
      stack[top++] = i;
    }
    return best;
  }
}
