// approach: Hash map | time: O(n) | space: O(n)
// One pass: for each weight, look up the partner it needs among the weights already seen, then remember this one.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        seen.reserve(nums.size() * 2);
        for (int j = 0; j < (int)nums.size(); j++) {
            auto it = seen.find(target - nums[j]);
            if (it != seen.end()) return {it->second, j};
            seen.emplace(nums[j], j);
        }
        return {};
    }
};
