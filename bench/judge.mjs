// Judge: a 100-case problem judged end to end per language (warm, compile cached) against the floor measured in the
// same run — the bare runtime started through the same runner, cgroup and sandbox — plus cold compile times.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median, quantile } from './lib.mjs';

const dist = fileURLToPath(new URL('../packages/judge/dist/index.js', import.meta.url));
if (!existsSync(dist)) throw new Error('build the judge first: npm run build');
const { createJudge, measureFloor } = await import(dist);

const runs = Number(process.env.BENCH_RUNS ?? 20);
const judge = createJudge({ sandbox: 'auto' });
const problem = {
  signature: {
    function: 'total',
    params: [
      { name: 'nums', type: 'int[]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'long',
  },
  comparator: { kind: 'exact' },
  limits: { timeMs: 2000, memoryMb: 256 },
};
const cases = Array.from({ length: 100 }, (_, i) => {
  const nums = Array.from({ length: 100 }, (_, j) => (i * 31 + j * 17) % 1000);
  return { input: [nums, i], output: nums.reduce((a, b) => a + b, 0) * i, hidden: i >= 3 };
});
const code = {
  python: 'class Solution:\n    def total(self, nums, k):\n        return sum(nums) * k\n',
  javascript: 'class Solution {\n  total(nums, k) { let s = 0; for (const x of nums) s += x; return s * k; }\n}\n',
  java: 'class Solution {\n  public long total(int[] nums, int k) { long s = 0; for (int x : nums) s += x; return s * k; }\n}\n',
  cpp: 'class Solution {\npublic:\n  long long total(vector<int>& nums, int k) { long long s = 0; for (int x : nums) s += x; return s * k; }\n};\n',
};

console.log(
  `# judge: 100 cases end to end, ${runs} runs per language, ${judge.sandboxed ? 'sandboxed (bwrap)' : 'UNSANDBOXED'}`,
);
console.log('language     p50 ms   p95 ms   floor p50   compute p50   ratio p50/(floor+compute)');
for (const language of ['python', 'javascript', 'java', 'cpp']) {
  const warm = await judge.run({ problem, language, code: code[language], cases });
  if (warm.verdict !== 'accepted') throw new Error(`${language}: ${warm.verdict} ${warm.message}`);
  const total = [];
  const floor = [];
  const compute = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved so load drifts hit the floor and the subject alike.
    floor.push(await measureFloor(language, { sandboxed: judge.sandboxed }));
    const t0 = performance.now();
    const r = await judge.run({ problem, language, code: code[language], cases });
    total.push(performance.now() - t0);
    compute.push(r.runtimeMs);
  }
  const p50 = median(total);
  const base = median(floor) + median(compute);
  console.log(
    `${language.padEnd(10)} ${p50.toFixed(1).padStart(8)} ${quantile(total, 0.95).toFixed(1).padStart(8)} ${median(floor).toFixed(1).padStart(11)} ${median(compute).toFixed(1).padStart(13)}   ${(p50 / base).toFixed(2)}x (target <= 1.5x)`,
  );
}

console.log('\n# cold compile (a source the cache has never seen)');
for (const language of ['cpp', 'java']) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const fresh = `${code[language]}// ${randomUUID()}\n`;
    const r = await judge.run({ problem, language, code: fresh, cases: cases.slice(0, 1) });
    times.push(r.compileMs);
  }
  const how = language === 'cpp' ? 'g++ -O2 with the precompiled runtime header' : 'warm javax.tools compile server';
  console.log(
    `${language.padEnd(6)} compile median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')}) — ${how}`,
  );
}
