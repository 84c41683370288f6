# approach: Monotonic stack | time: O(n) | space: O(n)
# Keep the indices of days still waiting (temperatures non-increasing); a warmer day answers and pops them.
class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        wait = [0] * len(temperatures)
        stack = []
        for i, t in enumerate(temperatures):
            while stack and temperatures[stack[-1]] < t:
                j = stack.pop()
                wait[j] = i - j
            stack.append(i)
        return wait
