import type { Language, Verdict } from '@avantika/contract';
import { createJudge } from '@avantika/judge';
import { beforeAll, describe, expect, it } from 'vitest';

const problem = {
  signature: { function: 'f', params: [{ name: 'n', type: 'int' }], returns: 'int' },
  comparator: { kind: 'exact' as const },
  limits: { timeMs: 200, memoryMb: 64 },
};
const cases = [
  { input: [1], output: 2, hidden: false },
  { input: [5], output: 10, hidden: true },
];

type Program = Record<Language, string>;
const fn = (body: Program): Program => body;

// Each program's failing line is line 3 where the language reports lines.
const programs: Record<Exclude<Verdict, 'internal_error'>, Program> = {
  accepted: fn({
    python: 'class Solution:\n    def f(self, n):\n        return n * 2\n',
    javascript: 'class Solution {\n  f(n) {\n    return n * 2;\n  }\n}\n',
    java: 'class Solution {\n  public int f(int n) {\n    return n * 2;\n  }\n}\n',
    cpp: 'class Solution {\npublic:\n    int f(int n) { return n * 2; }\n};\n',
  }),
  wrong_answer: fn({
    python: 'class Solution:\n    def f(self, n):\n        return n * 2 + (n > 3)\n',
    javascript: 'class Solution {\n  f(n) {\n    return n * 2 + (n > 3 ? 1 : 0);\n  }\n}\n',
    java: 'class Solution {\n  public int f(int n) {\n    return n * 2 + (n > 3 ? 1 : 0);\n  }\n}\n',
    cpp: 'class Solution {\npublic:\n    int f(int n) { return n * 2 + (n > 3); }\n};\n',
  }),
  time_limit_exceeded: fn({
    python: 'class Solution:\n    def f(self, n):\n        while True: pass\n',
    javascript: 'class Solution {\n  f(n) {\n    for (;;) {}\n  }\n}\n',
    java: 'class Solution {\n  public int f(int n) {\n    long s = 0; while (s != -5) s++; return (int) s;\n  }\n}\n',
    cpp: 'class Solution {\npublic:\n    int f(int n) { volatile long s = 0; while (true) s++; }\n};\n',
  }),
  memory_limit_exceeded: fn({
    python: 'class Solution:\n    def f(self, n):\n        a = []\n        while True: a.append([n] * 100000)\n',
    javascript: 'class Solution {\n  f(n) {\n    const a = []; for (;;) a.push(new Array(1e6).fill(n));\n  }\n}\n',
    java: 'import java.util.*;\nclass Solution {\n  public int f(int n) {\n    List<int[]> a = new ArrayList<>(); while (true) a.add(new int[10_000_000]);\n  }\n}\n',
    cpp: 'class Solution {\npublic:\n    int f(int n) { vector<vector<char>> v; while (true) v.emplace_back(1 << 24, 1); }\n};\n',
  }),
  runtime_error: fn({
    python: 'class Solution:\n    def f(self, n):\n        raise ValueError("boom")\n',
    javascript: 'class Solution {\n  f(n) {\n    throw new Error("boom");\n  }\n}\n',
    java: 'class Solution {\n  public int f(int n) {\n    int[] a = new int[1]; return a[n + 5];\n  }\n}\n',
    cpp: 'class Solution {\npublic:\n    int f(int n) { throw runtime_error("boom"); }\n};\n',
  }),
  compile_error: fn({
    python: 'class Solution:\n    def f(self, n):\n        return n +\n',
    javascript: 'class Solution {\n  f(n) {\n    return n +;\n  }\n}\n',
    java: 'class Solution {\n  public int f(int n) {\n    return n\n  }\n}\n',
    cpp: 'class Solution {\npublic:\n    int f(int n) { return n }\n};\n',
  }),
  output_limit_exceeded: fn({
    python: 'class Solution:\n    def f(self, n):\n        while True: print("x" * 1000)\n',
    javascript: 'class Solution {\n  f(n) {\n    for (;;) console.log("x".repeat(1000));\n  }\n}\n',
    java: 'class Solution {\n  public int f(int n) {\n    while (true) System.out.println("x".repeat(1000));\n  }\n}\n',
    cpp: 'class Solution {\npublic:\n    int f(int n) { while (true) cout << string(1000, \'x\') << "\\n"; }\n};\n',
  }),
};

// First-touching 64 MB costs ~0.2 s of system CPU, more on a busy machine: under the 200 ms limit the CPU limit could
// win that race (seen once as time_limit_exceeded for cpp). A fair time limit leaves memory as the only limit a
// memory bomb can hit.
const problemFor = (verdict: string) =>
  verdict === 'memory_limit_exceeded' ? { ...problem, limits: { ...problem.limits, timeMs: 2000 } } : problem;

const judge = createJudge({ sandbox: 'auto', warn: () => {} });
// Shared artifacts (C++ precompiled runtime, Java runtime and compiler) are built once, before the timed tests.
beforeAll(() => judge.warmUp(), 180_000);
const languages = ['python', 'javascript', 'java', 'cpp'] as const;

describe.concurrent('every verdict in every language', () => {
  for (const language of languages) {
    for (const [verdict, program] of Object.entries(programs)) {
      it(`gives ${verdict} in ${language}`, async () => {
        const result = await judge.run({ problem: problemFor(verdict), language, code: program[language], cases });
        expect(result.verdict, JSON.stringify(result).slice(0, 600)).toBe(verdict);
        if (verdict === 'accepted') expect(result.passed).toBe(2);
        if (verdict === 'wrong_answer') expect(result.failedCase).toEqual({ index: 1, hidden: true, verdict });
        if (verdict === 'runtime_error' || verdict === 'compile_error') {
          expect(result.message).toBeTruthy();
          if (language !== 'cpp' || verdict === 'compile_error') expect(result.line).toBe(3);
        }
      });
    }
  }
});
