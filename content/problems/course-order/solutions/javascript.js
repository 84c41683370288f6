// approach: Kahn's topological sort with a queue of ready courses | time: O(V + E) | space: O(V + E)
class Solution {
  /**
   * @param {number} numCourses
   * @param {number[][]} prerequisites
   * @return {number[]}
   */
  findOrder(numCourses, prerequisites) {
    const unlocks = Array.from({ length: numCourses }, () => []);
    const missing = new Int32Array(numCourses);
    for (const [course, required] of prerequisites) {
      unlocks[required].push(course);
      missing[course]++;
    }
    const order = [];
    for (let c = 0; c < numCourses; c++) if (missing[c] === 0) order.push(c);
    // order doubles as the queue: courses are appended when they become ready.
    for (let head = 0; head < order.length; head++) {
      for (const course of unlocks[order[head]]) {
        if (--missing[course] === 0) order.push(course);
      }
    }
    return order.length === numCourses ? order : [];
  }
}
