# approach: Two pointers from both ends | time: O(n) | space: O(1)
# Start widest; the shorter post limits every narrower gate that keeps it, so always move the shorter post inward.
class Solution:
    def maxArea(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        best = 0
        while i < j:
            hi, hj = height[i], height[j]
            if hi < hj:
                area = (j - i) * hi
                i += 1
            else:
                area = (j - i) * hj
                j -= 1
            if area > best:
                best = area
        return best
