// approach: Min-heap of the current heads | time: O(N log k) | space: O(k)
class Solution {
  /**
   * @param {(ListNode | null)[]} lists
   * @return {ListNode | null}
   */
  mergeKLists(lists) {
    const heap = lists.filter((node) => node !== null);
    const less = (a, b) => heap[a].val < heap[b].val;
    const siftDown = (i) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(l, m)) m = l;
        if (r < heap.length && less(r, m)) m = r;
        if (m === i) return;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    };
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
    const dummy = new ListNode();
    let tail = dummy;
    while (heap.length > 0) {
      const node = heap[0];
      tail.next = node;
      tail = node;
      // Replace the top by its successor (or the last leaf) and restore the heap.
      if (node.next !== null) heap[0] = node.next;
      else {
        const last = heap.pop();
        if (heap.length === 0) break;
        heap[0] = last;
      }
      siftDown(0);
    }
    tail.next = null;
    return dummy.next;
  }
}
