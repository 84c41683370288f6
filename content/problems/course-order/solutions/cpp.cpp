// approach: Kahn's topological sort with a queue of ready courses | time: O(V + E) | space: O(V + E)
class Solution {
public:
    vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> missing(numCourses, 0);
        for (const auto& p : prerequisites) {
            unlocks[p[1]].push_back(p[0]);
            missing[p[0]]++;
        }
        vector<int> order;
        order.reserve(numCourses);
        for (int c = 0; c < numCourses; c++)
            if (missing[c] == 0) order.push_back(c);
        // order doubles as the queue: courses are appended when they become ready.
        for (size_t head = 0; head < order.size(); head++) {
            for (int course : unlocks[order[head]])
                if (--missing[course] == 0) order.push_back(course);
        }
        if (static_cast<int>(order.size()) != numCourses) return {};
        return order;
    }
};
