// Random sorted logs (including empty ones); the expected timeline is all values sorted.

/** A negative maxLen gives every log exactly -maxLen events (keeps the total within the constraints). */
function makeCase(rng, k, maxLen, span, emptyRate = 0.1) {
  const lists = [];
  for (let i = 0; i < k; i++) {
    const len = maxLen < 0 ? -maxLen : rng.next() < emptyRate ? 0 : rng.int(0, maxLen);
    lists.push(Array.from({ length: len }, () => rng.int(-span, span)).sort((a, b) => a - b));
  }
  const output = lists.flat().sort((a, b) => a - b);
  return { input: [lists], output };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) cases.push(makeCase(rng, rng.int(0, 8), rng.int(0, 12), t % 2 ? 5 : 10_000));
  // Large: 10^4 logs with 10^5 events; merging logs into the result one by one is about 5 * 10^8 node visits.
  cases.push(makeCase(rng, 10_000, -10, 10_000, 0));
  cases.push(makeCase(rng, 200, 500, 10_000, 0));
  cases.push(makeCase(rng, 10_000, 10, 3, 0.5));
  return cases;
}
