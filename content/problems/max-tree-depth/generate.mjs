// Random and large trees for hidden cases; depths are computed level by level.

/** Builds a random tree of n nodes (optionally biased into long paths) and returns its level-order array. */
function randomTree(rng, n, lo, hi, chainBias = 0) {
  if (n === 0) return [];
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const slots = [0, -1]; // slot s >= 0: left of s; slot -(s+1): right of s
  for (let i = 1; i < n; i++) {
    const k = chainBias > 0 && rng.next() < chainBias ? slots.length - 1 - rng.int(0, 1) : rng.int(0, slots.length - 1);
    const slot = slots[k];
    slots[k] = slots[slots.length - 1];
    slots.pop();
    if (slot >= 0) left[slot] = i;
    else right[-slot - 1] = i;
    slots.push(i, -i - 1);
  }
  const vals = Array.from({ length: n }, () => rng.int(lo, hi));
  const out = [];
  const queue = [0];
  for (let h = 0; h < queue.length; h++) {
    const node = queue[h];
    if (node === -1) {
      out.push(null);
      continue;
    }
    out.push(vals[node]);
    queue.push(left[node], right[node]);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Depth of a level-order tree array, without building nodes. */
function depthOf(arr) {
  if (arr.length === 0) return 0;
  let depth = 0;
  let level = 1; // non-null nodes in the current level
  let i = 1;
  while (level > 0) {
    depth++;
    let next = 0;
    for (let k = 0; k < 2 * level && i < arr.length; k++, i++) if (arr[i] !== null) next++;
    level = next;
  }
  return depth;
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) {
    const tree = randomTree(rng, rng.int(1, 60), -100, 100, t % 2 ? 0.9 : 0);
    cases.push({ input: [tree], output: depthOf(tree) });
  }
  for (const n of [5000, 100000]) {
    const tree = randomTree(rng, n, -10000, 10000);
    cases.push({ input: [tree], output: depthOf(tree) });
  }
  // A zig-zag path of 900 nodes: close to the deepest tree the constraints allow.
  const path = [0];
  for (let i = 1; i < 900; i++) path.push(...(i % 2 ? [i, null] : [null, i]));
  while (path[path.length - 1] === null) path.pop();
  cases.push({ input: [path], output: depthOf(path) });
  return cases;
}
