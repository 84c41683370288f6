// approach: Min-heap of the current heads | time: O(N log k) | space: O(k)
import java.util.*;

class Solution {
    public ListNode mergeKLists(ListNode[] lists) {
        PriorityQueue<ListNode> heap = new PriorityQueue<>((a, b) -> Integer.compare(a.val, b.val));
        for (ListNode node : lists) if (node != null) heap.add(node);
        ListNode dummy = new ListNode();
        ListNode tail = dummy;
        while (!heap.isEmpty()) {
            ListNode node = heap.poll();
            if (node.next != null) heap.add(node.next);
            tail.next = node;
            tail = node;
        }
        tail.next = null;
        return dummy.next;
    }
}
