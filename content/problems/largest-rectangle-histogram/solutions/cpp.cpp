// approach: Monotonic stack of increasing heights | time: O(n) | space: O(n)
// Popping a building when a shorter one arrives reveals both limits of the widest billboard at its height.
class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        vector<int> stack;
        stack.reserve(n + 1);
        int best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];  // the 0 sentinel flushes the stack at the end
            while (!stack.empty() && heights[stack.back()] >= h) {
                int height = heights[stack.back()];
                stack.pop_back();
                int left = stack.empty() ? -1 : stack.back();
                best = max(best, height * (i - left - 1));
            }
            stack.push_back(i);
        }
        return best;
    }
};
