// approach: Reduce turns mod 4, then transpose + reverse in place | time: O(n^2) | space: O(1)
// Clockwise = transpose then reverse each row; counter-clockwise = transpose then reverse the row order.
class Solution {
public:
    void rotate(vector<vector<int>>& matrix, int turns) {
        int r = ((turns % 4) + 4) % 4;  // C++ % keeps the sign of the dividend
        int n = matrix.size();
        if (r == 0) return;
        if (r != 2) {
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) swap(matrix[i][j], matrix[j][i]);
        }
        if (r != 1) reverse(matrix.begin(), matrix.end());
        if (r != 3)
            for (auto& row : matrix) reverse(row.begin(), row.end());
    }
};
