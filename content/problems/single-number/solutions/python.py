# approach: XOR all values so pairs cancel | time: O(n) | space: O(1)
from functools import reduce
from operator import xor


class Solution:
    def singleNumber(self, socks: List[int]) -> int:
        # Python ints are unbounded, but XOR of values in [-2^31, 2^31) stays in that range.
        return reduce(xor, socks, 0)
