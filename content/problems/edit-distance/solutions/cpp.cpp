// approach: 2-D DP over prefixes, keeping one previous row | time: O(n * m) | space: O(m)
class Solution {
public:
    int minDistance(string draft, string target) {
        size_t m = target.size();
        vector<int> prev(m + 1), cur(m + 1);
        iota(prev.begin(), prev.end(), 0);  // row for the empty draft prefix
        for (size_t i = 1; i <= draft.size(); i++) {
            cur[0] = static_cast<int>(i);
            for (size_t j = 1; j <= m; j++) {
                if (draft[i - 1] == target[j - 1]) cur[j] = prev[j - 1];
                // prev[j]: delete; cur[j - 1]: insert; prev[j - 1]: replace.
                else cur[j] = 1 + min({prev[j], cur[j - 1], prev[j - 1]});
            }
            swap(prev, cur);
        }
        return prev[m];
    }
};
