// approach: Hash map keyed by sorted letters | time: O(n * k log k) | space: O(n * k)
// Anagrams share the same sorted spelling, so that spelling is a perfect bucket key.
class Solution {
  groupAnagrams(strs) {
    const bins = new Map();
    for (const s of strs) {
      const key = s.split('').sort().join('');
      const bin = bins.get(key);
      if (bin) bin.push(s);
      else bins.set(key, [s]);
    }
    return [...bins.values()];
  }
}
