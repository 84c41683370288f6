// Random recordings over small and full printable alphabets, and long ones where enumerating substrings is hopeless.
function printable(rng, lo, hi) {
  return String.fromCharCode(rng.int(lo, hi));
}

function longest(s) {
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const seen = last.get(s[right]);
    if (seen !== undefined && seen >= left) left = seen + 1;
    last.set(s[right], right);
    best = Math.max(best, right - left + 1);
  }
  return best;
}

function make(rng, n, lo, hi) {
  let s = '';
  for (let i = 0; i < n; i++) s += printable(rng, lo, hi);
  return { input: [s], output: longest(s) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 6; k++) cases.push(make(rng, rng.int(0, 20), 97, 100));
  for (let k = 0; k < 6; k++) cases.push(make(rng, rng.int(20, 300), 32, 126));
  // Large: 10^5 characters; the whole printable range rotating gives a best run of exactly 95.
  cases.push(make(rng, 100_000, 32, 126));
  let cycle = '';
  for (let i = 0; i < 100_000; i++) cycle += String.fromCharCode(32 + (i % 95));
  cases.push({ input: [cycle], output: longest(cycle) });
  cases.push(make(rng, 100_000, 48, 57));
  return cases;
}
