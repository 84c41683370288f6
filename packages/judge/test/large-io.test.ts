import type { Language } from '@avantika/contract';
import { createJudge } from '@avantika/judge';
import { beforeAll, describe, expect, it } from 'vitest';

// 300 000 numbers in and out of every runtime: result lines of ~2 MB must cross the result channel intact.
const problem = {
  signature: { function: 'shift', params: [{ name: 'nums', type: 'int[]' }], returns: 'int[]' },
  comparator: { kind: 'exact' as const },
  limits: { timeMs: 3000, memoryMb: 256 },
};
const nums = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 1_000_003);
const cases = [
  { input: [nums], output: nums.map((x) => x + 1), hidden: false },
  { input: [nums.slice(0, 10)], output: nums.slice(0, 10).map((x) => x + 1), hidden: true },
];
const code: Record<Language, string> = {
  python: 'class Solution:\n    def shift(self, nums):\n        return [x + 1 for x in nums]\n',
  javascript: 'class Solution {\n  shift(nums) { return nums.map((x) => x + 1); }\n}\n',
  java: 'class Solution {\n  public int[] shift(int[] nums) { int[] r = new int[nums.length]; for (int i = 0; i < nums.length; i++) r[i] = nums[i] + 1; return r; }\n}\n',
  cpp: 'class Solution {\npublic:\n  vector<int> shift(vector<int>& nums) { for (int& x : nums) x++; return nums; }\n};\n',
};
const judge = createJudge({ sandbox: 'auto', warn: () => {} });
// Shared artifacts (C++ precompiled runtime, Java runtime and compiler) are built once, before the timed tests.
beforeAll(() => judge.warmUp(), 180_000);

describe('large inputs and outputs', () => {
  for (const language of ['python', 'javascript', 'java', 'cpp'] as const) {
    it(`carries a 300 000-element array through ${language} and back`, async () => {
      const result = await judge.run({ problem, language, code: code[language], cases });
      expect(result.verdict, result.message ?? '').toBe('accepted');
    });
  }
});
