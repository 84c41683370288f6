// approach: Iterative in-order walk, values must strictly increase | time: O(n) | space: O(h)
import java.util.*;

class Solution {
    public boolean isValidBST(TreeNode root) {
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        long prev = Long.MIN_VALUE; // below every int, so Integer.MIN_VALUE is still accepted first
        TreeNode node = root;
        while (!stack.isEmpty() || node != null) {
            while (node != null) {
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
