// approach: Sieve of Eratosthenes | time: O(n log log n) | space: O(n)
// Cross out multiples of each prime p starting at p*p (long long so p*p cannot overflow).
class Solution {
public:
    int countPrimes(int n) {
        if (n < 3) return 0;
        vector<char> composite(n, 0);
        int count = 0;
        for (int p = 2; p < n; p++) {
            if (composite[p]) continue;
            count++;
            for (long long m = (long long)p * p; m < n; m += p) composite[m] = 1;
        }
        return count;
    }
};
