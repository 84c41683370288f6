# approach: Iterative pointer reversal | time: O(n) | space: O(1)
# Walk the list once, turning each node's next pointer around to the node before it.
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        while head:
            head.next, prev, head = prev, head, head.next
        return prev
