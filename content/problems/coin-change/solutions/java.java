// approach: Bottom-up DP over amounts (unbounded knapsack) | time: O(fare * k) | space: O(fare)
import java.util.*;

class Solution {
    public int coinChange(int[] tokens, int fare) {
        int impossible = fare + 1;
        int[] best = new int[fare + 1];
        Arrays.fill(best, impossible);
        best[0] = 0;
        for (int token : tokens) {
            // Iterating amounts upward lets each token be reused any number of times.
            for (int amount = token; amount <= fare; amount++) {
                best[amount] = Math.min(best[amount], best[amount - token] + 1);
            }
        }
        return best[fare] == impossible ? -1 : best[fare];
    }
}
