# approach: Sliding window with last-seen index | time: O(n) | space: O(alphabet)
# Extend the window right; when a character repeats inside it, move the left edge just past its previous occurrence.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for right, c in enumerate(s):
            if last.get(c, -1) >= left:
                left = last[c] + 1
            last[c] = right
            if right - left + 1 > best:
                best = right - left + 1
        return best
