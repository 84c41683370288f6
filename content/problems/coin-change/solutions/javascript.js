// approach: Bottom-up DP over amounts (unbounded knapsack) | time: O(fare * k) | space: O(fare)
class Solution {
  /**
   * @param {number[]} tokens
   * @param {number} fare
   * @return {number}
   */
  coinChange(tokens, fare) {
    const impossible = fare + 1;
    const best = new Int32Array(fare + 1).fill(impossible);
    best[0] = 0;
    for (const token of tokens) {
      // Iterating amounts upward lets each token be reused any number of times.
      for (let amount = token; amount <= fare; amount++) {
        const candidate = best[amount - token] + 1;
        if (candidate < best[amount]) best[amount] = candidate;
      }
    }
    return best[fare] === impossible ? -1 : best[fare];
  }
}
