// approach: Breadth-first search with a per-level sum | time: O(n) | space: O(w) for the widest level
import java.util.*;

class Solution {
    public double[] averageOfLevels(TreeNode root) {
        List<Double> averages = new ArrayList<>();
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            int size = queue.size();
            long sum = 0; // 32-bit sums overflow on levels of large values
            for (int i = 0; i < size; i++) {
                TreeNode node = queue.poll();
                sum += node.val;
                if (node.left != null) queue.add(node.left);
                if (node.right != null) queue.add(node.right);
            }
            averages.add((double) sum / size);
        }
        double[] result = new double[averages.size()];
        for (int i = 0; i < result.length; i++) result[i] = averages.get(i);
        return result;
    }
}
