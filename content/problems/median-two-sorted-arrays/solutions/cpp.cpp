// approach: Binary search on the partition of the shorter array | time: O(log(min(m, n))) | space: O(1)
// Choose i readings of the shorter log for the lower half; the rest comes from the other log. Bisect i until
// every value on the left of the split is <= every value on its right. Values are widened to long long before adding.
class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        const vector<int>& a = nums1.size() <= nums2.size() ? nums1 : nums2;
        const vector<int>& b = nums1.size() <= nums2.size() ? nums2 : nums1;
        int m = a.size(), n = b.size();
        int half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (true) {
            int i = (lo + hi) / 2;
            int j = half - i;
            long long aLeft = i > 0 ? a[i - 1] : LLONG_MIN;
            long long aRight = i < m ? a[i] : LLONG_MAX;
            long long bLeft = j > 0 ? b[j - 1] : LLONG_MIN;
            long long bRight = j < n ? b[j] : LLONG_MAX;
            if (aLeft > bRight) hi = i - 1;
            else if (bLeft > aRight) lo = i + 1;
            else {
                long long leftMax = max(aLeft, bLeft);
                if ((m + n) % 2 == 1) return (double)leftMax;
                return (leftMax + min(aRight, bRight)) / 2.0;
            }
        }
    }
};
