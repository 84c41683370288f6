// approach: Bitmask enumeration, bit i = topping i is on | time: O(n * 2^n) | space: O(n * 2^n) for the output
class Solution {
public:
    vector<vector<int>> subsets(vector<int>& toppings) {
        int n = toppings.size();
        vector<vector<int>> result;
        result.reserve(1u << n);
        for (unsigned mask = 0; mask < (1u << n); mask++) {
            vector<int>& pizza = result.emplace_back();
            for (int i = 0; i < n; i++)
                if (mask >> i & 1) pizza.push_back(toppings[i]);
        }
        return result;
    }
};
