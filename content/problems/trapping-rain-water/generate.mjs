// Random skylines, plus 10^5-block ones (random, a tall wall at each end over a low floor, a single peak valley) where
// scanning both sides of every block is 10^10 steps.
function water(h) {
  let i = 0;
  let j = h.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let total = 0;
  while (i < j) {
    leftMax = Math.max(leftMax, h[i]);
    rightMax = Math.max(rightMax, h[j]);
    if (leftMax <= rightMax) total += leftMax - h[i++];
    else total += rightMax - h[j--];
  }
  return total;
}

function make(h) {
  return { input: [h], output: water(h) };
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
  const basin = Array.from({ length: n }, () => rng.int(0, 50));
  basin[0] = 10_000;
  basin[n - 1] = 10_000;
  cases.push(make(basin));
  cases.push(make(Array.from({ length: n }, (_, i) => Math.abs(i - 50_000) % 10_001)));
  return cases;
}
