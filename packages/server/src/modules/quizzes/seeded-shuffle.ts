/**
 * A small deterministic PRNG (mulberry32): the same 32-bit seed always yields the same sequence, on every platform,
 * which is what makes a stored quiz attempt reproducible.
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a Fisher–Yates shuffled copy of `items` driven by `seed`; the input is not changed. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = createSeededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Picks `count` items (or all, when fewer) in a seeded random order. */
export function seededSample<T>(items: readonly T[], count: number, seed: number): T[] {
  return seededShuffle(items, seed).slice(0, Math.max(0, count));
}
