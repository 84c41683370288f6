// approach: Two pointers with running maxima | time: O(n) | space: O(1)
// The side with the lower running maximum bounds the water at its pointer, so settle that block and move inward.
class Solution {
  trap(height) {
    let i = 0;
    let j = height.length - 1;
    let leftMax = 0;
    let rightMax = 0;
    let total = 0;
    while (i < j) {
      leftMax = Math.max(leftMax, height[i]);
      rightMax = Math.max(rightMax, height[j]);
      if (leftMax <= rightMax) total += leftMax - height[i++];
      else total += rightMax - height[j--];
    }
    return total;
  }
}
