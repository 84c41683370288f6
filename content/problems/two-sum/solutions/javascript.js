// approach: Hash map | time: O(n) | space: O(n)
// One pass: for each weight, look up the partner it needs among the weights already seen, then remember this one.
class Solution {
  twoSum(nums, target) {
    const seen = new Map();
    for (let j = 0; j < nums.length; j++) {
      const i = seen.get(target - nums[j]);
      if (i !== undefined) return [i, j];
      seen.set(nums[j], j);
    }
    return [];
  }
}
