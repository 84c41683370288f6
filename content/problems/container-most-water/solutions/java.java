// approach: Two pointers from both ends | time: O(n) | space: O(1)
// Start widest; the shorter post limits every narrower gate that keeps it, so always move the shorter post inward.
import java.util.*;

class Solution {
    public int maxArea(int[] height) {
        int i = 0, j = height.length - 1, best = 0;
        while (i < j) {
            best = Math.max(best, (j - i) * Math.min(height[i], height[j]));
            if (height[i] < height[j]) i++;
            else j--;
        }
        return best;
    }
}
