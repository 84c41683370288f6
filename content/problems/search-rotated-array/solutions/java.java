// approach: Binary search for the rotation point, then per-run binary search | time: O(n) read + O(log n) per lookup | space: O(1)
// The smallest element splits the shelf into two sorted runs; each target can only be in one of them.
import java.util.*;

class Solution {
    public int[] search(int[] nums, int[] targets) {
        int n = nums.length;
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        int pivot = lo, last = nums[n - 1];
        int[] answers = new int[targets.length];
        for (int q = 0; q < targets.length; q++) {
            int t = targets[q];
            int i = t <= last ? Arrays.binarySearch(nums, pivot, n, t) : Arrays.binarySearch(nums, 0, pivot, t);
            answers[q] = i >= 0 ? i : -1;
        }
        return answers;
    }
}
