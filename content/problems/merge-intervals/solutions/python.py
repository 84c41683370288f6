# approach: Sort by start, then one sweep | time: O(n log n) | space: O(n)
# After sorting, a booking merges with the last consolidated one exactly when it starts no later than that one ends.
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        for start, end in sorted(intervals, key=lambda p: p[0]):
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1][1] = end
            else:
                merged.append([start, end])
        return merged
