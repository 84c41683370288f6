// approach: Sieve of Eratosthenes | time: O(n log log n) | space: O(n)
// Cross out multiples of each prime p starting at p*p (long arithmetic so p*p cannot overflow).
import java.util.*;

class Solution {
    public int countPrimes(int n) {
        if (n < 3) return 0;
        boolean[] composite = new boolean[n];
        int count = 0;
        for (int p = 2; p < n; p++) {
            if (composite[p]) continue;
            count++;
            for (long m = (long) p * p; m < n; m += p) composite[(int) m] = true;
        }
        return count;
    }
}
