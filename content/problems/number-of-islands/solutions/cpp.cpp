// approach: Iterative flood fill sinking each island | time: O(rows * cols) | space: O(rows * cols) worst-case stack
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int rows = grid.size(), cols = grid[0].size();
        const int dy[] = {1, -1, 0, 0};
        const int dx[] = {0, 0, 1, -1};
        vector<pair<int, int>> stack;
        int islands = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] != '1') continue;
                islands++;
                grid[r][c] = '0';
                stack.emplace_back(r, c);
                while (!stack.empty()) {
                    auto [y, x] = stack.back();
                    stack.pop_back();
                    for (int d = 0; d < 4; d++) {
                        int ny = y + dy[d], nx = x + dx[d];
                        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] == '1') {
                            grid[ny][nx] = '0';  // sink on push so no pixel is pushed twice
                            stack.emplace_back(ny, nx);
                        }
                    }
                }
            }
        }
        return islands;
    }
};
