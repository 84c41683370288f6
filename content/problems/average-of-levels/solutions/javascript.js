// approach: Breadth-first search with a per-level sum | time: O(n) | space: O(w) for the widest level
class Solution {
  /**
   * @param {TreeNode | null} root
   * @return {number[]}
   */
  averageOfLevels(root) {
    const averages = [];
    let level = [root];
    while (level.length > 0) {
      // Level sums stay below 2^53, so a double holds them exactly.
      let sum = 0;
      const next = [];
      for (const node of level) {
        sum += node.val;
        if (node.left) next.push(node.left);
        if (node.right) next.push(node.right);
      }
      averages.push(sum / level.length);
      level = next;
    }
    return averages;
  }
}
