// approach: Monotonic stack | time: O(n) | space: O(n)
// Keep the indices of days still waiting (temperatures non-increasing); a warmer day answers and pops them.
import java.util.*;

class Solution {
    public int[] dailyTemperatures(int[] temperatures) {
        int n = temperatures.length;
        int[] wait = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && temperatures[stack[top - 1]] < temperatures[i]) {
                int j = stack[--top];
                wait[j] = i - j;
            }
            stack[top++] = i;
        }
        return wait;
    }
}
