// Random factor lines whose non-zero absolute product stays <= 2^30; mostly ±1 with a few larger factors and zeros.
function expected(nums) {
  const out = new Array(nums.length).fill(1);
  let left = 1;
  for (let i = 0; i < nums.length; i++) {
    out[i] = left;
    left *= nums[i];
  }
  let right = 1;
  for (let i = nums.length - 1; i >= 0; i--) {
    out[i] = out[i] * right || 0; // `|| 0` turns -0 into 0
    right *= nums[i];
  }
  return out;
}

function makeCase(rng, n, zeros, bigFactors) {
  const nums = Array.from({ length: n }, () => (rng.next() < 0.5 ? -1 : 1));
  let budget = 2 ** 30;
  for (let b = 0; b < bigFactors; b++) {
    const mag = rng.int(2, 30);
    if (mag > budget) break;
    budget = Math.floor(budget / mag);
    nums[rng.int(0, n - 1)] = rng.next() < 0.5 ? -mag : mag;
  }
  for (let z = 0; z < zeros; z++) nums[rng.int(0, n - 1)] = 0;
  return { input: [nums], output: expected(nums) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const n = rng.int(2, 12);
    cases.push(makeCase(rng, n, k % 4 === 0 ? 1 : k % 4 === 1 ? 2 : 0, rng.int(0, 6)));
  }
  // Large: 10^5 factors; recomputing each product from scratch is 10^10 multiplications.
  cases.push(makeCase(rng, 100_000, 0, 12));
  cases.push(makeCase(rng, 100_000, 1, 10));
  return cases;
}
