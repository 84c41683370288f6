import { createJudge, sandboxStatus } from '@avantika/judge';
import { beforeAll, expect, it } from 'vitest';

const problem = {
  signature: {
    function: 'twoSum',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'target', type: 'int' },
    ],
    returns: 'int[]',
  },
  comparator: { kind: 'exact' as const },
  limits: { timeMs: 2000, memoryMb: 256 },
};
const cases = [
  { input: [[2, 7, 11, 15], 9], output: [0, 1], hidden: false },
  { input: [[3, 2, 4], 6], output: [1, 2], hidden: true },
];
const code = {
  python:
    'class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        seen = {}\n        for i, x in enumerate(nums):\n            if target - x in seen: return [seen[target - x], i]\n            seen[x] = i\n',
  javascript:
    'class Solution { twoSum(nums, target) { const m = new Map(); for (let i = 0; i < nums.length; i++) { if (m.has(target - nums[i])) return [m.get(target - nums[i]), i]; m.set(nums[i], i); } return []; } }',
  java: 'import java.util.*;\nclass Solution { public int[] twoSum(int[] nums, int target) { Map<Integer,Integer> m = new HashMap<>(); for (int i = 0; i < nums.length; i++) { if (m.containsKey(target - nums[i])) return new int[]{m.get(target - nums[i]), i}; m.put(nums[i], i); } return new int[0]; } }',
  cpp: 'class Solution { public: vector<int> twoSum(vector<int>& nums, int target) { unordered_map<int,int> m; for (int i = 0; i < (int)nums.size(); i++) { if (m.count(target - nums[i])) return {m[target - nums[i]], i}; m[nums[i]] = i; } return {}; } };',
} as const;

const usable = sandboxStatus().bwrapUsable;
if (!usable && process.env['CI'] === 'true')
  throw new Error(`CI needs the bubblewrap sandbox: ${sandboxStatus().summary}`);
const judges = {
  none: createJudge({ sandbox: 'none' }),
  bwrap: usable ? createJudge({ sandbox: 'bwrap' }) : undefined,
};
beforeAll(() => judges.none.warmUp(), 180_000);

for (const sandbox of ['none', 'bwrap'] as const) {
  for (const language of ['python', 'javascript', 'java', 'cpp'] as const) {
    it.skipIf(!judges[sandbox])(
      `accepts a correct two-sum in ${language} with sandbox ${sandbox} and redacts nothing it should not`,
      async () => {
        const result = await judges[sandbox]!.run({ problem, language, code: code[language], cases });
        expect(result.verdict).toBe('accepted');
        expect(result.sandbox).toBe(sandbox);
        expect(result.passed).toBe(2);
      },
    );
  }
}
