import type { Language } from '@avantika/contract';
import { createJudge } from '@avantika/judge';
import { beforeAll, describe, expect, it } from 'vitest';

// A 100 000-node linked list walked recursively: LeetCode-style solutions recurse this deep and must not crash.
const problem = {
  signature: { function: 'depth', params: [{ name: 'head', type: 'ListNode' }], returns: 'int' },
  comparator: { kind: 'exact' as const },
  limits: { timeMs: 2000, memoryMb: 256 },
};
const n = 100_000;
const cases = [{ input: [Array.from({ length: n }, (_, i) => i % 100)], output: n, hidden: false }];
const code: Record<Language, string> = {
  python:
    'class Solution:\n    def depth(self, head):\n        return 0 if head is None else 1 + self.depth(head.next)\n',
  javascript: 'class Solution {\n  depth(head) { return head === null ? 0 : 1 + this.depth(head.next); }\n}\n',
  java: 'class Solution {\n  public int depth(ListNode head) { return head == null ? 0 : 1 + depth(head.next); }\n}\n',
  cpp: 'class Solution {\npublic:\n  int depth(ListNode* head) { return head == nullptr ? 0 : 1 + depth(head->next); }\n};\n',
};
const judge = createJudge({ sandbox: 'auto', warn: () => {} });
// Shared artifacts (C++ precompiled runtime, Java runtime and compiler) are built once, before the timed tests.
beforeAll(() => judge.warmUp(), 180_000);

describe('deep recursion', () => {
  for (const language of ['python', 'javascript', 'java', 'cpp'] as const) {
    it(`recurses 100 000 levels in ${language}`, async () => {
      const result = await judge.run({ problem, language, code: code[language], cases });
      expect(result.verdict, result.message ?? '').toBe('accepted');
    });
  }
});
