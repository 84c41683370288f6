// approach: 2-D DP over prefixes, keeping one previous row | time: O(n * m) | space: O(m)
import java.util.*;

class Solution {
    public int minDistance(String draft, String target) {
        int m = target.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j; // row for the empty draft prefix
        for (int i = 1; i <= draft.length(); i++) {
            cur[0] = i;
            char a = draft.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                if (a == target.charAt(j - 1)) cur[j] = prev[j - 1];
                // prev[j]: delete; cur[j - 1]: insert; prev[j - 1]: replace.
                else cur[j] = 1 + Math.min(prev[j - 1], Math.min(prev[j], cur[j - 1]));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[m];
    }
}
