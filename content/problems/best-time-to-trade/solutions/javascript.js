// approach: Greedy running minimum | time: O(n) | space: O(1)
class Solution {
  /**
   * @param {number[]} prices
   * @return {number}
   */
  maxProfit(prices) {
    let cheapest = prices[0];
    let best = 0;
    for (const price of prices) {
      if (price < cheapest) cheapest = price;
      else best = Math.max(best, price - cheapest);
    }
    return best;
  }
}
