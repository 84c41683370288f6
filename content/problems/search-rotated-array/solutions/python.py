# approach: Binary search for the rotation point, then per-run binary search | time: O(n) read + O(log n) per lookup | space: O(1)
# The smallest element splits the shelf into two sorted runs; each target can only be in one of them.
from bisect import bisect_left


class Solution:
    def search(self, nums: List[int], targets: List[int]) -> List[int]:
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:  # find the index of the smallest value
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot, last = lo, nums[-1]
        answers = []
        for t in targets:
            start, end = (pivot, n) if t <= last else (0, pivot)
            i = bisect_left(nums, t, start, end)
            answers.append(i if i < end and nums[i] == t else -1)
        return answers
