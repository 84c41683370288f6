// approach: Iterative pointer reversal | time: O(n) | space: O(1)
// Walk the list once, turning each node's next pointer around to the node before it.
import java.util.*;

class Solution {
    public ListNode reverseList(ListNode head) {
        ListNode prev = null;
        while (head != null) {
            ListNode next = head.next;
            head.next = prev;
            prev = head;
            head = next;
        }
        return prev;
    }
}
