# approach: Reduce turns mod 4, then transpose + reverse in place | time: O(n^2) | space: O(1)
# Clockwise = transpose then reverse each row; counter-clockwise = transpose then reverse the row order.
class Solution:
    def rotate(self, matrix: List[List[int]], turns: int) -> None:
        r = turns % 4  # Python's % is already non-negative for a positive modulus
        n = len(matrix)
        if r == 2:
            matrix.reverse()
            for row in matrix:
                row.reverse()
            return
        if r == 0:
            return
        for i in range(n):
            row = matrix[i]
            for j in range(i + 1, n):
                row[j], matrix[j][i] = matrix[j][i], row[j]
        if r == 1:
            for row in matrix:
                row.reverse()
        else:
            matrix.reverse()
