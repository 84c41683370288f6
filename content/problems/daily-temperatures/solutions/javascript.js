// approach: Monotonic stack | time: O(n) | space: O(n)
// Keep the indices of days still waiting (temperatures non-increasing); a warmer day answers and pops them.
class Solution {
  dailyTemperatures(temperatures) {
    const n = temperatures.length;
    const wait = new Array(n).fill(0);
    const stack = new Int32Array(n);
    let top = 0;
    for (let i = 0; i < n; i++) {
      while (top > 0 && temperatures[stack[top - 1]] < temperatures[i]) {
        const j = stack[--top];
        wait[j] = i - j;
      }
      stack[top++] = i;
    }
    return wait;
  }
}
