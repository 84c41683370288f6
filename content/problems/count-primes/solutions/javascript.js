// approach: Sieve of Eratosthenes | time: O(n log log n) | space: O(n)
// Cross out multiples of each prime p starting at p*p; a byte array keeps the sieve compact.
class Solution {
  countPrimes(n) {
    if (n < 3) return 0;
    const composite = new Uint8Array(n);
    let count = 0;
    for (let p = 2; p < n; p++) {
      if (composite[p]) continue;
      count++;
      for (let m = p * p; m < n; m += p) composite[m] = 1;
    }
    return count;
  }
}
