// Random phrases: mirrored ones (with noise characters and random case) and near-misses with one character changed.
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const NOISE = ' .,;:!?-_\'"()[]{}@#$%^&*+=/\\|<>~`';

function clean(s) {
  let out = '';
  for (const c of s.toLowerCase()) if (/[a-z0-9]/.test(c)) out += c;
  return out;
}

function isMirror(s) {
  const t = clean(s);
  for (let i = 0, j = t.length - 1; i < j; i++, j--) if (t[i] !== t[j]) return false;
  return true;
}

function phrase(rng, core, noiseRate) {
  const parts = [];
  for (const c of core) {
    while (rng.next() < noiseRate) parts.push(NOISE[rng.int(0, NOISE.length - 1)]);
    parts.push(rng.next() < 0.5 ? c.toUpperCase() : c);
  }
  return parts.join('');
}

function mirrorCore(rng, half, odd) {
  const left = Array.from({ length: half }, () => ALNUM[rng.int(0, ALNUM.length - 1)]);
  const mid = odd ? [ALNUM[rng.int(0, ALNUM.length - 1)]] : [];
  return [...left, ...mid, ...left.slice().reverse()];
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const core = mirrorCore(rng, rng.int(0, 30), rng.next() < 0.5);
    if (k % 2 === 1 && core.length > 1) {
      const at = rng.int(0, core.length - 1);
      core[at] = ALNUM[(ALNUM.indexOf(core[at]) + rng.int(1, ALNUM.length - 1)) % ALNUM.length];
    }
    const s = phrase(rng, core, 0.3) || ' ';
    cases.push({ input: [s], output: isMirror(s) });
  }
  // Large: 2·10^5 characters; a solution that re-slices the string at every step is quadratic.
  const big = phrase(rng, mirrorCore(rng, 75_000, true), 0.2).slice(0, 200_000);
  cases.push({ input: [big], output: isMirror(big) });
  const core = mirrorCore(rng, 85_000, false);
  core[85_000] = core[85_000] === 'a' ? 'b' : 'a';
  const nearMiss = phrase(rng, core, 0.1).slice(0, 200_000);
  cases.push({ input: [nearMiss], output: isMirror(nearMiss) });
  return cases;
}
