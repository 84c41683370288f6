// approach: Monotonic deque of indices | time: O(n) | space: O(k)
// The deque keeps candidates with decreasing prices; the front is the window's peak, expired fronts are dropped.
class Solution {
  maxSlidingWindow(nums, k) {
    const dq = new Int32Array(nums.length); // a deque as an array with head/tail indices
    let head = 0;
    let tail = 0;
    const peaks = [];
    for (let i = 0; i < nums.length; i++) {
      while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
      dq[tail++] = i;
      if (dq[head] <= i - k) head++;
      if (i >= k - 1) peaks.push(nums[dq[head]]);
    }
    return peaks;
  }
}
