// approach: Breadth-first search with a per-level sum | time: O(n) | space: O(w) for the widest level
class Solution {
public:
    vector<double> averageOfLevels(TreeNode* root) {
        vector<double> averages;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            size_t size = q.size();
            long long sum = 0;  // 32-bit sums overflow on levels of large values
            for (size_t i = 0; i < size; i++) {
                TreeNode* node = q.front();
                q.pop();
                sum += node->val;
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
            averages.push_back(static_cast<double>(sum) / size);
        }
        return averages;
    }
};
