// Random booking sets (nested, touching, duplicated), and 10^5-booking sets where re-scanning for overlaps is O(n^2).
function consolidate(intervals) {
  const sorted = intervals.map((p) => p.slice()).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function make(rng, n, lo, hi, maxLen) {
  const intervals = Array.from({ length: n }, () => {
    const s = rng.int(lo, hi - maxLen);
    return [s, s + rng.int(0, maxLen)];
  });
  return { input: [intervals], output: consolidate(intervals) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) cases.push(make(rng, rng.int(1, 15), -20, 20, k % 2 ? 3 : 10));
  cases.push(make(rng, 2000, -1_000_000_000, 1_000_000_000, 1_000_000));
  // Large: many disjoint bookings (the answer stays long) and one where everything chains into few groups.
  cases.push(make(rng, 100_000, -1_000_000_000, 1_000_000_000, 5000));
  cases.push(make(rng, 50_000, 0, 5_000_000, 300));
  return cases;
}
