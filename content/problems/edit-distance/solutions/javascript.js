// approach: 2-D DP over prefixes, keeping one previous row | time: O(n * m) | space: O(m)
class Solution {
  /**
   * @param {string} draft
   * @param {string} target
   * @return {number}
   */
  minDistance(draft, target) {
    const m = target.length;
    let prev = Int32Array.from({ length: m + 1 }, (_, j) => j); // row for the empty draft prefix
    let cur = new Int32Array(m + 1);
    for (let i = 1; i <= draft.length; i++) {
      cur[0] = i;
      const a = draft.charCodeAt(i - 1);
      for (let j = 1; j <= m; j++) {
        if (a === target.charCodeAt(j - 1)) cur[j] = prev[j - 1];
        // prev[j]: delete; cur[j - 1]: insert; prev[j - 1]: replace.
        else cur[j] = 1 + Math.min(prev[j], cur[j - 1], prev[j - 1]);
      }
      [prev, cur] = [cur, prev];
    }
    return prev[m];
  }
}
