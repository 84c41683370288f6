// approach: Breadth-first search counting levels | time: O(n) | space: O(w) for the widest level
class Solution {
  /**
   * @param {TreeNode | null} root
   * @return {number}
   */
  maxDepth(root) {
    if (root === null) return 0;
    let depth = 0;
    let level = [root];
    while (level.length > 0) {
      depth++;
      const next = [];
      for (const node of level) {
        if (node.left) next.push(node.left);
        if (node.right) next.push(node.right);
      }
      level = next;
    }
    return depth;
  }
}
