// Trusted checker for course-order: any topological order is right; [] is right only when the graph has a cycle.

type Input = [number, number[][]];

/** Accepts any order that lists every course once and puts each prerequisite before its course. */
export function validate({ input, expected, actual }: { input: unknown[]; expected: unknown; actual: unknown }): true | string {
  const [numCourses, prerequisites] = input as Input;
  if (!Array.isArray(actual)) return 'the answer must be an array of course numbers';
  // The reference answer is [] exactly when the prerequisites contain a cycle.
  const impossible = Array.isArray(expected) && expected.length === 0;
  if (impossible) return actual.length === 0 ? true : 'the prerequisites form a cycle, so no order exists; return []';
  if (actual.length === 0) return 'an order exists, but the answer is empty';
  if (actual.length !== numCourses) {
    return `an order must list all ${numCourses} courses exactly once, but the answer has ${actual.length} entries`;
  }
  const position = new Int32Array(numCourses).fill(-1);
  for (let i = 0; i < actual.length; i++) {
    const course = actual[i];
    if (!Number.isInteger(course) || course < 0 || course >= numCourses) {
      return `entry ${i} (${JSON.stringify(course)}) is not a course number between 0 and ${numCourses - 1}`;
    }
    if (position[course] !== -1) return `course ${course} is listed twice`;
    position[course] = i;
  }
  for (const [course, required] of prerequisites) {
    if (position[required] > position[course]) {
      return `course ${course} is taken before its prerequisite ${required}`;
    }
  }
  return true;
}
