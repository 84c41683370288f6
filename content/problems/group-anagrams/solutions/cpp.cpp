// approach: Hash map keyed by sorted letters | time: O(n * k log k) | space: O(n * k)
// Anagrams share the same sorted spelling, so that spelling is a perfect bucket key.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<string, vector<string>> bins;
        for (const string& s : strs) {
            string key = s;
            sort(key.begin(), key.end());
            bins[key].push_back(s);
        }
        vector<vector<string>> out;
        out.reserve(bins.size());
        for (auto& [key, bin] : bins) out.push_back(move(bin));
        return out;
    }
};
