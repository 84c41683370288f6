import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createJudge, type Judge, verifyProblemFolder } from '@avantika/judge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const judge = createJudge({ sandbox: 'auto', warn: () => {} });
beforeAll(() => judge.warmUp(), 180_000);
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
// Judging four languages takes seconds quietly and can take a minute on a machine other suites keep busy.
const JUDGING_MS = 120_000;
const scratch = mkdtempSync(join(tmpdir(), 'avantika-verify-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** fixture-two-sum with its Python reference replaced by `python`. */
function twoSumWithPython(name: string, python: string): string {
  // The folder keeps the fixture's name: a problem's slug must match its folder.
  const dir = join(scratch, name, 'fixture-two-sum');
  cpSync(fixture('fixture-two-sum'), dir, { recursive: true });
  writeFileSync(join(dir, 'solutions', 'python.py'), python);
  return dir;
}

/**
 * The real judge, counting the judgings of reference solutions; with `squeeze` the first one gets a 50 ms time limit:
 * what a machine too busy to give it its CPU share looks like to verify.
 */
function countingJudge(squeeze: boolean): Judge & { solutionRuns: number } {
  const wrapped = {
    ...judge,
    solutionRuns: 0,
    run: (params: Parameters<Judge['run']>[0]) => {
      if (params.cases.length <= 3) return judge.run(params);
      wrapped.solutionRuns++;
      if (!squeeze || wrapped.solutionRuns > 1) return judge.run(params);
      return judge.run({ ...params, problem: { ...params.problem, limits: { ...params.problem.limits, timeMs: 50 } } });
    },
  };
  return wrapped;
}

// Burns 0.6 s of CPU once per process (at import), then answers as the fixture does: over a 50 ms limit (250 ms of
// CPU for Python), well under the fixture's 2 s.
const SLOW_START_PYTHON = `import time
_t0 = time.process_time()
while time.process_time() - _t0 < 0.6:
    pass
${readFileSync(join(fixture('fixture-two-sum'), 'solutions', 'python.py'), 'utf8')}`;

describe('verifyProblemFolder', () => {
  it(
    'accepts every reference solution and runs every starter of a function problem',
    async () => {
      const report = await verifyProblemFolder(fixture('fixture-two-sum'), { judge });
      expect(report.error).toBeNull();
      expect(report.entries.filter((e) => e.kind === 'solution').map((e) => e.verdict)).toEqual([
        'accepted',
        'accepted',
        'accepted',
        'accepted',
      ]);
      // 3 visible + 1 hidden in tests.json + 3 from generate.mjs.
      expect(report.entries[0]!.total).toBe(7);
      expect(report.entries.filter((e) => e.kind === 'starter').every((e) => e.verdict === 'wrong_answer')).toBe(true);
      expect(report.ok).toBe(true);
    },
    JUDGING_MS,
  );

  it(
    'accepts every reference solution of a design problem and reports entries in language order',
    async () => {
      const seen: string[] = [];
      const report = await verifyProblemFolder(fixture('fixture-min-stack'), {
        judge,
        concurrency: 3,
        onEntry: (e) => seen.push(`${e.language}:${e.kind}`),
      });
      expect(report.ok).toBe(true);
      expect(seen).toEqual(report.entries.map((e) => `${e.language}:${e.kind}`));
      expect(seen.slice(0, 2)).toEqual(['python:solution', 'python:starter']);
    },
    JUDGING_MS,
  );

  it('reports a folder without problem.md with the PROBLEM_INVALID code and judges nothing', async () => {
    const report = await verifyProblemFolder(fixture('does-not-exist'), { judge });
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe('PROBLEM_INVALID');
    expect(report.entries).toEqual([]);
  });

  it(
    'judges a time-limit verdict again alone and reports the retry when the second attempt is accepted',
    async () => {
      const squeezed = countingJudge(true);
      const report = await verifyProblemFolder(twoSumWithPython('slow-start', SLOW_START_PYTHON), {
        judge: squeezed,
        languages: ['python'],
      });
      const solution = report.entries.find((e) => e.kind === 'solution')!;
      expect(solution.retried?.verdict).toBe('time_limit_exceeded');
      expect(solution.verdict).toBe('accepted');
      expect(squeezed.solutionRuns).toBe(2);
      expect(report.ok).toBe(true);
    },
    JUDGING_MS,
  );

  it(
    'fails a wrong answer at once without judging it again',
    async () => {
      const counted = countingJudge(false);
      const wrong = 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 0]\n';
      const report = await verifyProblemFolder(twoSumWithPython('wrong', wrong), {
        judge: counted,
        languages: ['python'],
      });
      const solution = report.entries.find((e) => e.kind === 'solution')!;
      expect(solution.verdict).toBe('wrong_answer');
      expect(solution.retried).toBeNull();
      expect(counted.solutionRuns).toBe(1);
      expect(report.ok).toBe(false);
    },
    JUDGING_MS,
  );
});
