// Random price series (noisy, trending up, trending down); profits come from the running-minimum scan.

function bestProfit(prices) {
  let cheapest = prices[0];
  let best = 0;
  for (const p of prices) {
    if (p < cheapest) cheapest = p;
    else if (p - cheapest > best) best = p - cheapest;
  }
  return best;
}

function makeCase(rng, n, trend) {
  let p = rng.int(0, 10_000);
  const prices = [];
  for (let i = 0; i < n; i++) {
    p = Math.min(10_000, Math.max(0, p + trend + rng.int(-50, 50)));
    prices.push(trend === 0 && rng.next() < 0.3 ? rng.int(0, 10_000) : p);
  }
  return { input: [prices], output: bestProfit(prices) };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) cases.push(makeCase(rng, rng.int(1, 50), [0, 5, -5][t % 3]));
  // Large: checking every (buy, sell) pair is about 2 * 10^10 steps.
  cases.push(makeCase(rng, 200_000, 0));
  cases.push(makeCase(rng, 200_000, -1));
  const falling = Array.from({ length: 200_000 }, (_, i) => 10_000 - Math.floor(i / 20));
  cases.push({ input: [falling], output: bestProfit(falling) });
  return cases;
}
