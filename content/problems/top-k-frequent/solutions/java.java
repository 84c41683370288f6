// approach: Hash map + bucket sort by count | time: O(n) | space: O(n)
// Count requests, then bucket ids by count (a count is at most n) and read buckets from the top.
import java.util.*;

class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x : nums) counts.merge(x, 1, Integer::sum);
        List<List<Integer>> buckets = new ArrayList<>(nums.length + 1);
        for (int i = 0; i <= nums.length; i++) buckets.add(new ArrayList<>());
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) buckets.get(e.getValue()).add(e.getKey());
        int[] top = new int[k];
        int filled = 0;
        for (int count = nums.length; count > 0 && filled < k; count--) {
            for (int song : buckets.get(count)) {
                if (filled == k) break;
                top[filled++] = song;
            }
        }
        return top;
    }
}
