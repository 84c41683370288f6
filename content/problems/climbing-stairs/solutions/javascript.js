// approach: Bottom-up DP keeping the last two counts | time: O(n) | space: O(1)
class Solution {
  /**
   * @param {number} n
   * @return {number}
   */
  climbStairs(n) {
    const MOD = 1_000_000_007;
    let prev = 1; // ways to reach step 0
    let cur = 1; // ways to reach step 1
    for (let i = 2; i <= n; i++) {
      const next = (prev + cur) % MOD;
      prev = cur;
      cur = next;
    }
    return cur;
  }
}
