# approach: Breadth-first search with a per-level sum | time: O(n) | space: O(w) for the widest level
class Solution:
    def averageOfLevels(self, root: Optional[TreeNode]) -> List[float]:
        averages = []
        level = [root]
        while level:
            # Python ints do not overflow, and true division rounds the exact sum correctly.
            averages.append(sum(node.val for node in level) / len(level))
            level = [child for node in level for child in (node.left, node.right) if child]
        return averages
