// approach: Binary search for the rotation point, then per-run binary search | time: O(n) read + O(log n) per lookup | space: O(1)
// The smallest element splits the shelf into two sorted runs; each target can only be in one of them.
class Solution {
  search(nums, targets) {
    const n = nums.length;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nums[mid] > nums[hi]) lo = mid + 1;
      else hi = mid;
    }
    const pivot = lo;
    const last = nums[n - 1];
    return targets.map((t) => {
      let l = t <= last ? pivot : 0;
      let r = t <= last ? n : pivot; // search [l, r)
      while (l < r) {
        const mid = (l + r) >> 1;
        if (nums[mid] < t) l = mid + 1;
        else r = mid;
      }
      return l < n && nums[l] === t ? l : -1;
    });
  }
}
