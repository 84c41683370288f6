// approach: Two pointers | time: O(n) | space: O(1)
// Walk inward from both ends, skipping characters that are not letters or digits, comparing case-insensitively.
class Solution {
  isPalindrome(s) {
    const keep = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    const lower = (c) => (c >= 65 && c <= 90 ? c + 32 : c);
    let i = 0;
    let j = s.length - 1;
    while (i < j) {
      const a = s.charCodeAt(i);
      const b = s.charCodeAt(j);
      if (!keep(a)) i++;
      else if (!keep(b)) j--;
      else if (lower(a) !== lower(b)) return false;
      else {
        i++;
        j--;
      }
    }
    return true;
  }
}
