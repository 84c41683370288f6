# approach: Hash map + recency order via OrderedDict | time: O(1) per call | space: O(capacity)
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = OrderedDict()  # least recently used first

    def get(self, key: int) -> int:
        if key not in self.entries:
            return -1
        self.entries.move_to_end(key)
        return self.entries[key]

    def put(self, key: int, value: int) -> None:
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) == self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = value
