// Random streets, plus 10^5-building ones (random, all equal, a staircase, a valley) where trying all spans is 5·10^9.
function largest(h) {
  const stack = [];
  let best = 0;
  for (let i = 0; i <= h.length; i++) {
    const cur = i === h.length ? 0 : h[i];
    while (stack.length > 0 && h[stack[stack.length - 1]] >= cur) {
      const height = h[stack.pop()];
      const left = stack.length > 0 ? stack[stack.length - 1] : -1;
      best = Math.max(best, height * (i - left - 1));
    }
    stack.push(i);
  }
  return best;
}

function make(h) {
  return { input: [h], output: largest(h) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const n = rng.int(1, 30);
    const top = k % 3 === 0 ? 3 : 10_000;
    cases.push(make(Array.from({ length: n }, () => rng.int(0, top))));
  }
  const n = 100_000;
  cases.push(make(Array.from({ length: n }, () => rng.int(0, 10_000))));
  cases.push(make(new Array(n).fill(10_000)));
  cases.push(make(Array.from({ length: n }, (_, i) => Math.floor(i / 10))));
  cases.push(make(Array.from({ length: n }, (_, i) => Math.floor(Math.abs(i - 50_000) / 5))));
  return cases;
}
