// approach: Two pointers k apart from a dummy head | time: O(n) | space: O(1)
class Solution {
  /**
   * @param {ListNode | null} head
   * @param {number} k
   * @return {ListNode | null}
   */
  removeNthFromEnd(head, k) {
    const dummy = new ListNode(0, head);
    let lead = dummy;
    let trail = dummy;
    for (let i = 0; i < k; i++) lead = lead.next;
    // When lead reaches the last node, trail sits just before the node to remove.
    while (lead.next !== null) {
      lead = lead.next;
      trail = trail.next;
    }
    trail.next = trail.next.next;
    return dummy.next;
  }
}
