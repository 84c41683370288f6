// Random bins: words drawn as shuffles of a pool of base words plus unique words; the large case has ~10^4 bins, so
// comparing each word with every bin (or every other word) is quadratic.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function word(rng, len, alphabet) {
  let w = '';
  for (let i = 0; i < len; i++) w += alphabet[rng.int(0, alphabet.length - 1)];
  return w;
}

function shuffled(rng, w) {
  const a = w.split('');
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.join('');
}

function bins(strs) {
  const groups = new Map();
  for (const s of strs) {
    const key = s.split('').sort().join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(s);
  }
  return [...groups.values()];
}

function makeCase(rng, n, bases, maxLen, alphabet) {
  const pool = Array.from({ length: bases }, () => word(rng, rng.int(0, maxLen), alphabet));
  const strs = Array.from({ length: n }, () =>
    rng.next() < 0.7 ? shuffled(rng, pool[rng.int(0, bases - 1)]) : word(rng, rng.int(0, maxLen), alphabet),
  );
  return { input: [strs], output: bins(strs) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 10; k++) cases.push(makeCase(rng, rng.int(1, 30), rng.int(1, 6), 6, k % 2 ? 'abc' : LETTERS));
  cases.push(makeCase(rng, 300, 20, 100, LETTERS));
  cases.push(makeCase(rng, 20_000, 6000, 10, LETTERS));
  return cases;
}
