// approach: Prefix tree with 26-way child arrays in a node pool | time: O(L) per call | space: O(26 * total letters)
class Trie {
    struct Node {
        array<int, 26> children;
        bool isWord = false;
        Node() { children.fill(-1); }
    };
    vector<Node> nodes;  // index 0 is the root; indices stay valid when the pool grows

    int walk(const string& text) const {
        int node = 0;
        for (char ch : text) {
            node = nodes[node].children[ch - 'a'];
            if (node < 0) return -1;
        }
        return node;
    }

public:
    Trie() : nodes(1) {}

    void insert(string word) {
        int node = 0;
        for (char ch : word) {
            int next = nodes[node].children[ch - 'a'];
            if (next < 0) {
                next = static_cast<int>(nodes.size());
                nodes[node].children[ch - 'a'] = next;
                nodes.emplace_back();
            }
            node = next;
        }
        nodes[node].isWord = true;
    }

    bool search(string word) {
        int node = walk(word);
        return node >= 0 && nodes[node].isWord;
    }

    bool startsWith(string prefix) { return walk(prefix) >= 0; }
};
