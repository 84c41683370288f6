# approach: Lower-bound binary search per query | time: O(q log n) | space: O(q) for the answers
from bisect import bisect_left


class Solution:
    def search(self, catalogue: List[int], queries: List[int]) -> List[int]:
        n = len(catalogue)
        answers = []
        for target in queries:
            # bisect_left is the lower bound: the first index whose value is >= target.
            i = bisect_left(catalogue, target)
            answers.append(i if i < n and catalogue[i] == target else -1)
        return answers
