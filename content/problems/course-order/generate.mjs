// Random acyclic plans (any topological order is accepted) and plans with a hidden cycle (answer []).

function kahn(n, edges) {
  const unlocks = Array.from({ length: n }, () => []);
  const missing = new Int32Array(n);
  for (const [course, required] of edges) {
    unlocks[required].push(course);
    missing[course]++;
  }
  const order = [];
  for (let c = 0; c < n; c++) if (missing[c] === 0) order.push(c);
  for (let h = 0; h < order.length; h++) for (const c of unlocks[order[h]]) if (--missing[c] === 0) order.push(c);
  return order.length === n ? order : [];
}

/** m distinct edges consistent with a random hidden order; with `cycle`, one edge is added that closes a cycle. */
function makeCase(rng, n, m, cycle) {
  const rank = Array.from({ length: n }, (_, i) => i);
  rng.shuffle(rank);
  const seen = new Set();
  const edges = [];
  const maxEdges = (n * (n - 1)) / 2;
  for (let tries = 0; edges.length < Math.min(m, maxEdges) && tries < 4 * m + 100; tries++) {
    let i = rng.int(0, n - 1);
    let j = rng.int(0, n - 1);
    if (i === j) continue;
    if (i > j) [i, j] = [j, i];
    // Mostly short hops keep long dependency chains in the plan.
    if (rng.next() < 0.5 && j - i > 3) j = i + rng.int(1, 3);
    const key = rank[i] * n + rank[j];
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([rank[j], rank[i]]); // rank[i] comes first, so it is the prerequisite
  }
  if (cycle && n >= 2) {
    // Close a cycle along existing dependencies: make the first course of a chain require its last.
    const i = rng.int(0, n - 2);
    const j = rng.int(i + 1, n - 1);
    const key = rank[j] * n + rank[i];
    if (!seen.has(key)) edges.push([rank[i], rank[j]]);
    const link = rank[i] * n + rank[j];
    if (!seen.has(link)) edges.push([rank[j], rank[i]]);
  }
  rng.shuffle(edges);
  return { input: [n, edges], output: kahn(n, edges) };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 12; t++) {
    const n = rng.int(1, 30);
    cases.push(makeCase(rng, n, rng.int(0, 2 * n), t % 3 === 2));
  }
  // Large: 5 * 10^4 courses and 10^5 prerequisites; re-scanning all courses for the next ready one is quadratic.
  cases.push(makeCase(rng, 50_000, 100_000, false));
  cases.push(makeCase(rng, 50_000, 99_998, true));
  cases.push(makeCase(rng, 50_000, 0, false));
  return cases;
}
