import { randomUUID } from 'node:crypto';
import type { JudgeEvent } from '@avantika/contract';
import { judgeResultSchema } from '@avantika/contract';
import { createJudge } from '@avantika/judge';
import { beforeAll, describe, expect, it } from 'vitest';

const judge = createJudge({ sandbox: 'auto', warn: () => {} });
// Shared artifacts (C++ precompiled runtime, Java runtime and compiler) are built once, before the timed tests.
beforeAll(() => judge.warmUp(), 180_000);
const problem = {
  signature: { function: 'f', params: [{ name: 'n', type: 'int' }], returns: 'int' },
  comparator: { kind: 'exact' as const },
  limits: { timeMs: 1000, memoryMb: 128 },
};
const printing =
  'class Solution:\n    def f(self, n):\n        print("debug", n)\n        return n + 1 if n == 7 else n * 2\n';

describe('judge results', () => {
  it('shows input, expected, actual and the case stdout for the first failing visible case', async () => {
    const result = await judge.run({
      problem,
      language: 'python',
      code: printing,
      cases: [
        { input: [1], output: 2, hidden: false },
        { input: [7], output: 14, hidden: false },
        { input: [9], output: 18, hidden: true },
      ],
    });
    expect(judgeResultSchema.parse(result)).toEqual(result);
    expect(result.verdict).toBe('wrong_answer');
    expect(result.failedCase).toEqual({
      index: 1,
      hidden: false,
      verdict: 'wrong_answer',
      input: [7],
      expected: 14,
      actual: 8,
      stdout: 'debug 7\n',
    });
    expect(result.passed).toBe(1);
    // Judging stops at the first failure: the hidden case after it never ran.
    expect(result.cases.map((c) => c.index)).toEqual([0, 1]);
  });

  it('redacts a failing hidden case to its index and verdict', async () => {
    const result = await judge.run({
      problem,
      language: 'python',
      code: printing,
      cases: [
        { input: [1], output: 2, hidden: false },
        { input: [7], output: 14, hidden: true },
      ],
    });
    expect(result.failedCase).toEqual({ index: 1, hidden: true, verdict: 'wrong_answer' });
    expect(JSON.stringify(result)).not.toContain('debug');
    expect(JSON.stringify(result)).not.toContain('14');
  });

  it('publishes compiling, running progress and exactly one verdict event, in order', async () => {
    const events: JudgeEvent[] = [];
    const cases = Array.from({ length: 30 }, (_, i) => ({ input: [i], output: i * 2, hidden: i > 2 }));
    const code = 'class Solution {\n  f(n) { return n * 2; }\n}\n';
    const result = await judge.run({ problem, language: 'javascript', code, cases, onEvent: (e) => events.push(e) });
    expect(result.verdict).toBe('accepted');
    expect(events[0]).toEqual({ type: 'compiling' });
    expect(events[1]).toEqual({ type: 'running', done: 0, total: 30 });
    expect(events.at(-2)).toEqual({ type: 'running', done: 30, total: 30 });
    expect(events.at(-1)).toEqual({ type: 'verdict', result });
    expect(events.filter((e) => e.type === 'verdict')).toHaveLength(1);
  });

  it('compiles once: Run then Submit on the same code hits the build cache', async () => {
    // A fresh comment makes this source new to the shared build cache on every test run.
    const code = `class Solution {\npublic:\n    int f(int n) { return n * 2; }\n};\n// ${randomUUID()}\n`;
    const run = await judge.run({ problem, language: 'cpp', code, cases: [{ input: [1], output: 2, hidden: false }] });
    const submit = await judge.run({
      problem,
      language: 'cpp',
      code,
      cases: [
        { input: [1], output: 2, hidden: false },
        { input: [3], output: 6, hidden: true },
      ],
    });
    expect(run.compileMs).toBeGreaterThan(0);
    expect(submit.compileMs).toBe(0);
    expect(submit.verdict).toBe('accepted');
    const changed = await judge.run({
      problem,
      language: 'cpp',
      code: `${code}// changed\n`,
      cases: [{ input: [1], output: 2, hidden: false }],
    });
    expect(changed.compileMs).toBeGreaterThan(0);
  });

  it('judges with a float comparator and with a trusted custom validator', async () => {
    const floatProblem = {
      signature: { function: 'half', params: [{ name: 'n', type: 'int' }], returns: 'double' },
      comparator: { kind: 'float' as const, abs: 1e-6, rel: 1e-6 },
      limits: { timeMs: 1000, memoryMb: 128 },
    };
    const half = await judge.run({
      problem: floatProblem,
      language: 'python',
      code: 'class Solution:\n    def half(self, n):\n        return n / 3 * 1.5\n',
      cases: [{ input: [3], output: 1.5000000001, hidden: false }],
    });
    expect(half.verdict).toBe('accepted');
    const customProblem = {
      signature: { function: 'anyEven', params: [{ name: 'n', type: 'int' }], returns: 'int' },
      comparator: { kind: 'custom' as const },
      limits: { timeMs: 1000, memoryMb: 128 },
      validatorSource:
        'export function validate({ input, actual }: { input: unknown[]; expected: unknown; actual: unknown }): true | string {\n  return typeof actual === "number" && actual % 2 === 0 && actual > (input[0] as number) ? true : "not an even number above n";\n}\n',
    };
    const cases = [{ input: [3], output: null, hidden: false }];
    const good = await judge.run({
      problem: customProblem,
      language: 'javascript',
      code: 'class Solution { anyEven(n) { return 2 * n + 2; } }',
      cases,
    });
    const bad = await judge.run({
      problem: customProblem,
      language: 'javascript',
      code: 'class Solution { anyEven(n) { return n; } }',
      cases,
    });
    expect([good.verdict, bad.verdict]).toEqual(['accepted', 'wrong_answer']);
    expect(bad.message).toBeTruthy();
  });
});

describe('bad problems', () => {
  it('rejects an unknown signature type and a custom comparator without a validator with PROBLEM_INVALID', async () => {
    const bad = { ...problem, signature: { function: 'f', params: [{ name: 'n', type: 'integer' }], returns: 'int' } };
    await expect(judge.run({ problem: bad, language: 'python', code: '', cases: [] })).rejects.toMatchObject({
      code: 'PROBLEM_INVALID',
    });
    const custom = { ...problem, comparator: { kind: 'custom' as const } };
    await expect(judge.run({ problem: custom, language: 'python', code: '', cases: [] })).rejects.toMatchObject({
      code: 'PROBLEM_INVALID',
    });
  });
});
