// approach: Two pointers with running maxima | time: O(n) | space: O(1)
// The side with the lower running maximum bounds the water at its pointer, so settle that block and move inward.
import java.util.*;

class Solution {
    public int trap(int[] height) {
        int i = 0, j = height.length - 1;
        int leftMax = 0, rightMax = 0, total = 0;
        while (i < j) {
            leftMax = Math.max(leftMax, height[i]);
            rightMax = Math.max(rightMax, height[j]);
            if (leftMax <= rightMax) total += leftMax - height[i++];
            else total += rightMax - height[j--];
        }
        return total;
    }
}
