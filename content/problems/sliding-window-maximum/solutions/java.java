// approach: Monotonic deque of indices | time: O(n) | space: O(k)
// The deque keeps candidates with decreasing prices; the front is the window's peak, expired fronts are dropped.
import java.util.*;

class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        int[] peaks = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            while (!dq.isEmpty() && nums[dq.peekLast()] <= nums[i]) dq.pollLast();
            dq.addLast(i);
            if (dq.peekFirst() <= i - k) dq.pollFirst();
            if (i >= k - 1) peaks[i - k + 1] = nums[dq.peekFirst()];
        }
        return peaks;
    }
}
