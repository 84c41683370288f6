// Random sorted logs of unequal sizes (empty ones too), plus two 10^5-reading logs at the extremes of the value range.
function sortedLog(rng, n, lo, hi) {
  return Array.from({ length: n }, () => rng.int(lo, hi)).sort((a, b) => a - b);
}

function median(a, b) {
  const all = [...a, ...b].sort((x, y) => x - y);
  const t = all.length;
  return t % 2 === 1 ? all[(t - 1) / 2] : (all[t / 2 - 1] + all[t / 2]) / 2;
}

function make(a, b) {
  return { input: [a, b], output: median(a, b) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const m = rng.int(0, 12);
    const n = rng.int(m === 0 ? 1 : 0, 12);
    const range = k % 3 === 0 ? 3 : 1_000_000_000;
    cases.push(make(sortedLog(rng, m, -range, range), sortedLog(rng, n, -range, range)));
  }
  cases.push(make(sortedLog(rng, 100_000, -1_000_000_000, 1_000_000_000), sortedLog(rng, 99_999, -5, 5)));
  cases.push(make(sortedLog(rng, 100_000, 999_999_000, 1_000_000_000), sortedLog(rng, 100_000, 999_000_000, 1_000_000_000)));
  cases.push(make([], sortedLog(rng, 100_000, -1_000_000_000, 1_000_000_000)));
  return cases;
}
