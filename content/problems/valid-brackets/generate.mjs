// Random balanced skeletons, corrupted copies, and deep nestings that defeat the repeated "remove a pair" approach.
const OPEN = '([{<';
const CLOSE = ')]}>';

function balanced(rng, pairs) {
  const out = [];
  const stack = [];
  let left = pairs;
  while (left > 0 || stack.length > 0) {
    if (left > 0 && (stack.length === 0 || rng.next() < 0.55)) {
      const k = rng.int(0, 3);
      out.push(OPEN[k]);
      stack.push(k);
      left--;
    } else {
      out.push(CLOSE[stack.pop()]);
    }
  }
  return out;
}

function check(s) {
  const stack = [];
  for (const c of s) {
    const o = OPEN.indexOf(c);
    if (o >= 0) stack.push(o);
    else if (stack.pop() !== CLOSE.indexOf(c)) return false;
  }
  return stack.length === 0;
}

function corrupt(rng, chars) {
  const at = rng.int(0, chars.length - 1);
  const all = OPEN + CLOSE;
  chars[at] = all[(all.indexOf(chars[at]) + rng.int(1, 7)) % 8];
  return chars;
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    let chars = balanced(rng, rng.int(1, 25));
    if (k % 3 === 1) chars = corrupt(rng, chars);
    if (k % 3 === 2) chars.splice(rng.int(0, chars.length - 1), 1);
    const s = chars.join('');
    cases.push({ input: [s], output: check(s) });
  }
  // Large: 10^5 levels of nesting; deleting adjacent pairs one round at a time takes ~10^10 steps.
  const deep = [];
  for (let i = 0; i < 100_000; i++) deep.push(rng.int(0, 3));
  const nested = deep.map((k) => OPEN[k]).join('') + deep.reverse().map((k) => CLOSE[k]).join('');
  cases.push({ input: [nested], output: true });
  const broken = nested.slice(0, 199_999) + (nested[199_999] === ')' ? ']' : ')');
  cases.push({ input: [broken], output: check(broken) });
  const wide = balanced(rng, 100_000).join('');
  cases.push({ input: [wide], output: check(wide) });
  return cases;
}
