// Writes a synthetic content pack of N problems (and their topics) into a directory, for the import benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOPICS = ['arrays', 'hashing', 'two-pointers', 'sliding-window', 'math'];

function cases(count, seed) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const nums = Array.from({ length: 12 }, (_, j) => ((seed * 31 + i * 17 + j * 7) % 201) - 100);
    const k = (seed + i) % 5;
    out.push({ input: [nums, k], output: nums.reduce((a, b) => a + b, 0) + k });
  }
  return out;
}

/** Writes `count` problem folders plus topics.yaml under `dir`. */
export function writeContentPack(dir, count) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'topics.yaml'),
    `topics:\n${TOPICS.map((t) => `  - { slug: ${t}, name: ${t}, category: dsa }`).join('\n')}\n`,
  );
  for (let n = 0; n < count; n++) {
    const slug = `bench-problem-${n}`;
    const p = join(dir, 'problems', slug);
    mkdirSync(join(p, 'solutions'), { recursive: true });
    writeFileSync(
      join(p, 'problem.md'),
      `---\nslug: ${slug}\ntitle: Bench problem ${n}\ndifficulty: ${['easy', 'medium', 'hard'][n % 3]}\n` +
        `topics: [${TOPICS[n % TOPICS.length]}]\ncompanies: [acme]\nsignature:\n  function: sumPlus\n  params:\n` +
        `    - { name: nums, type: "int[]" }\n    - { name: k, type: int }\n  returns: int\n---\n\n` +
        `Return the sum of \`nums\` plus \`k\` (variant ${n}).\n\n## Constraints\n\n- \`1 <= nums.length <= 10^5\`\n`,
    );
    const f = (cs) => `[\n    ${cs.map((c) => JSON.stringify(c)).join(',\n    ')}\n  ]`;
    writeFileSync(
      join(p, 'tests.json'),
      `{\n  "visible": ${f(cases(3, n))},\n  "hidden": ${f(cases(20, n + 1000))}\n}\n`,
    );
    writeFileSync(join(p, 'hints.md'), '- Add them up.\n- Then add k.\n');
    writeFileSync(
      join(p, 'solutions/python.py'),
      'class Solution:\n    def sumPlus(self, nums, k):\n        return sum(nums) + k\n',
    );
    writeFileSync(
      join(p, 'solutions/javascript.js'),
      'class Solution {\n  sumPlus(nums, k) {\n    return nums.reduce((a, b) => a + b, 0) + k;\n  }\n}\n',
    );
    writeFileSync(
      join(p, 'solutions/java.java'),
      'class Solution {\n  public int sumPlus(int[] nums, int k) {\n    int s = k;\n    for (int x : nums) s += x;\n    return s;\n  }\n}\n',
    );
    writeFileSync(
      join(p, 'solutions/cpp.cpp'),
      'class Solution {\npublic:\n  int sumPlus(vector<int>& nums, int k) {\n    int s = k;\n    for (int x : nums) s += x;\n    return s;\n  }\n};\n',
    );
  }
}
