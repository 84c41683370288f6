# approach: Kahn's topological sort with a queue of ready courses | time: O(V + E) | space: O(V + E)
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        unlocks = [[] for _ in range(numCourses)]
        missing = [0] * numCourses
        for course, required in prerequisites:
            unlocks[required].append(course)
            missing[course] += 1
        order = [c for c in range(numCourses) if missing[c] == 0]
        # order doubles as the queue: courses are appended when they become ready.
        for taken in order:
            for course in unlocks[taken]:
                missing[course] -= 1
                if missing[course] == 0:
                    order.append(course)
        return order if len(order) == numCourses else []
