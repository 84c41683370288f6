// Random logs, plus 10^5-day logs with long flat or falling spells where scanning forward from each day is quadratic.
function waits(t) {
  const out = new Array(t.length).fill(0);
  const stack = [];
  for (let i = 0; i < t.length; i++) {
    while (stack.length > 0 && t[stack[stack.length - 1]] < t[i]) {
      const j = stack.pop();
      out[j] = i - j;
    }
    stack.push(i);
  }
  return out;
}

function make(t) {
  return { input: [t], output: waits(t) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const n = rng.int(1, 30);
    const [lo, hi] = k % 3 === 0 ? [0, 3] : [-90, 60];
    cases.push(make(Array.from({ length: n }, () => rng.int(lo, hi))));
  }
  const n = 100_000;
  cases.push(make(Array.from({ length: n }, () => rng.int(-90, 60))));
  const cold = new Array(n).fill(-40);
  cold[n - 1] = 60;
  cases.push(make(cold));
  cases.push(make(Array.from({ length: n }, (_, i) => 60 - Math.floor((i * 150) / n))));
  return cases;
}
