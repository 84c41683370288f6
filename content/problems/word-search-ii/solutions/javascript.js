// approach: Trie of the dictionary + backtracking from every tile, pruning found words | time: O(R * C * 3^L) worst case | space: O(total letters)
class Solution {
  /**
   * @param {string[][]} board
   * @param {string[]} words
   * @return {string[]}
   */
  findWords(board, words) {
    const newNode = () => ({ children: new Map(), word: null });
    const root = newNode();
    for (const word of words) {
      let node = root;
      for (const ch of word) {
        if (!node.children.has(ch)) node.children.set(ch, newNode());
        node = node.children.get(ch);
      }
      node.word = word;
    }
    const rows = board.length;
    const cols = board[0].length;
    const found = [];
    const walk = (r, c, parent) => {
      const ch = board[r][c];
      const node = parent.children.get(ch);
      if (node.word !== null) {
        found.push(node.word);
        node.word = null;
      }
      board[r][c] = '#'; // on the current path
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ]) {
        if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && node.children.has(board[nr][nc])) walk(nr, nc, node);
      }
      board[r][c] = ch;
      if (node.children.size === 0 && node.word === null) parent.children.delete(ch); // prune the dead branch
    };
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) if (root.children.has(board[r][c])) walk(r, c, root);
    }
    return found;
  }
}
