import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type ContentIssue, type ContentVerifyRetry, solutionFileNames, type TestCase } from '@avantika/contract';
import { createJudge, createJudgeGate, generateCases, type JudgeGate, verifyProblemFolder } from '@avantika/judge';
import type { ContentFile } from './content-files.js';
import type { ParsedProblem } from './parse-problem.js';

/** A problem folder on disk for the judge: the author's own, or a temporary copy of in-memory files. */
interface ProblemDir {
  readonly dir: string;
  release(): Promise<void>;
}

async function problemDir(problem: ParsedProblem, files: readonly ContentFile[]): Promise<ProblemDir> {
  const prefix = `problems/${problem.slug}/`;
  const own = files.filter((f) => f.key.startsWith(prefix));
  const md = own.find((f) => f.key === `${prefix}problem.md`);
  if (md?.abs && own.every((f) => f.abs)) return { dir: dirname(md.abs), release: async () => {} };
  // In-memory content (the HTTP import route): the judge reads folders, so write one out for the duration.
  const root = await mkdtemp(join(tmpdir(), 'avantika-import-'));
  const dir = join(root, problem.slug);
  for (const f of own) {
    const path = join(dir, f.key.slice(prefix.length));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.text);
  }
  return { dir, release: () => rm(root, { recursive: true, force: true }) };
}

/** Runs a problem's generate.mjs through the judge's seeded generator; null (with an issue) when it fails. */
export async function generateProblemCases(
  problem: ParsedProblem,
  files: readonly ContentFile[],
  issues: ContentIssue[],
): Promise<TestCase[] | null> {
  if (problem.generatorSource === null) return [];
  const folder = await problemDir(problem, files);
  try {
    return await generateCases(folder.dir, problem.slug);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(`${folder.dir}/`, '') : String(error);
    issues.push({ code: 'CONTENT_GENERATOR_FAILED', file: `${problem.dir}/generate.mjs`, message });
    return null;
  } finally {
    await folder.release();
  }
}

/** Judges one problem folder's solutions and starters; its issues go to `issues`. Returns the accepted solutions. */
async function verifyOne(
  judge: ReturnType<typeof createJudge>,
  gate: JudgeGate,
  problem: ParsedProblem,
  files: readonly ContentFile[],
  found: { issues: ContentIssue[]; retries: ContentVerifyRetry[] },
): Promise<number> {
  const { issues } = found;
  let accepted = 0;
  const folder = await problemDir(problem, files);
  try {
    // One entry at a time per problem: the parallelism is across problems (see verifyProblems).
    const report = await verifyProblemFolder(folder.dir, { judge, gate, concurrency: 1 });
    if (report.error) {
      issues.push({ code: 'CONTENT_SOLUTION_FAILED', file: problem.dir, message: report.error.message });
    }
    for (const entry of report.entries) {
      if (entry.retried) {
        found.retries.push({
          file:
            entry.kind === 'solution'
              ? `${problem.dir}/solutions/${solutionFileNames[entry.language]}`
              : `${problem.problemFile} (${entry.language} starter)`,
          first: entry.retried.verdict,
          verdict: entry.verdict,
        });
      }
      if (entry.ok) {
        if (entry.kind === 'solution') accepted++;
        continue;
      }
      const failed = entry.failedCase ? ` on case ${JSON.stringify(entry.failedCase).slice(0, 300)}` : '';
      issues.push(
        entry.kind === 'solution'
          ? {
              code: 'CONTENT_SOLUTION_FAILED',
              file: `${problem.dir}/solutions/${solutionFileNames[entry.language]}`,
              message: `the ${entry.language} reference solution got ${entry.verdict} (${entry.passed}/${entry.total} cases${entry.retried ? ', judged twice' : ''})${failed}${entry.message ? `: ${entry.message.slice(0, 300)}` : ''}`,
            }
          : {
              code: 'CONTENT_STARTER_CRASHED',
              file: problem.problemFile,
              field: 'signature',
              message: `the generated ${entry.language} starter got ${entry.verdict}${entry.message ? `: ${entry.message.slice(0, 300)}` : ''}`,
            },
      );
    }
  } finally {
    await folder.release();
  }
  return accepted;
}

/**
 * Verifies every problem's reference solutions (all cases) and starters (visible cases) with the judge; each failure
 * becomes an issue, in problem order. `concurrency` problems (default: the number of cores) are in flight at once, each
 * judging one entry at a time, so loading a problem (its generator runs in this thread) overlaps another's judging
 * while no more sandboxes run than there are cores. An entry that ran out of time is judged again with nothing else
 * of the batch running (one shared gate) and lands in `retries` either way. Returns how many solutions were accepted.
 */
export async function verifyProblems(
  problems: readonly ParsedProblem[],
  files: readonly ContentFile[],
  issues: ContentIssue[],
  retries: ContentVerifyRetry[],
  onProgress?: (event: { step: 'verify'; slug: string; done: number; total: number }) => void,
  concurrency = availableParallelism(),
): Promise<number> {
  const judge = createJudge({ warn: () => {} });
  // The shared artifacts (C++ precompiled runtime, Java runtime, warm javac) are built once up front, not raced for by
  // the first judgings of every worker.
  await judge.warmUp();
  const gate = createJudgeGate();
  const found = problems.map(() => ({ issues: [] as ContentIssue[], retries: [] as ContentVerifyRetry[] }));
  let accepted = 0;
  let next = 0;
  let started = 0;
  const worker = async (): Promise<void> => {
    while (next < problems.length) {
      const i = next++;
      const problem = problems[i]!;
      onProgress?.({ step: 'verify', slug: problem.slug, done: started++, total: problems.length });
      // Not `accepted += await …`: that reads `accepted` before the await and loses the other workers' counts.
      const count = await verifyOne(judge, gate, problem, files, found[i]!);
      accepted += count;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, problems.length)) }, worker));
  for (const f of found) {
    issues.push(...f.issues);
    retries.push(...f.retries);
  }
  return accepted;
}
