// Random sorted queues (often overlapping values) plus two long ones where inserting node by node from the head is O(n^2).
function sortedList(rng, n, lo, hi) {
  return Array.from({ length: n }, () => rng.int(lo, hi)).sort((a, b) => a - b);
}

function merged(a, b) {
  return [...a, ...b].sort((x, y) => x - y);
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const narrow = k % 3 === 0;
    const a = sortedList(rng, rng.int(0, 20), narrow ? -3 : -1000, narrow ? 3 : 1000);
    const b = sortedList(rng, rng.int(0, 20), narrow ? -3 : -1000, narrow ? 3 : 1000);
    cases.push({ input: [a, b], output: merged(a, b) });
  }
  // All of list2 is larger than list1: tail-to-head insertion scans. Plus two long interleaved lists.
  const low = sortedList(rng, 50_000, -1_000_000_000, 0);
  const high = sortedList(rng, 50_000, 1, 1_000_000_000);
  cases.push({ input: [high, low], output: merged(low, high) });
  const a = sortedList(rng, 50_000, -1_000_000_000, 1_000_000_000);
  const b = sortedList(rng, 50_000, -1_000_000_000, 1_000_000_000);
  cases.push({ input: [a, b], output: merged(a, b) });
  return cases;
}
