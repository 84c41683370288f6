// Random trains and positions, including the front and back carriage of long trains.

function makeCase(rng, n, k) {
  const head = Array.from({ length: n }, () => rng.int(0, 1_000_000));
  const output = head.slice(0, n - k).concat(head.slice(n - k + 1));
  return { input: [head, k], output };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) {
    const n = rng.int(1, 40);
    cases.push(makeCase(rng, n, rng.int(1, n)));
  }
  // Large trains: removing the front, the back and a random carriage.
  cases.push(makeCase(rng, 100_000, 100_000));
  cases.push(makeCase(rng, 100_000, 1));
  cases.push(makeCase(rng, 100_000, rng.int(1, 100_000)));
  return cases;
}
