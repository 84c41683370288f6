// Long random call sequences; expected answers come from a Map whose insertion order tracks recency.

/** `warm` leading puts of distinct keys fill the shelf before the random calls start. */
function makeCase(rng, capacity, calls, keySpan, getRate, warm = 0) {
  const cache = new Map();
  const names = ['LRUCache'];
  const args = [[capacity]];
  const output = [null];
  for (let i = 0; i < calls; i++) {
    const key = i < warm ? i : rng.int(0, keySpan);
    if (i >= warm && rng.next() < getRate) {
      names.push('get');
      args.push([key]);
      if (cache.has(key)) {
        const v = cache.get(key);
        cache.delete(key);
        cache.set(key, v);
        output.push(v);
      } else output.push(-1);
    } else {
      const value = rng.int(0, 100_000);
      names.push('put');
      args.push([key, value]);
      output.push(null);
      if (cache.has(key)) cache.delete(key);
      else if (cache.size === capacity) cache.delete(cache.keys().next().value);
      cache.set(key, value);
    }
  }
  return { input: [names, args], output };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 12; t++) cases.push(makeCase(rng, rng.int(1, 8), rng.int(10, 300), rng.int(2, 20), 0.5));
  // Large: a shelf of 5 * 10^4 entries filled first, then 10^5 random calls; a list searched per call is about
  // 2.5 * 10^9 comparisons.
  cases.push(makeCase(rng, 50_000, 150_000, 60_000, 0.5, 50_000));
  cases.push(makeCase(rng, 3000, 100_000, 10_000, 0.3));
  cases.push(makeCase(rng, 1, 50_000, 3, 0.5));
  return cases;
}
