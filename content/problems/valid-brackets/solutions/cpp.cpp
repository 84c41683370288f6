// approach: Stack | time: O(n) | space: O(n)
// Push opening brackets; every closing bracket must match the most recently opened one still open.
class Solution {
public:
    bool isValid(string s) {
        string stack;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{' || c == '<') {
                stack.push_back(c);
                continue;
            }
            char open = c == ')' ? '(' : c == ']' ? '[' : c == '}' ? '{' : '<';
            if (stack.empty() || stack.back() != open) return false;
            stack.pop_back();
        }
        return stack.empty();
    }
};
