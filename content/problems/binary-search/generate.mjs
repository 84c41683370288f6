// Random sorted catalogues with duplicates; answers come from a lower-bound search.

function lowerBound(arr, target) {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function makeCase(rng, n, q, span) {
  const catalogue = Array.from({ length: n }, () => rng.int(-span, span)).sort((a, b) => a - b);
  const queries = Array.from({ length: q }, () =>
    n > 0 && rng.next() < 0.6 ? rng.pick(catalogue) : rng.int(-span - 2, span + 2),
  );
  const output = queries.map((t) => {
    const i = lowerBound(catalogue, t);
    return i < n && catalogue[i] === t ? i : -1;
  });
  return { input: [catalogue, queries], output };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) cases.push(makeCase(rng, rng.int(0, 30), rng.int(1, 15), t < 5 ? 10 : 1_000_000_000));
  // Large: scanning the catalogue for each of 10^5 queries is about 10^10 steps.
  cases.push(makeCase(rng, 100_000, 100_000, 1_000_000_000));
  cases.push(makeCase(rng, 100_000, 100_000, 50));
  return cases;
}
