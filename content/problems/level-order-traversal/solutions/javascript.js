// approach: Breadth-first search, one level at a time | time: O(n) | space: O(n)
class Solution {
  /**
   * @param {TreeNode | null} root
   * @return {number[][]}
   */
  levelOrder(root) {
    const result = [];
    let level = root ? [root] : [];
    while (level.length > 0) {
      result.push(level.map((node) => node.val));
      const next = [];
      for (const node of level) {
        if (node.left) next.push(node.left);
        if (node.right) next.push(node.right);
      }
      level = next;
    }
    return result;
  }
}
