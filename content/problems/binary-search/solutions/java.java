// approach: Lower-bound binary search per query | time: O(q log n) | space: O(q) for the answers
import java.util.*;

class Solution {
    public int[] search(int[] catalogue, int[] queries) {
        int n = catalogue.length;
        int[] answers = new int[queries.length];
        for (int k = 0; k < queries.length; k++) {
            int target = queries[k];
            int lo = 0, hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (catalogue[mid] < target) lo = mid + 1;
                else hi = mid;
            }
            answers[k] = lo < n && catalogue[lo] == target ? lo : -1;
        }
        return answers;
    }
}
