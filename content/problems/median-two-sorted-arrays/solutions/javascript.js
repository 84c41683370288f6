// approach: Binary search on the partition of the shorter array | time: O(log(min(m, n))) | space: O(1)
// Choose i readings of the shorter log for the lower half; the rest comes from the other log. Bisect i until
// every value on the left of the split is <= every value on its right.
class Solution {
  findMedianSortedArrays(nums1, nums2) {
    const [a, b] = nums1.length <= nums2.length ? [nums1, nums2] : [nums2, nums1];
    const m = a.length;
    const n = b.length;
    const half = (m + n + 1) >> 1;
    let lo = 0;
    let hi = m;
    for (;;) {
      const i = (lo + hi) >> 1;
      const j = half - i;
      const aLeft = i > 0 ? a[i - 1] : -Infinity;
      const aRight = i < m ? a[i] : Infinity;
      const bLeft = j > 0 ? b[j - 1] : -Infinity;
      const bRight = j < n ? b[j] : Infinity;
      if (aLeft > bRight) hi = i - 1;
      else if (bLeft > aRight) lo = i + 1;
      else {
        const leftMax = Math.max(aLeft, bLeft);
        if ((m + n) % 2 === 1) return leftMax;
        return (leftMax + Math.min(aRight, bRight)) / 2;
      }
    }
  }
}
