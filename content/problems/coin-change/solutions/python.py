# approach: Bottom-up DP over amounts (unbounded knapsack) | time: O(fare * k) | space: O(fare)
class Solution:
    def coinChange(self, tokens: List[int], fare: int) -> int:
        impossible = fare + 1
        best = [0] + [impossible] * fare
        for token in tokens:
            # Iterating amounts upward lets each token be reused any number of times.
            for amount in range(token, fare + 1):
                candidate = best[amount - token] + 1
                if candidate < best[amount]:
                    best[amount] = candidate
        return best[fare] if best[fare] != impossible else -1
