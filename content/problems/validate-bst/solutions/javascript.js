// approach: Iterative in-order walk, values must strictly increase | time: O(n) | space: O(h)
class Solution {
  /**
   * @param {TreeNode | null} root
   * @return {boolean}
   */
  isValidBST(root) {
    const stack = [];
    let prev = -Infinity;
    let node = root;
    while (stack.length > 0 || node !== null) {
      while (node !== null) {
        stack.push(node);
        node = node.left;
      }
      node = stack.pop();
      if (node.val <= prev) return false;
      prev = node.val;
      node = node.right;
    }
    return true;
  }
}
