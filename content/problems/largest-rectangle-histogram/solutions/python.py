# approach: Monotonic stack of increasing heights | time: O(n) | space: O(n)
# Popping a building when a shorter one arrives reveals both limits of the widest billboard at its height.
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        stack = []
        best = 0
        for i, h in enumerate(heights + [0]):  # the 0 sentinel flushes the stack at the end
            while stack and heights[stack[-1]] >= h:
                height = heights[stack.pop()]
                left = stack[-1] if stack else -1
                area = height * (i - left - 1)
                if area > best:
                    best = area
            stack.append(i)
        return best
