// approach: Reduce turns mod 4, then transpose + reverse in place | time: O(n^2) | space: O(1)
// Clockwise = transpose then reverse each row; counter-clockwise = transpose then reverse the row order.
class Solution {
  rotate(matrix, turns) {
    const r = ((turns % 4) + 4) % 4; // JS % keeps the sign of the dividend
    const n = matrix.length;
    if (r === 0) return;
    if (r === 2) {
      matrix.reverse();
      for (const row of matrix) row.reverse();
      return;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const t = matrix[i][j];
        matrix[i][j] = matrix[j][i];
        matrix[j][i] = t;
      }
    }
    if (r === 1) for (const row of matrix) row.reverse();
    else matrix.reverse();
  }
}
