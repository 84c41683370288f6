# approach: Prefix tree of nested dicts with an end-of-word marker | time: O(L) per call | space: O(total letters)
class Trie:
    _END = "$"  # never a lowercase letter, so it cannot clash with a child key

    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node[self._END] = True

    def _walk(self, text: str):
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and self._END in node

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
