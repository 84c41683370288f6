# approach: Prefix and suffix products | time: O(n) | space: O(1) extra
# answer[i] = (product left of i) * (product right of i); fill the left part forward, multiply the right part backward.
class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = [1] * n
        left = 1
        for i in range(n):
            answer[i] = left
            left *= nums[i]
        right = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
