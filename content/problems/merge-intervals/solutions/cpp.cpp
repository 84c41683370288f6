// approach: Sort by start, then one sweep | time: O(n log n) | space: O(n)
// After sorting, a booking merges with the last consolidated one exactly when it starts no later than that one ends.
class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        vector<vector<int>> sorted = intervals;
        sort(sorted.begin(), sorted.end(), [](const vector<int>& a, const vector<int>& b) { return a[0] < b[0]; });
        vector<vector<int>> merged;
        for (const auto& p : sorted) {
            if (!merged.empty() && p[0] <= merged.back()[1]) merged.back()[1] = max(merged.back()[1], p[1]);
            else merged.push_back({p[0], p[1]});
        }
        return merged;
    }
};
