// Random token sets (some with a common factor, so fares can be unpayable); answers come from the amount DP.

function fewest(tokens, fare) {
  const best = new Int32Array(fare + 1).fill(fare + 1);
  best[0] = 0;
  for (const t of tokens) for (let a = t; a <= fare; a++) if (best[a - t] + 1 < best[a]) best[a] = best[a - t] + 1;
  return best[fare] > fare ? -1 : best[fare];
}

function makeCase(rng, k, maxToken, fare, factor = 1) {
  const set = new Set();
  // Never ask for more distinct multiples of factor than exist below maxToken.
  const top = Math.max(k, Math.floor(maxToken / factor));
  while (set.size < k) set.add(factor * rng.int(1, top));
  const tokens = [...set];
  return { input: [tokens, fare], output: fewest(tokens, fare) };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) {
    const k = rng.int(1, 6);
    cases.push(makeCase(rng, k, rng.int(k, 60), rng.int(0, 300), t % 3 === 0 ? rng.int(2, 5) : 1));
  }
  // Large: fares near 3 * 10^4 with 12 tokens; recursion over "last token" without memoisation is exponential.
  cases.push(makeCase(rng, 12, 500, 30_000));
  cases.push(makeCase(rng, 12, 10_000, 29_999, 3));
  cases.push(makeCase(rng, 3, 2_000, 30_000));
  cases.push({ input: [[2147483647, 1, 30000], 29_999], output: 29_999 });
  return cases;
}
