// Random and deep trees; the expected levels come from one breadth-first pass over the shape.

/**
 * A random tree shape of n nodes whose depth is at most maxDepth (node 0 is the root). A spine of `spine` nodes
 * (left/right at random) is laid first so deep trees are possible; the rest hang off random free slots.
 */
function treeShape(rng, n, maxDepth, spine = 1) {
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  depth[0] = 1;
  let next = 1;
  const slots = []; // [parent, side] pairs with free children
  let tip = 0;
  for (; next < Math.min(n, spine); next++) {
    const goLeft = rng.next() < 0.5;
    if (goLeft) left[tip] = next;
    else right[tip] = next;
    slots.push([tip, goLeft ? 1 : 0]);
    depth[next] = depth[tip] + 1;
    tip = next;
  }
  slots.push([tip, 0], [tip, 1]);
  while (next < n) {
    const k = rng.int(0, slots.length - 1);
    const [parent, side] = slots[k];
    slots[k] = slots[slots.length - 1];
    slots.pop();
    if (depth[parent] >= maxDepth) continue;
    if (side === 0) left[parent] = next;
    else right[parent] = next;
    depth[next] = depth[parent] + 1;
    slots.push([next, 0], [next, 1]);
    next++;
  }
  return { n, left, right };
}

/** Level-order array (trailing nulls trimmed) of a shape whose node i carries vals[i]. */
function serialize(shape, vals) {
  if (shape.n === 0) return [];
  const out = [];
  const queue = [0];
  for (let h = 0; h < queue.length; h++) {
    const node = queue[h];
    if (node === -1) {
      out.push(null);
      continue;
    }
    out.push(vals[node]);
    queue.push(shape.left[node], shape.right[node]);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Node ids level by level, left to right. */
function levels(shape) {
  const result = [];
  if (shape.n === 0) return result;
  let level = [0];
  while (level.length > 0) {
    result.push(level);
    const nextLevel = [];
    for (const node of level) {
      if (shape.left[node] !== -1) nextLevel.push(shape.left[node]);
      if (shape.right[node] !== -1) nextLevel.push(shape.right[node]);
    }
    level = nextLevel;
  }
  return result;
}

function makeCase(rng, n, maxDepth, spine) {
  const shape = treeShape(rng, n, maxDepth, spine);
  const vals = Array.from({ length: n }, () => rng.int(-100_000, 100_000));
  return { input: [serialize(shape, vals)], output: levels(shape).map((lvl) => lvl.map((i) => vals[i])) };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) cases.push(makeCase(rng, rng.int(1, 50), 900, t % 3 === 0 ? 8 : 1));
  // Large: a 900-deep spine with 10^5 nodes; collecting each depth with a fresh full walk is about 9 * 10^7 visits.
  cases.push(makeCase(rng, 100_000, 900, 900));
  cases.push(makeCase(rng, 100_000, 900, 1));
  return cases;
}
