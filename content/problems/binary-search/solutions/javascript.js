// approach: Lower-bound binary search per query | time: O(q log n) | space: O(q) for the answers
class Solution {
  /**
   * @param {number[]} catalogue
   * @param {number[]} queries
   * @return {number[]}
   */
  search(catalogue, queries) {
    const n = catalogue.length;
    return queries.map((target) => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (catalogue[mid] < target) lo = mid + 1;
        else hi = mid;
      }
      return lo < n && catalogue[lo] === target ? lo : -1;
    });
  }
}
