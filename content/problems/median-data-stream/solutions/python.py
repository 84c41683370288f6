# approach: Two heaps (max-heap lower half, min-heap upper half) | time: O(log n) per add, O(1) per median | space: O(n)
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # max-heap of the lower half, stored negated
        self.high = []  # min-heap of the upper half

    def addNum(self, num: int) -> None:
        # Route through the lower half so every value in low stays <= every value in high.
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
