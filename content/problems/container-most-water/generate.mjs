// Random canals plus 10^5-post ones (random, a tall pair hidden inside, a staircase) where all pairs is 5·10^9 checks.
function best(h) {
  let i = 0;
  let j = h.length - 1;
  let area = 0;
  while (i < j) {
    area = Math.max(area, (j - i) * Math.min(h[i], h[j]));
    if (h[i] < h[j]) i++;
    else j--;
  }
  return area;
}

function make(h) {
  return { input: [h], output: best(h) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const n = rng.int(2, 30);
    const top = k % 3 === 0 ? 3 : 10_000;
    cases.push(make(Array.from({ length: n }, () => rng.int(0, top))));
  }
  const n = 100_000;
  cases.push(make(Array.from({ length: n }, () => rng.int(0, 10_000))));
  const low = Array.from({ length: n }, () => rng.int(0, 100));
  low[rng.int(1000, 5000)] = 10_000;
  low[rng.int(90_000, 99_000)] = 9_999;
  cases.push(make(low));
  cases.push(make(Array.from({ length: n }, (_, i) => Math.floor(i / 10))));
  return cases;
}
