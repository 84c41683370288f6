// Random rotated shelves with hits and misses, plus a 10^5 × 10^5 batch where a scan per lookup is 10^10 steps.
function distinctSorted(rng, n, lo, hi) {
  const set = new Set();
  while (set.size < n) set.add(rng.int(lo, hi));
  return [...set].sort((a, b) => a - b);
}

function make(rng, n, q, lo, hi) {
  const sorted = distinctSorted(rng, n, lo, hi);
  const k = rng.int(0, n - 1);
  const nums = [...sorted.slice(k), ...sorted.slice(0, k)];
  const where = new Map(nums.map((v, i) => [v, i]));
  const targets = Array.from({ length: q }, () =>
    rng.next() < 0.6 ? nums[rng.int(0, n - 1)] : rng.int(lo - 2, hi + 2),
  );
  return { input: [nums, targets], output: targets.map((t) => where.get(t) ?? -1) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) cases.push(make(rng, rng.int(1, 20), rng.int(1, 10), -30, 30));
  cases.push(make(rng, 1000, 1000, -1_000_000, 1_000_000));
  cases.push(make(rng, 100_000, 100_000, -999_999_998, 999_999_998));
  return cases;
}
