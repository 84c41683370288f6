// approach: Two pointers with running maxima | time: O(n) | space: O(1)
// The side with the lower running maximum bounds the water at its pointer, so settle that block and move inward.
class Solution {
public:
    int trap(vector<int>& height) {
        int i = 0, j = (int)height.size() - 1;
        int leftMax = 0, rightMax = 0, total = 0;
        while (i < j) {
            leftMax = max(leftMax, height[i]);
            rightMax = max(rightMax, height[j]);
            if (leftMax <= rightMax) total += leftMax - height[i++];
            else total += rightMax - height[j--];
        }
        return total;
    }
};
