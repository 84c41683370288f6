// approach: Trie of the dictionary + backtracking from every tile, pruning found words | time: O(R * C * 3^L) worst case | space: O(total letters)
class Solution {
    struct Node {
        int children[26];
        int childCount = 0;
        int word = -1;  // index into words, or -1
        Node() { fill(begin(children), end(children), -1); }
    };
    vector<Node> trie;
    vector<string> found;

    void walk(vector<vector<char>>& board, const vector<string>& words, int r, int c, int parent) {
        char ch = board[r][c];
        int node = trie[parent].children[ch - 'a'];
        if (trie[node].word >= 0) {
            found.push_back(words[trie[node].word]);
            trie[node].word = -1;
        }
        board[r][c] = '#';  // on the current path
        static const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= (int)board.size() || nc < 0 || nc >= (int)board[0].size()) continue;
            char next = board[nr][nc];
            if (next != '#' && trie[node].children[next - 'a'] >= 0) walk(board, words, nr, nc, node);
        }
        board[r][c] = ch;
        if (trie[node].childCount == 0 && trie[node].word < 0) {  // prune the dead branch
            trie[parent].children[ch - 'a'] = -1;
            trie[parent].childCount--;
        }
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        trie.assign(1, Node());
        found.clear();
        for (int w = 0; w < (int)words.size(); w++) {
            int node = 0;
            for (char ch : words[w]) {
                if (trie[node].children[ch - 'a'] < 0) {
                    trie[node].children[ch - 'a'] = trie.size();
                    trie[node].childCount++;
                    trie.emplace_back();  // may reallocate: index, never hold references across this
                }
                node = trie[node].children[ch - 'a'];
            }
            trie[node].word = w;
        }
        for (int r = 0; r < (int)board.size(); r++)
            for (int c = 0; c < (int)board[0].size(); c++)
                if (trie[0].children[board[r][c] - 'a'] >= 0) walk(board, words, r, c, 0);
        return found;
    }
};
