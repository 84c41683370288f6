// Random belts with varying zero density; the expected belt is the stable partition.

function makeCase(rng, n, zeroRate, span) {
  const nums = Array.from({ length: n }, () => (rng.next() < zeroRate ? 0 : rng.int(-span, span)));
  const nonZero = nums.filter((x) => x !== 0);
  const output = nonZero.concat(new Array(n - nonZero.length).fill(0));
  return { input: [nums], output };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) cases.push(makeCase(rng, rng.int(1, 40), rng.next(), t % 2 ? 5 : 2147483647));
  // Large: half zeros, so shifting the tail left at every zero is about 10^10 moves.
  cases.push(makeCase(rng, 200_000, 0.5, 1_000_000));
  cases.push(makeCase(rng, 200_000, 0.99, 2147483647));
  cases.push(makeCase(rng, 200_000, 0, 2147483647));
  return cases;
}
