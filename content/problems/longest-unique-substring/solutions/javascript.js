// approach: Sliding window with last-seen index | time: O(n) | space: O(alphabet)
// Extend the window right; when a character repeats inside it, move the left edge just past its previous occurrence.
class Solution {
  lengthOfLongestSubstring(s) {
    const last = new Int32Array(128).fill(-1);
    let left = 0;
    let best = 0;
    for (let right = 0; right < s.length; right++) {
      const c = s.charCodeAt(right);
      if (last[c] >= left) left = last[c] + 1;
      last[c] = right;
      best = Math.max(best, right - left + 1);
    }
    return best;
  }
}
