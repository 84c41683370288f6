// approach: Stack | time: O(n) | space: O(n)
// Push opening brackets; every closing bracket must match the most recently opened one still open.
class Solution {
  isValid(s) {
    const partner = { ')': '(', ']': '[', '}': '{', '>': '<' };
    const stack = [];
    for (const c of s) {
      const open = partner[c];
      if (open === undefined) stack.push(c);
      else if (stack.pop() !== open) return false;
    }
    return stack.length === 0;
  }
}
