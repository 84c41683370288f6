// approach: Sort by start, then one sweep | time: O(n log n) | space: O(n)
// After sorting, a booking merges with the last consolidated one exactly when it starts no later than that one ends.
import java.util.*;

class Solution {
    public int[][] merge(int[][] intervals) {
        int[][] sorted = intervals.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] p : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
            else merged.add(new int[] {p[0], p[1]});
        }
        return merged.toArray(new int[0][]);
    }
}
