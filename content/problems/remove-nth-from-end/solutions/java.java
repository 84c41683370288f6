// approach: Two pointers k apart from a dummy head | time: O(n) | space: O(1)
import java.util.*;

class Solution {
    public ListNode removeNthFromEnd(ListNode head, int k) {
        ListNode dummy = new ListNode(0, head);
        ListNode lead = dummy, trail = dummy;
        for (int i = 0; i < k; i++) lead = lead.next;
        // When lead reaches the last node, trail sits just before the node to remove.
        while (lead.next != null) {
            lead = lead.next;
            trail = trail.next;
        }
        trail.next = trail.next.next;
        return dummy.next;
    }
}
