# approach: Hash map | time: O(n) | space: O(n)
# One pass: for each weight, look up the partner it needs among the weights already seen, then remember this one.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for j, w in enumerate(nums):
            i = seen.get(target - w)
            if i is not None:
                return [i, j]
            seen[w] = j
        return []
