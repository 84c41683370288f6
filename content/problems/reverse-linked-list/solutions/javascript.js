// approach: Iterative pointer reversal | time: O(n) | space: O(1)
// Walk the list once, turning each node's next pointer around to the node before it.
class Solution {
  reverseList(head) {
    let prev = null;
    while (head !== null) {
      const next = head.next;
      head.next = prev;
      prev = head;
      head = next;
    }
    return prev;
  }
}
