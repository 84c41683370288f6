# approach: Sort + two pointers | time: O(n^2) | space: O(1) extra (besides sorting and the output)
# Fix the smallest charge, then walk two pointers inward over the sorted rest; skip equal values to avoid repeats.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        trios = []
        for i in range(n - 2):
            a = nums[i]
            if a > 0:
                break
            if i > 0 and a == nums[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = a + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    trios.append([a, nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return trios
