// approach: Sort + two pointers | time: O(n^2) | space: O(1) extra (besides sorting and the output)
// Fix the smallest charge, then walk two pointers inward over the sorted rest; skip equal values to avoid repeats.
class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        int n = a.size();
        vector<vector<int>> trios;
        for (int i = 0; i < n - 2 && a[i] <= 0; i++) {
            if (i > 0 && a[i] == a[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int total = a[i] + a[lo] + a[hi];
                if (total < 0) lo++;
                else if (total > 0) hi--;
                else {
                    trios.push_back({a[i], a[lo], a[hi]});
                    lo++;
                    hi--;
                    while (lo < hi && a[lo] == a[lo - 1]) lo++;
                }
            }
        }
        return trios;
    }
};
