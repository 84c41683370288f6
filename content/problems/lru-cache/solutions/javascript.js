// approach: Hash map whose insertion order is the recency order | time: O(1) per call | space: O(capacity)
class LRUCache {
  /** @param {number} capacity */
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // iteration order = least recently used first
  }

  /** @param {number} key @return {number} */
  get(key) {
    if (!this.entries.has(key)) return -1;
    const value = this.entries.get(key);
    // Re-inserting moves the key to the most recent end.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** @param {number} key @param {number} value @return {void} */
  put(key, value) {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value);
    this.entries.set(key, value);
  }
}
