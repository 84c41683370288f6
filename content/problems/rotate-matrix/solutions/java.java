// approach: Reduce turns mod 4, then transpose + reverse in place | time: O(n^2) | space: O(1)
// Clockwise = transpose then reverse each row; counter-clockwise = transpose then reverse the row order.
import java.util.*;

class Solution {
    public void rotate(int[][] matrix, int turns) {
        int r = Math.floorMod(turns, 4);
        int n = matrix.length;
        if (r == 0) return;
        if (r != 2) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int t = matrix[i][j];
                    matrix[i][j] = matrix[j][i];
                    matrix[j][i] = t;
                }
            }
        }
        if (r != 1) reverseRows(matrix);
        if (r != 3) for (int[] row : matrix) reverse(row);
    }

    private static void reverseRows(int[][] m) {
        for (int i = 0, j = m.length - 1; i < j; i++, j--) {
            int[] t = m[i];
            m[i] = m[j];
            m[j] = t;
        }
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
