// approach: Hash map of list iterators + std::list in recency order | time: O(1) per call | space: O(capacity)
class LRUCache {
    size_t capacity;
    list<pair<int, int>> order;  // front = most recently used
    unordered_map<int, list<pair<int, int>>::iterator> byKey;

public:
    LRUCache(int capacity) : capacity(capacity) {}

    int get(int key) {
        auto it = byKey.find(key);
        if (it == byKey.end()) return -1;
        order.splice(order.begin(), order, it->second);  // iterators stay valid across splice
        return it->second->second;
    }

    void put(int key, int value) {
        auto it = byKey.find(key);
        if (it != byKey.end()) {
            it->second->second = value;
            order.splice(order.begin(), order, it->second);
            return;
        }
        if (order.size() == capacity) {
            byKey.erase(order.back().first);
            order.pop_back();
        }
        order.emplace_front(key, value);
        byKey[key] = order.begin();
    }
};
