# approach: Two pointers k apart from a dummy head | time: O(n) | space: O(1)
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        lead = trail = dummy
        for _ in range(k):
            lead = lead.next
        # When lead reaches the last node, trail sits just before the node to remove.
        while lead.next:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return dummy.next
