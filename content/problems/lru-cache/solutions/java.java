// approach: Hash map + doubly linked list with sentinels | time: O(1) per call | space: O(capacity)
import java.util.*;

class LRUCache {
    private static final class Node {
        int key, value;
        Node prev, next;
        Node(int key, int value) { this.key = key; this.value = value; }
    }

    private final int capacity;
    private final HashMap<Integer, Node> byKey = new HashMap<>();
    private final Node head = new Node(0, 0); // most recent side
    private final Node tail = new Node(0, 0); // least recent side

    public LRUCache(int capacity) {
        this.capacity = capacity;
        head.next = tail;
        tail.prev = head;
    }

    private void unlink(Node node) {
        node.prev.next = node.next;
        node.next.prev = node.prev;
    }

    private void pushFront(Node node) {
        node.next = head.next;
        node.prev = head;
        head.next.prev = node;
        head.next = node;
    }

    public int get(int key) {
        Node node = byKey.get(key);
        if (node == null) return -1;
        unlink(node);
        pushFront(node);
        return node.value;
    }

    public void put(int key, int value) {
        Node node = byKey.get(key);
        if (node != null) {
            node.value = value;
            unlink(node);
            pushFront(node);
            return;
        }
        if (byKey.size() == capacity) {
            Node stalest = tail.prev;
            unlink(stalest);
            byKey.remove(stalest.key);
        }
        node = new Node(key, value);
        byKey.put(key, node);
        pushFront(node);
    }
}
