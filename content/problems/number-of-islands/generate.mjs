// Random photos of various land densities plus a maze-like single island; counts come from union-find.

function countIslands(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const parent = new Int32Array(rows * cols).map((_, i) => i);
  const find = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let count = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== '1') continue;
      count++;
      for (const [nr, nc] of [
        [r - 1, c],
        [r, c - 1],
      ]) {
        if (nr >= 0 && nc >= 0 && grid[nr][nc] === '1') {
          const a = find(r * cols + c);
          const b = find(nr * cols + nc);
          if (a !== b) {
            parent[a] = b;
            count--;
          }
        }
      }
    }
  }
  return count;
}

function randomGrid(rng, rows, cols, land) {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rng.next() < land ? '1' : '0')));
}

/** A serpentine island: full rows joined alternately at the right and left ends. */
function serpentine(rows, cols) {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      if (r % 2 === 0) return '1';
      const gapAtRight = r % 4 === 1;
      return (gapAtRight ? c === cols - 1 : c === 0) ? '1' : '0';
    }),
  );
}

export default function generate(rng) {
  const grids = [];
  for (let t = 0; t < 10; t++) grids.push(randomGrid(rng, rng.int(1, 12), rng.int(1, 12), [0.3, 0.5, 0.7][t % 3]));
  // Large: 300 x 300 photos (9 * 10^4 pixels) with many small islands, one huge island and a long winding one.
  grids.push(randomGrid(rng, 300, 300, 0.45));
  grids.push(randomGrid(rng, 300, 300, 0.75));
  grids.push(serpentine(299, 300));
  return grids.map((grid) => ({ input: [grid], output: countIslands(grid) }));
}
