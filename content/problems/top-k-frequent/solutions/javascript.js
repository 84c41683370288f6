// approach: Hash map + bucket sort by count | time: O(n) | space: O(n)
// Count requests, then bucket ids by count (a count is at most n) and read buckets from the top.
class Solution {
  topKFrequent(nums, k) {
    const counts = new Map();
    for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
    const buckets = Array.from({ length: nums.length + 1 }, () => []);
    for (const [song, count] of counts) buckets[count].push(song);
    const top = [];
    for (let count = nums.length; count > 0 && top.length < k; count--) {
      for (const song of buckets[count]) top.push(song);
    }
    return top.slice(0, k);
  }
}
