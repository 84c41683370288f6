// approach: Lower-bound binary search per query | time: O(q log n) | space: O(q) for the answers
class Solution {
public:
    vector<int> search(vector<int>& catalogue, vector<int>& queries) {
        vector<int> answers;
        answers.reserve(queries.size());
        for (int target : queries) {
            auto it = lower_bound(catalogue.begin(), catalogue.end(), target);
            answers.push_back(it != catalogue.end() && *it == target ? int(it - catalogue.begin()) : -1);
        }
        return answers;
    }
};
