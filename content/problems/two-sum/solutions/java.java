// approach: Hash map | time: O(n) | space: O(n)
// One pass: for each weight, look up the partner it needs among the weights already seen, then remember this one.
import java.util.*;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>(nums.length * 2);
        for (int j = 0; j < nums.length; j++) {
            Integer i = seen.get(target - nums[j]);
            if (i != null) return new int[] {i, j};
            seen.put(nums[j], j);
        }
        return new int[0];
    }
}
