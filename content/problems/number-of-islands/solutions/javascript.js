// approach: Iterative flood fill sinking each island | time: O(rows * cols) | space: O(rows * cols) worst-case stack
class Solution {
  /**
   * @param {string[][]} grid
   * @return {number}
   */
  numIslands(grid) {
    const rows = grid.length;
    const cols = grid[0].length;
    let islands = 0;
    const stack = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (grid[r][c] !== '1') continue;
        islands++;
        grid[r][c] = '0';
        stack.push(r * cols + c);
        while (stack.length > 0) {
          const cell = stack.pop();
          const y = Math.floor(cell / cols);
          const x = cell % cols;
          for (const [ny, nx] of [
            [y + 1, x],
            [y - 1, x],
            [y, x + 1],
            [y, x - 1],
          ]) {
            if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === '1') {
              grid[ny][nx] = '0'; // sink on push so no pixel is pushed twice
              stack.push(ny * cols + nx);
            }
          }
        }
      }
    }
    return islands;
  }
}
