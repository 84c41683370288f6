// approach: Two pointers k apart from a dummy head | time: O(n) | space: O(1)
class Solution {
public:
    ListNode* removeNthFromEnd(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* lead = &dummy;
        ListNode* trail = &dummy;
        for (int i = 0; i < k; i++) lead = lead->next;
        // When lead reaches the last node, trail sits just before the node to remove.
        while (lead->next) {
            lead = lead->next;
            trail = trail->next;
        }
        trail->next = trail->next->next;
        return dummy.next;
    }
};
