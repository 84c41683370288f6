// Random playlists (duplicates and negatives included) plus long ones where walking to the tail each time is O(n^2).
export default function generate(rng) {
  const cases = [];
  for (let k = 0; k < 12; k++) {
    const n = rng.int(0, 40);
    const range = k % 2 === 0 ? 5 : 1_000_000_000;
    const vals = Array.from({ length: n }, () => rng.int(-range, range));
    cases.push({ input: [vals], output: vals.slice().reverse() });
  }
  for (const n of [1000, 100_000]) {
    const vals = Array.from({ length: n }, () => rng.int(-1_000_000_000, 1_000_000_000));
    cases.push({ input: [vals], output: vals.slice().reverse() });
  }
  return cases;
}
