// Random request logs with a unique top k: the top k ids get counts above a threshold T, all others at most T.
function makeCase(rng, distinct, k, maxCount, lo, hi) {
  const ids = new Set();
  while (ids.size < distinct) ids.add(rng.int(lo, hi));
  const list = [...ids];
  const threshold = rng.int(1, Math.max(1, maxCount - 1));
  const nums = [];
  const top = [];
  list.forEach((id, i) => {
    const count = i < k ? rng.int(threshold + 1, Math.max(threshold + 1, maxCount)) : rng.int(1, threshold);
    if (i < k) top.push(id);
    for (let c = 0; c < count; c++) nums.push(id);
  });
  for (let i = nums.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [nums[i], nums[j]] = [nums[j], nums[i]];
  }
  return { input: [nums, k], output: top };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 12; t++) {
    const distinct = rng.int(1, 15);
    cases.push(makeCase(rng, distinct, rng.int(1, distinct), rng.int(2, 6), -50, 50));
  }
  cases.push(makeCase(rng, 500, 1, 20, -1_000_000_000, 1_000_000_000));
  // Large: 4·10^4 distinct ids and k = 1.5·10^4; picking the maximum k times over all ids is ~6·10^8 steps.
  cases.push(makeCase(rng, 40_000, 15_000, 3, -1_000_000_000, 1_000_000_000));
  return cases;
}
