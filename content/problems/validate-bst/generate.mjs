// Valid search trees and subtly broken ones; validity is decided by an in-order walk of the shape.

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

/** Node ids in in-order. */
function inorder(shape) {
  const out = [];
  const stack = [];
  let node = shape.n > 0 ? 0 : -1;
  while (stack.length > 0 || node !== -1) {
    while (node !== -1) {
      stack.push(node);
      node = shape.left[node];
    }
    node = stack.pop();
    out.push(node);
    node = shape.right[node];
  }
  return out;
}

const LO = -2147483648;
const HI = 2147483647;

/** mode: "valid", "swap" (two values exchanged), "dup" (a value copied to its in-order neighbour). */
function makeCase(rng, n, maxDepth, spine, mode) {
  const shape = treeShape(rng, n, maxDepth, spine);
  const order = inorder(shape);
  const keys = new Set();
  while (keys.size < n) keys.add(rng.int(LO, HI));
  const sorted = [...keys].sort((a, b) => a - b);
  const vals = new Array(n);
  order.forEach((node, i) => {
    vals[node] = sorted[i];
  });
  if (n >= 2 && mode === 'swap') {
    const i = rng.int(0, n - 1);
    const j = rng.int(0, n - 1);
    [vals[order[i]], vals[order[j]]] = [vals[order[j]], vals[order[i]]];
  } else if (n >= 2 && mode === 'dup') {
    const i = rng.int(0, n - 2);
    vals[order[i]] = vals[order[i + 1]];
  }
  let valid = true;
  for (let i = 1; i < n; i++) if (vals[order[i - 1]] >= vals[order[i]]) valid = false;
  return { input: [serialize(shape, vals)], output: valid };
}

export default function generate(rng) {
  const cases = [];
  const modes = ['valid', 'swap', 'dup'];
  for (let t = 0; t < 12; t++) cases.push(makeCase(rng, rng.int(1, 40), 900, t % 4 === 0 ? 10 : 1, modes[t % 3]));
  // Large: checking every node against its whole subtree on a 900-deep tree is about 9 * 10^7 steps.
  cases.push(makeCase(rng, 100_000, 900, 900, 'valid'));
  cases.push(makeCase(rng, 100_000, 900, 1, 'valid'));
  cases.push(makeCase(rng, 100_000, 900, 900, 'swap'));
  cases.push(makeCase(rng, 100_000, 900, 300, 'dup'));
  return cases;
}
