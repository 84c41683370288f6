// approach: Bottom-up DP over amounts (unbounded knapsack) | time: O(fare * k) | space: O(fare)
class Solution {
public:
    int coinChange(vector<int>& tokens, int fare) {
        const int impossible = fare + 1;
        vector<int> best(fare + 1, impossible);
        best[0] = 0;
        for (int token : tokens) {
            // Iterating amounts upward lets each token be reused any number of times.
            for (int amount = token; amount <= fare; amount++)
                best[amount] = min(best[amount], best[amount - token] + 1);
        }
        return best[fare] == impossible ? -1 : best[fare];
    }
};
