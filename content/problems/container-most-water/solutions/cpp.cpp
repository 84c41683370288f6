// approach: Two pointers from both ends | time: O(n) | space: O(1)
// Start widest; the shorter post limits every narrower gate that keeps it, so always move the shorter post inward.
class Solution {
public:
    int maxArea(vector<int>& height) {
        int i = 0, j = (int)height.size() - 1, best = 0;
        while (i < j) {
            best = max(best, (j - i) * min(height[i], height[j]));
            if (height[i] < height[j]) i++;
            else j--;
        }
        return best;
    }
};
