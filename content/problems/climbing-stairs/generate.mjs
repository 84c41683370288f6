// Random and extreme stair counts; the expected counts come from one bottom-up pass.

const MOD = 1_000_000_007;

export default function generate(rng) {
  const ns = [];
  for (let t = 0; t < 10; t++) ns.push(rng.int(6, 5000));
  // Large: plain recursion is exponential, and even memoised recursion is a million frames deep.
  ns.push(rng.int(200_000, 900_000), 999_999, 1_000_000);
  const maxN = Math.max(...ns);
  const ways = new Int32Array(maxN + 1);
  ways[0] = 1;
  ways[1] = 1;
  for (let i = 2; i <= maxN; i++) ways[i] = (ways[i - 1] + ways[i - 2]) % MOD;
  return ns.map((n) => ({ input: [n], output: ways[n] }));
}
