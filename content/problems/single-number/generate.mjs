// Shuffled pairs plus one single; the expected value is the single chosen here.

function makeCase(rng, pairs, span) {
  const seen = new Set();
  const codes = [];
  while (codes.length < pairs + 1) {
    const v = rng.int(-span, span);
    if (!seen.has(v)) {
      seen.add(v);
      codes.push(v);
    }
  }
  const single = codes.pop();
  const socks = [single];
  for (const c of codes) socks.push(c, c);
  rng.shuffle(socks);
  return { input: [socks], output: single };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) cases.push(makeCase(rng, rng.int(0, 30), t % 2 ? 100 : 2147483647));
  // Large: counting each code by rescanning the array is about 4 * 10^10 comparisons.
  cases.push(makeCase(rng, 100_000, 2147483647));
  cases.push(makeCase(rng, 100_000, 1_000_000));
  return cases;
}
