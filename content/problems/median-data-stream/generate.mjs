// Long call sequences; medians come from a Fenwick tree over the bounded value range (k-th smallest in O(log V)).

const OFFSET = 100_000;
const SIZE = 2 * OFFSET + 1;

function makeCase(rng, calls, lo, hi, queryRate) {
  const tree = new Int32Array(SIZE + 1);
  let count = 0;
  let log = 1;
  while (1 << (log + 1) <= SIZE) log++;
  const add = (v) => {
    for (let i = v + OFFSET + 1; i <= SIZE; i += i & -i) tree[i]++;
  };
  const kth = (k) => {
    // Smallest value whose prefix count reaches k.
    let pos = 0;
    for (let step = 1 << log; step > 0; step >>= 1) {
      if (pos + step <= SIZE && tree[pos + step] < k) {
        pos += step;
        k -= tree[pos];
      }
    }
    return pos - OFFSET; // pos is the 0-based index of the answer
  };
  const names = ['MedianFinder'];
  const args = [[]];
  const output = [null];
  for (let i = 0; i < calls; i++) {
    if (count > 0 && rng.next() < queryRate) {
      names.push('findMedian');
      args.push([]);
      output.push(count % 2 ? kth((count + 1) / 2) : (kth(count / 2) + kth(count / 2 + 1)) / 2);
    } else {
      const num = rng.int(lo, hi);
      names.push('addNum');
      args.push([num]);
      output.push(null);
      add(num);
      count++;
    }
  }
  return { input: [names, args], output };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 12; t++) {
    const span = [3, 100, 100_000][t % 3];
    cases.push(makeCase(rng, rng.int(2, 300), -span, span, 0.4));
  }
  // Large: 10^5 calls, half of them queries; sorting on every query is about 5 * 10^4 sorts of up to 5 * 10^4 values.
  cases.push(makeCase(rng, 100_000, -100_000, 100_000, 0.5));
  cases.push(makeCase(rng, 100_000, -5, 5, 0.5));
  return cases;
}
