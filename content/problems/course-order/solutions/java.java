// approach: Kahn's topological sort with a queue of ready courses | time: O(V + E) | space: O(V + E)
import java.util.*;

class Solution {
    public int[] findOrder(int numCourses, int[][] prerequisites) {
        // Adjacency in compressed form: unlocks of course r are target[start[r] .. start[r + 1]).
        int[] start = new int[numCourses + 1];
        int[] missing = new int[numCourses];
        for (int[] p : prerequisites) {
            start[p[1] + 1]++;
            missing[p[0]]++;
        }
        for (int i = 0; i < numCourses; i++) start[i + 1] += start[i];
        int[] target = new int[prerequisites.length];
        int[] fill = Arrays.copyOf(start, numCourses);
        for (int[] p : prerequisites) target[fill[p[1]]++] = p[0];

        int[] order = new int[numCourses];
        int tail = 0;
        for (int c = 0; c < numCourses; c++) if (missing[c] == 0) order[tail++] = c;
        for (int head = 0; head < tail; head++) {
            int taken = order[head];
            for (int e = start[taken]; e < start[taken + 1]; e++) {
                if (--missing[target[e]] == 0) order[tail++] = target[e];
            }
        }
        return tail == numCourses ? order : new int[0];
    }
}
