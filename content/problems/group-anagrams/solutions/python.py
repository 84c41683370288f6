# approach: Hash map keyed by sorted letters | time: O(n * k log k) | space: O(n * k)
# Anagrams share the same sorted spelling, so that spelling is a perfect bucket key.
from collections import defaultdict


class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        bins = defaultdict(list)
        for s in strs:
            bins["".join(sorted(s))].append(s)
        return list(bins.values())
