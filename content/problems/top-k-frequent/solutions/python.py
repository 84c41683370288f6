# approach: Hash map + bucket sort by count | time: O(n) | space: O(n)
# Count requests, then bucket ids by count (a count is at most n) and read buckets from the top.
from collections import Counter


class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        buckets = [[] for _ in range(len(nums) + 1)]
        for song, count in Counter(nums).items():
            buckets[count].append(song)
        top = []
        for count in range(len(nums), 0, -1):
            top.extend(buckets[count])
            if len(top) >= k:
                break
        return top[:k]
