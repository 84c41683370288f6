// approach: Trie of the dictionary + backtracking from every tile, pruning found words | time: O(R * C * 3^L) worst case | space: O(total letters)
import java.util.*;

class Solution {
    private static final class Node {
        final Node[] children = new Node[26];
        int childCount;
        String word;
    }

    private char[][] board;
    private List<String> found;

    public List<String> findWords(char[][] board, String[] words) {
        Node root = new Node();
        for (String word : words) {
            Node node = root;
            for (int i = 0; i < word.length(); i++) {
                int c = word.charAt(i) - 'a';
                if (node.children[c] == null) {
                    node.children[c] = new Node();
                    node.childCount++;
                }
                node = node.children[c];
            }
            node.word = word;
        }
        this.board = board;
        this.found = new ArrayList<>();
        for (int r = 0; r < board.length; r++)
            for (int c = 0; c < board[0].length; c++)
                if (root.children[board[r][c] - 'a'] != null) walk(r, c, root);
        return found;
    }

    private void walk(int r, int c, Node parent) {
        char ch = board[r][c];
        Node node = parent.children[ch - 'a'];
        if (node.word != null) {
            found.add(node.word);
            node.word = null;
        }
        board[r][c] = '#'; // on the current path
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] s : steps) {
            int nr = r + s[0], nc = c + s[1];
            if (nr < 0 || nr >= board.length || nc < 0 || nc >= board[0].length) continue;
            char next = board[nr][nc];
            if (next != '#' && node.children[next - 'a'] != null) walk(nr, nc, node);
        }
        board[r][c] = ch;
        if (node.childCount == 0 && node.word == null) { // prune the dead branch
            parent.children[ch - 'a'] = null;
            parent.childCount--;
        }
    }
}
