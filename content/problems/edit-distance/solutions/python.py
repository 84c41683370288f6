# approach: 2-D DP over prefixes, keeping one previous row | time: O(n * m) | space: O(m)
class Solution:
    def minDistance(self, draft: str, target: str) -> int:
        m = len(target)
        prev = list(range(m + 1))  # row for the empty draft prefix
        for i, a in enumerate(draft, 1):
            cur = [i] + [0] * m
            for j in range(1, m + 1):
                if a == target[j - 1]:
                    cur[j] = prev[j - 1]
                else:
                    # prev[j]: delete a; cur[j - 1]: insert target[j-1]; prev[j - 1]: replace.
                    cur[j] = 1 + min(prev[j], cur[j - 1], prev[j - 1])
            prev = cur
        return prev[m]
