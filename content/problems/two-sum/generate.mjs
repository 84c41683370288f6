// Random and large cases. Uniqueness of the answer is guaranteed by residues mod 4: every filler weight is a multiple
// of 4, the pair's weights are 1 and 2 (mod 4), so only the pair can reach a target that is 3 (mod 4).
function makeCase(rng, n, i, j) {
  const nums = Array.from({ length: n }, () => 4 * rng.int(-250_000_000, 250_000_000));
  nums[i] = 4 * rng.int(-125_000_000, 125_000_000) + 1;
  nums[j] = 4 * rng.int(-125_000_000, 124_999_999) + 2;
  return { input: [nums, nums[i] + nums[j]], output: [i, j] };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 10; k++) {
    const n = rng.int(2, 60);
    const i = rng.int(0, n - 2);
    cases.push(makeCase(rng, n, i, rng.int(i + 1, n - 1)));
  }
  cases.push(makeCase(rng, 1000, 17, 998));
  // Large: the pair sits at the very end, so checking every pair does ~5·10^9 additions.
  cases.push(makeCase(rng, 100_000, 99_998, 99_999));
  return cases;
}
