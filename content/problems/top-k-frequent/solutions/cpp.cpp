// approach: Hash map + bucket sort by count | time: O(n) | space: O(n)
// Count requests, then bucket ids by count (a count is at most n) and read buckets from the top.
class Solution {
public:
    vector<int> topKFrequent(vector<int>& nums, int k) {
        unordered_map<int, int> counts;
        for (int x : nums) counts[x]++;
        vector<vector<int>> buckets(nums.size() + 1);
        for (auto& [song, count] : counts) buckets[count].push_back(song);
        vector<int> top;
        for (int count = (int)nums.size(); count > 0 && (int)top.size() < k; count--) {
            for (int song : buckets[count]) {
                if ((int)top.size() == k) break;
                top.push_back(song);
            }
        }
        return top;
    }
};
