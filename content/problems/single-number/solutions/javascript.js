// approach: XOR all values so pairs cancel | time: O(n) | space: O(1)
class Solution {
  /**
   * @param {number[]} socks
   * @return {number}
   */
  singleNumber(socks) {
    let acc = 0;
    for (const code of socks) acc ^= code; // 32-bit signed XOR, exactly the value range
    return acc;
  }
}
