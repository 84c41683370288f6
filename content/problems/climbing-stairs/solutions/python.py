# approach: Bottom-up DP keeping the last two counts | time: O(n) | space: O(1)
class Solution:
    def climbStairs(self, n: int) -> int:
        mod = 1_000_000_007
        prev, cur = 1, 1  # ways to reach step 0 and step 1
        for _ in range(n - 1):
            prev, cur = cur, (prev + cur) % mod
        return cur
