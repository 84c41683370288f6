# approach: Sieve of Eratosthenes | time: O(n log log n) | space: O(n)
# Cross out multiples of each prime p starting at p*p; slice assignment does the crossing at C speed.
class Solution:
    def countPrimes(self, n: int) -> int:
        if n < 3:
            return 0
        is_prime = bytearray([1]) * n
        is_prime[0] = is_prime[1] = 0
        p = 2
        while p * p < n:
            if is_prime[p]:
                is_prime[p * p :: p] = bytes(len(range(p * p, n, p)))
            p += 1
        return sum(is_prime)
