// Random kits (narrow ranges give many duplicates and trios) plus n = 3000 kits where O(n^3) is ~4.5·10^9 triples.
function trios(input) {
  const nums = input.slice().sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i < nums.length - 2 && nums[i] <= 0; i++) {
    if (i > 0 && nums[i] === nums[i - 1]) continue;
    let lo = i + 1;
    let hi = nums.length - 1;
    while (lo < hi) {
      const sum = nums[i] + nums[lo] + nums[hi];
      if (sum < 0) lo++;
      else if (sum > 0) hi--;
      else {
        out.push([nums[i], nums[lo], nums[hi]]);
        lo++;
        hi--;
        while (lo < hi && nums[lo] === nums[lo - 1]) lo++;
      }
    }
  }
  return out;
}

function make(rng, n, range) {
  const nums = Array.from({ length: n }, () => rng.int(-range, range));
  return { input: [nums], output: trios(nums) };
}

export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) cases.push(make(rng, rng.int(3, 25), k % 2 ? 4 : 100));
  cases.push(make(rng, 500, 50));
  cases.push(make(rng, 3000, 100_000));
  const allZero = Array.from({ length: 3000 }, () => 0);
  cases.push({ input: [allZero], output: [[0, 0, 0]] });
  return cases;
}
