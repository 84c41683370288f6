// approach: Iterative in-order walk, values must strictly increase | time: O(n) | space: O(h)
class Solution {
public:
    bool isValidBST(TreeNode* root) {
        vector<TreeNode*> stack;
        long long prev = LLONG_MIN;  // below every int, so INT_MIN is still accepted first
        TreeNode* node = root;
        while (!stack.empty() || node) {
            while (node) {
                stack.push_back(node);
                node = node->left;
            }
            node = stack.back();
            stack.pop_back();
            if (node->val <= prev) return false;
            prev = node->val;
            node = node->right;
        }
        return true;
    }
};
