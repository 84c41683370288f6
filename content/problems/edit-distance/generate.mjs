// Random headline pairs, many of them a target with a few random edits applied; distances come from the row DP.

function distance(a, b) {
  const m = b.length;
  let prev = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Int32Array(m + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      cur[j] = c === b.charCodeAt(j - 1) ? prev[j - 1] : 1 + Math.min(prev[j], cur[j - 1], prev[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

function word(rng, len, letters) {
  let s = '';
  for (let i = 0; i < len; i++) s += letters[rng.int(0, letters.length - 1)];
  return s;
}

function mutate(rng, s, edits, letters) {
  const chars = [...s];
  for (let e = 0; e < edits; e++) {
    const op = rng.int(0, 2);
    const at = rng.int(0, chars.length);
    if (op === 0 || chars.length === 0) chars.splice(at, 0, rng.pick([...letters]));
    else if (op === 1) chars.splice(Math.min(at, chars.length - 1), 1);
    else chars[Math.min(at, chars.length - 1)] = rng.pick([...letters]);
  }
  return chars.join('').slice(0, 800);
}

function makeCase(rng, len, letters, edits) {
  const target = word(rng, len, letters);
  const draft = edits === null ? word(rng, rng.int(0, len), letters) : mutate(rng, target, edits, letters);
  return { input: [draft, target], output: distance(draft, target) };
}

export default function generate(rng) {
  const az = 'abcdefghijklmnopqrstuvwxyz';
  const cases = [];
  for (let t = 0; t < 10; t++) cases.push(makeCase(rng, rng.int(0, 25), t % 2 ? 'ab' : az, t % 3 ? rng.int(0, 6) : null));
  // Large: 800-character headlines; the plain recursion over three choices is exponential.
  cases.push(makeCase(rng, 790, az, 10));
  cases.push(makeCase(rng, 800, 'abc', null));
  cases.push(makeCase(rng, 780, az, 300));
  return cases;
}
