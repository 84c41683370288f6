// approach: Greedy running minimum | time: O(n) | space: O(1)
class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int cheapest = prices[0];
        int best = 0;
        for (int price : prices) {
            if (price < cheapest) cheapest = price;
            else best = max(best, price - cheapest);
        }
        return best;
    }
};
