// approach: Prefix tree with a child map per node | time: O(L) per call | space: O(total letters)
class TrieNode {
  constructor() {
    this.children = new Map();
    this.isWord = false;
  }
}

class Trie {
  constructor() {
    this.root = new TrieNode();
  }

  /** @param {string} word */
  insert(word) {
    let node = this.root;
    for (const ch of word) {
      let child = node.children.get(ch);
      if (!child) {
        child = new TrieNode();
        node.children.set(ch, child);
      }
      node = child;
    }
    node.isWord = true;
  }

  /** @param {string} text @return {TrieNode | undefined} */
  walk(text) {
    let node = this.root;
    for (const ch of text) {
      node = node.children.get(ch);
      if (!node) return undefined;
    }
    return node;
  }

  /** @param {string} word @return {boolean} */
  search(word) {
    const node = this.walk(word);
    return node !== undefined && node.isWord;
  }

  /** @param {string} prefix @return {boolean} */
  startsWith(prefix) {
    return this.walk(prefix) !== undefined;
  }
}
