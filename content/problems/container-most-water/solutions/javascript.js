// approach: Two pointers from both ends | time: O(n) | space: O(1)
// Start widest; the shorter post limits every narrower gate that keeps it, so always move the shorter post inward.
class Solution {
  maxArea(height) {
    let i = 0;
    let j = height.length - 1;
    let best = 0;
    while (i < j) {
      best = Math.max(best, (j - i) * Math.min(height[i], height[j]));
      if (height[i] < height[j]) i++;
      else j--;
    }
    return best;
  }
}
