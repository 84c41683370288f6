# approach: Two pointers with running maxima | time: O(n) | space: O(1)
# The side with the lower running maximum bounds the water at its pointer, so settle that block and move inward.
class Solution:
    def trap(self, height: List[int]) -> int:
        i, j = 0, len(height) - 1
        left_max = right_max = total = 0
        while i < j:
            if height[i] > left_max:
                left_max = height[i]
            if height[j] > right_max:
                right_max = height[j]
            if left_max <= right_max:
                total += left_max - height[i]
                i += 1
            else:
                total += right_max - height[j]
                j -= 1
        return total
