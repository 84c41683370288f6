// approach: Prefix tree with 26-way child arrays | time: O(L) per call | space: O(26 * total letters)
import java.util.*;

class Trie {
    private static final class Node {
        final Node[] children = new Node[26];
        boolean isWord;
    }

    private final Node root = new Node();

    public Trie() {}

    public void insert(String word) {
        Node node = root;
        for (int i = 0; i < word.length(); i++) {
            int c = word.charAt(i) - 'a';
            if (node.children[c] == null) node.children[c] = new Node();
            node = node.children[c];
        }
        node.isWord = true;
    }

    private Node walk(String text) {
        Node node = root;
        for (int i = 0; i < text.length() && node != null; i++) node = node.children[text.charAt(i) - 'a'];
        return node;
    }

    public boolean search(String word) {
        Node node = walk(word);
        return node != null && node.isWord;
    }

    public boolean startsWith(String prefix) {
        return walk(prefix) != null;
    }
}
