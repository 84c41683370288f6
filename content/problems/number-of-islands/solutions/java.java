// approach: Iterative flood fill sinking each island | time: O(rows * cols) | space: O(rows * cols) worst-case stack
import java.util.*;

class Solution {
    public int numIslands(char[][] grid) {
        int rows = grid.length, cols = grid[0].length;
        int[] stack = new int[rows * cols];
        int[] dy = {1, -1, 0, 0};
        int[] dx = {0, 0, 1, -1};
        int islands = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != '1') continue;
                islands++;
                grid[r][c] = '0';
                int top = 0;
                stack[top++] = r * cols + c;
                while (top > 0) {
                    int cell = stack[--top];
                    int y = cell / cols, x = cell % cols;
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dy[d], nx = x + dx[d];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] == '1') {
                            grid[ny][nx] = '0'; // sink on push so no pixel is pushed twice
                            stack[top++] = ny * cols + nx;
                        }
                    }
                }
            }
        }
        return islands;
    }
}
