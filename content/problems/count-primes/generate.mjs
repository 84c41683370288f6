// Random ceilings of every size plus two at the top of the range; expected counts come from one shared sieve.
const MAX = 5_000_000;

export default function generate(rng) {
  const composite = new Uint8Array(MAX + 1);
  const below = new Int32Array(MAX + 1); // below[k] = number of primes < k
  for (let p = 2; p * p <= MAX; p++) {
    if (composite[p]) continue;
    for (let m = p * p; m <= MAX; m += p) composite[m] = 1;
  }
  for (let k = 1; k <= MAX; k++) below[k] = below[k - 1] + (k - 1 >= 2 && !composite[k - 1] ? 1 : 0);
  const ns = [];
  for (let k = 0; k < 6; k++) ns.push(rng.int(0, 200));
  for (let k = 0; k < 4; k++) ns.push(rng.int(1000, 100_000));
  ns.push(rng.int(1_000_000, 2_000_000));
  // Large: trial division of every number below the ceiling is far too slow here.
  ns.push(MAX, MAX - rng.int(1, 1000));
  return ns.map((n) => ({ input: [n], output: below[n] }));
}
