# approach: Monotonic deque of indices | time: O(n) | space: O(k)
# The deque keeps candidates with decreasing prices; the front is the window's peak, expired fronts are dropped.
from collections import deque


class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        dq = deque()
        peaks = []
        for i, x in enumerate(nums):
            while dq and nums[dq[-1]] <= x:
                dq.pop()
            dq.append(i)
            if dq[0] <= i - k:
                dq.popleft()
            if i >= k - 1:
                peaks.append(nums[dq[0]])
        return peaks
