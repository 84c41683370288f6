// approach: Breadth-first search, one level at a time | time: O(n) | space: O(n)
class Solution {
public:
    vector<vector<int>> levelOrder(TreeNode* root) {
        vector<vector<int>> result;
        if (!root) return result;
        queue<TreeNode*> q;
        q.push(root);
        while (!q.empty()) {
            size_t size = q.size();
            vector<int>& values = result.emplace_back();
            values.reserve(size);
            for (size_t i = 0; i < size; i++) {
                TreeNode* node = q.front();
                q.pop();
                values.push_back(node->val);
                if (node->left) q.push(node->left);
                if (node->right) q.push(node->right);
            }
        }
        return result;
    }
};
