// Random panels with every kind of turn count (negative, multiples of 4, huge), plus panels up to 500 × 500 with huge
// turn counts, where performing the quarter turns one by one would take ~10^9 rotations.
function rotated(matrix, turns) {
  const r = ((turns % 4) + 4) % 4;
  let m = matrix;
  for (let k = 0; k < r; k++) m = m.map((_, i) => m.map((row) => row[i]).reverse());
  return m;
}

function make(rng, n, turns, range) {
  const matrix = Array.from({ length: n }, () => Array.from({ length: n }, () => rng.int(-range, range)));
  return { input: [matrix, turns], output: rotated(matrix, turns) };
}

export default function generate(rng) {
  const cases = [];
  const turnChoices = [0, 1, 2, 3, 4, -1, -2, -3, -4, 7, -7, 1_000_000_000, -1_000_000_000, 999_999_999, -999_999_999];
  for (let k = 0; k < 12; k++) {
    cases.push(make(rng, rng.int(1, 7), turnChoices[rng.int(0, turnChoices.length - 1)], k % 2 ? 9 : 1_000_000));
  }
  cases.push(make(rng, 500, 999_999_997, 1_000_000));
  cases.push(make(rng, 300, 999_999_999, 1_000_000));
  cases.push(make(rng, 200, -999_999_998, 1_000_000));
  return cases;
}
