import type { ContentIssue, TestCase } from '@avantika/contract';
import type { ContentFile } from './content-files.js';
import type { ParsedProblem } from './parse-problem.js';

/** Runs a problem's generate.mjs through the judge's seeded generator; null (with an issue) when it fails. */
export async function generateProblemCases(
  problem: ParsedProblem,
  _files: readonly ContentFile[],
  issues: ContentIssue[],
): Promise<TestCase[] | null> {
  if (problem.generatorSource === null) return [];
  // TEMPORARY until @avantika/judge lands generateCases (the one seeding implementation).
  issues.push({
    code: 'CONTENT_GENERATOR_FAILED',
    file: `${problem.dir}/generate.mjs`,
    message: 'generate.mjs is not supported yet',
  });
  return null;
}

/** Verifies every problem's reference solutions with the judge; returns how many solutions passed. */
export async function verifyProblems(
  problems: readonly ParsedProblem[],
  _files: readonly ContentFile[],
  issues: ContentIssue[],
): Promise<number> {
  for (const p of problems)
    issues.push({ code: 'CONTENT_SOLUTION_FAILED', file: p.dir, message: 'verification is not available yet' });
  return 0;
}
