// Random price runs with all kinds of k, plus 10^5-minute runs with k near n/2, where rescanning windows is ~2.5·10^9.
function peaks(nums, k) {
  const out = [];
  const dq = new Int32Array(nums.length);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < nums.length; i++) {
    while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
    dq[tail++] = i;
    if (dq[head] <= i - k) head++;
    if (i >= k - 1) out.push(nums[dq[head]]);
  }
  return out;
}

function make(nums, k) {
  return { input: [nums, k], output: peaks(nums, k) };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 12; t++) {
    const n = rng.int(1, 30);
    const range = t % 3 === 0 ? 2 : 1_000_000_000;
    cases.push(make(Array.from({ length: n }, () => rng.int(-range, range)), rng.int(1, n)));
  }
  const n = 100_000;
  cases.push(make(Array.from({ length: n }, () => rng.int(-1_000_000_000, 1_000_000_000)), 50_000));
  cases.push(make(Array.from({ length: n }, (_, i) => 1_000_000_000 - i * 10_000), 40_000));
  cases.push(make(Array.from({ length: n }, (_, i) => i - 50_000), 100_000));
  return cases;
}
