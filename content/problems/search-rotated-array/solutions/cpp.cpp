// approach: Binary search for the rotation point, then per-run binary search | time: O(n) read + O(log n) per lookup | space: O(1)
// The smallest element splits the shelf into two sorted runs; each target can only be in one of them.
class Solution {
public:
    vector<int> search(vector<int>& nums, vector<int>& targets) {
        int n = nums.size();
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        int pivot = lo, last = nums[n - 1];
        vector<int> answers;
        answers.reserve(targets.size());
        for (int t : targets) {
            auto first = nums.begin() + (t <= last ? pivot : 0);
            auto end = t <= last ? nums.end() : nums.begin() + pivot;
            auto it = lower_bound(first, end, t);
            answers.push_back(it != end && *it == t ? int(it - nums.begin()) : -1);
        }
        return answers;
    }
};
