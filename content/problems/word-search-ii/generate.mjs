// Random boards and dictionaries mixing traceable words (sampled from board paths) with random ones; the expected
// answer comes from a trie walk over the board.

function solve(board, words) {
  const root = { next: new Map(), word: null };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      if (!node.next.has(ch)) node.next.set(ch, { next: new Map(), word: null });
      node = node.next.get(ch);
    }
    node.word = w;
  }
  const rows = board.length;
  const cols = board[0].length;
  const used = board.map((row) => row.map(() => false));
  const found = new Set();
  const walk = (r, c, node) => {
    const child = node.next.get(board[r][c]);
    if (!child) return;
    if (child.word !== null) found.add(child.word);
    used[r][c] = true;
    for (const [nr, nc] of [
      [r + 1, c],
      [r - 1, c],
      [r, c + 1],
      [r, c - 1],
    ]) {
      if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && !used[nr][nc]) walk(nr, nc, child);
    }
    used[r][c] = false;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) walk(r, c, root);
  return [...found];
}

/** A word read along a random self-avoiding path of the board. */
function pathWord(rng, board, len) {
  const rows = board.length;
  const cols = board[0].length;
  let r = rng.int(0, rows - 1);
  let c = rng.int(0, cols - 1);
  const seen = new Set([r * cols + c]);
  let w = board[r][c];
  while (w.length < len) {
    const options = [
      [r + 1, c],
      [r - 1, c],
      [r, c + 1],
      [r, c - 1],
    ].filter(([nr, nc]) => nr >= 0 && nr < rows && nc >= 0 && nc < cols && !seen.has(nr * cols + nc));
    if (options.length === 0) break;
    [r, c] = rng.pick(options);
    seen.add(r * cols + c);
    w += board[r][c];
  }
  return w;
}

function makeCase(rng, rows, cols, count, maxLen, letters) {
  const board = Array.from({ length: rows }, () => Array.from({ length: cols }, () => rng.pick([...letters])));
  const words = new Set();
  for (let tries = 0; words.size < count && tries < count * 20; tries++) {
    const len = rng.int(1, maxLen);
    if (rng.next() < 0.5) words.add(pathWord(rng, board, len));
    else {
      let w = '';
      for (let i = 0; i < len; i++) w += rng.pick([...letters]);
      words.add(w);
    }
  }
  const list = [...words];
  rng.shuffle(list);
  return { input: [board, list], output: solve(board, list) };
}

export default function generate(rng) {
  const cases = [];
  for (let t = 0; t < 10; t++) {
    cases.push(makeCase(rng, rng.int(1, 5), rng.int(1, 5), rng.int(1, 20), rng.int(1, 6), t % 2 ? 'abc' : 'etaoinshr'));
  }
  // Large: a 12 x 12 board and 3 * 10^4 words; searching the board once per word repeats the same walks.
  cases.push(makeCase(rng, 12, 12, 30_000, 10, 'etaoinshrdlu'));
  cases.push(makeCase(rng, 12, 12, 30_000, 10, 'abcd'));
  // Adversarial: an all-"a" board and 6561 words "aaaaaa" + four letters from b-j that never occur. Each word alone
  // re-walks every path of six "a"s (about 7 * 10^4 steps); a trie walks them once for all words.
  const board = Array.from({ length: 12 }, () => new Array(12).fill('a'));
  const tails = 'bcdefghij';
  const words = ['a', 'aa', 'aaaa', 'aaaaaa'];
  for (const w of tails) for (const x of tails) for (const y of tails) for (const z of tails) words.push(`aaaaaa${w}${x}${y}${z}`);
  rng.shuffle(words);
  cases.push({ input: [board, words], output: solve(board, words) });
  return cases;
}
