import type { Language } from '@avantika/contract';
import { createJudge, generateStarter } from '@avantika/judge';
import { beforeAll, describe, expect, it } from 'vitest';

// Every type in docs/problem-format.md's table (and nestings) as [signature type, sample, Java type, C++ type].
const types: [string, unknown, string, string][] = [
  ['int', -7, 'int', 'int'],
  ['long', 9007199254740000, 'long', 'long long'],
  ['double', 2.5, 'double', 'double'],
  ['bool', true, 'boolean', 'bool'],
  ['string', 'héllo "q"\n', 'String', 'string'],
  ['char', 'z', 'char', 'char'],
  ['int[]', [3, -1, 2], 'int[]', 'vector<int>'],
  ['long[]', [1, 10000000000], 'long[]', 'vector<long long>'],
  ['double[]', [0.5, -1.25], 'double[]', 'vector<double>'],
  ['bool[]', [true, false], 'boolean[]', 'vector<bool>'],
  ['string[]', ['a', '', 'bc'], 'String[]', 'vector<string>'],
  ['char[]', ['x', 'y'], 'char[]', 'vector<char>'],
  ['int[][]', [[1, 2], [], [3]], 'int[][]', 'vector<vector<int>>'],
  ['char[][]', [['a', 'b'], ['c']], 'char[][]', 'vector<vector<char>>'],
  ['list<int>', [4, 5], 'List<Integer>', 'vector<int>'],
  ['list<string>', ['p', 'q'], 'List<String>', 'vector<string>'],
  ['list<list<int>>', [[1], [2, 3]], 'List<List<Integer>>', 'vector<vector<int>>'],
  ['list<list<string>>', [['eat', 'tea'], ['bat']], 'List<List<String>>', 'vector<vector<string>>'],
  ['list<int[]>', [[1, 2], [3]], 'List<int[]>', 'vector<vector<int>>'],
  ['ListNode', [1, 2, 3], 'ListNode', 'ListNode*'],
  ['TreeNode', [1, null, 2, 3], 'TreeNode', 'TreeNode*'],
];
const method = (i: number) => `echo${i}`;

const signature = {
  class: 'Echo',
  constructor: { params: [{ name: 'seed', type: 'int' }] },
  methods: types.map(([type], i) => ({ name: method(i), params: [{ name: 'x', type }], returns: type })),
};

const code: Record<Language, string> = {
  python: `class Echo:\n    def __init__(self, seed):\n        self.seed = seed\n${types.map((_, i) => `    def ${method(i)}(self, x):\n        return x\n`).join('')}`,
  javascript: `class Echo {\n  constructor(seed) { this.seed = seed; }\n${types.map((_, i) => `  ${method(i)}(x) { return x; }\n`).join('')}}\n`,
  java: `import java.util.*;\nclass Echo {\n  public Echo(int seed) {}\n${types.map(([, , jt], i) => `  public ${jt} ${method(i)}(${jt} x) { return x; }\n`).join('')}}\n`,
  cpp: `class Echo {\npublic:\n  Echo(int seed) {}\n${types.map(([, , , ct], i) => `  ${ct} ${method(i)}(${ct} x) { return x; }\n`).join('')}};\n`,
};

const names = ['Echo', ...types.map((_, i) => method(i))];
const args = [[1], ...types.map(([, sample]) => [sample])];
const cases = [
  { input: [names, args], output: [null, ...types.map(([, sample]) => sample)], hidden: false },
  // Empty containers and null nodes round-trip too.
  {
    input: [
      ['Echo', method(6), method(12), method(19), method(20)],
      [[0], [[]], [[]], [[]], [[]]],
    ],
    output: [null, [], [], [], []],
    hidden: false,
  },
];
const problem = { signature, comparator: { kind: 'exact' as const }, limits: { timeMs: 2000, memoryMb: 256 } };
const judge = createJudge({ sandbox: 'none' });
// Shared artifacts (C++ precompiled runtime, Java runtime and compiler) are built once, before the timed tests.
beforeAll(() => judge.warmUp(), 180_000);

describe('every signature type round-trips through each language runtime', () => {
  for (const language of ['python', 'javascript', 'java', 'cpp'] as const) {
    it(`decodes and re-encodes every type unchanged in ${language}`, async () => {
      const result = await judge.run({ problem, language, code: code[language], cases });
      expect(result.message).toBeNull();
      expect(result.verdict).toBe('accepted');
    });

    it(`generates a ${language} starter for every type that compiles, runs and answers wrongly`, async () => {
      const result = await judge.run({ problem, language, code: generateStarter(signature, language), cases });
      expect(result.message, result.message ?? '').not.toMatch(/error/);
      expect(result.verdict).toBe('wrong_answer');
    });
  }
});

describe('in-place problems', () => {
  const inPlace = {
    signature: { function: 'reverse', params: [{ name: 'nums', type: 'int[]' }], returns: 'void', outputParam: 'nums' },
    comparator: { kind: 'exact' as const },
    limits: { timeMs: 2000, memoryMb: 256 },
  };
  const reverse: Record<Language, string> = {
    python: 'class Solution:\n    def reverse(self, nums):\n        nums.reverse()\n',
    javascript: 'class Solution { reverse(nums) { nums.reverse(); } }',
    java: 'class Solution { public void reverse(int[] nums) { for (int i = 0, j = nums.length - 1; i < j; i++, j--) { int t = nums[i]; nums[i] = nums[j]; nums[j] = t; } } }',
    cpp: 'class Solution { public: void reverse(vector<int>& nums) { std::reverse(nums.begin(), nums.end()); } };',
  };
  for (const language of ['python', 'javascript', 'java', 'cpp'] as const) {
    it(`judges the output parameter's final value in ${language}`, async () => {
      const result = await judge.run({
        problem: inPlace,
        language,
        code: reverse[language],
        cases: [
          { input: [[1, 2, 3]], output: [3, 2, 1], hidden: false },
          { input: [[]], output: [], hidden: true },
        ],
      });
      expect(result.verdict).toBe('accepted');
    });
  }
});
