// approach: Stack | time: O(n) | space: O(n)
// Push opening brackets; every closing bracket must match the most recently opened one still open.
import java.util.*;

class Solution {
    public boolean isValid(String s) {
        char[] stack = new char[s.length()];
        int top = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '(': case '[': case '{': case '<': stack[top++] = c; break;
                default:
                    char open = c == ')' ? '(' : c == ']' ? '[' : c == '}' ? '{' : '<';
                    if (top == 0 || stack[--top] != open) return false;
            }
        }
        return top == 0;
    }
}
