// approach: Sort + two pointers | time: O(n^2) | space: O(1) extra (besides sorting and the output)
// Fix the smallest charge, then walk two pointers inward over the sorted rest; skip equal values to avoid repeats.
class Solution {
  threeSum(input) {
    const nums = Int32Array.from(input).sort();
    const n = nums.length;
    const trios = [];
    for (let i = 0; i < n - 2 && nums[i] <= 0; i++) {
      if (i > 0 && nums[i] === nums[i - 1]) continue;
      let lo = i + 1;
      let hi = n - 1;
      while (lo < hi) {
        const total = nums[i] + nums[lo] + nums[hi];
        if (total < 0) lo++;
        else if (total > 0) hi--;
        else {
          trios.push([nums[i], nums[lo], nums[hi]]);
          lo++;
          hi--;
          while (lo < hi && nums[lo] === nums[lo - 1]) lo++;
        }
      }
    }
    return trios;
  }
}
