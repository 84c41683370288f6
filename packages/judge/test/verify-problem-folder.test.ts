import { fileURLToPath } from 'node:url';
import { createJudge, verifyProblemFolder } from '@avantika/judge';
import { beforeAll, describe, expect, it } from 'vitest';

const judge = createJudge({ sandbox: 'auto', warn: () => {} });
beforeAll(() => judge.warmUp(), 180_000);
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('verifyProblemFolder', () => {
  it('accepts every reference solution and runs every starter of a function problem', async () => {
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
  });

  it('accepts every reference solution of a design problem and reports entries in language order', async () => {
    const seen: string[] = [];
    const report = await verifyProblemFolder(fixture('fixture-min-stack'), {
      judge,
      concurrency: 3,
      onEntry: (e) => seen.push(`${e.language}:${e.kind}`),
    });
    expect(report.ok).toBe(true);
    expect(seen).toEqual(report.entries.map((e) => `${e.language}:${e.kind}`));
    expect(seen.slice(0, 2)).toEqual(['python:solution', 'python:starter']);
  });

  it('reports a folder without problem.md with the PROBLEM_INVALID code and judges nothing', async () => {
    const report = await verifyProblemFolder(fixture('does-not-exist'), { judge });
    expect(report.ok).toBe(false);
    expect(report.error?.code).toBe('PROBLEM_INVALID');
    expect(report.entries).toEqual([]);
  });
});
