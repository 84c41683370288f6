// approach: Bottom-up DP keeping the last two counts | time: O(n) | space: O(1)
import java.util.*;

class Solution {
    public int climbStairs(int n) {
        final int MOD = 1_000_000_007;
        int prev = 1, cur = 1; // ways to reach step 0 and step 1
        for (int i = 2; i <= n; i++) {
            int next = (prev + cur) % MOD; // both < MOD, so the sum fits in an int
            prev = cur;
            cur = next;
        }
        return cur;
    }
}
