import type { ContentFileUpload, ContentIssue, ContentVerifyRetry, TestCase } from '@avantika/contract';
import { readContentFiles } from './content-files.js';
import { generateProblemCases, verifyProblems } from './judge-bridge.js';
import { parsePack } from './parse-pack.js';

/** A pack read from disk and made ready for `POST /v1/admin/content/import`, or the issues that stop it. */
export interface PreparedUpload {
  readonly files: ContentFileUpload[];
  /** Each generator's cases, expanded here because the server never runs uploaded code. */
  readonly generated: Record<string, TestCase[]>;
  /** Problems of this upload parsed, schema errors and failed generators or solutions; upload only when empty. */
  readonly issues: ContentIssue[];
  readonly verified: number;
  /** Verify entries judged again alone after running out of time (see verifyProblems). */
  readonly verifyRetries: ContentVerifyRetry[];
  /** The local path of each uploaded pack-relative path, to show the server's issues where the author edits. */
  readonly localPaths: ReadonlyMap<string, string>;
}

/** Options of {@link prepareUpload}. */
export interface PrepareUploadOptions {
  readonly cwd?: string;
  /** Run every reference solution and starter through the local judge first (the server does not). */
  readonly verify?: boolean;
  readonly onProgress?: (event: { step: 'generate' | 'verify'; slug: string; done: number; total: number }) => void;
}

/**
 * Reads content from disk the way a local import does (same logical paths), checks it, runs each problem's
 * generate.mjs with the same seed as a local import (so both store identical cases and content hashes) and, with
 * `verify`, judges the reference solutions — all on the operator's machine.
 */
export async function prepareUpload(
  paths: readonly string[],
  options: PrepareUploadOptions = {},
): Promise<PreparedUpload> {
  const issues: ContentIssue[] = [];
  const files = await readContentFiles(paths, options.cwd, issues);
  files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const pack = parsePack(files);
  issues.push(...pack.issues);
  const generated: Record<string, TestCase[]> = {};
  for (const [i, problem] of pack.problems.entries()) {
    if (problem.generatorSource === null) continue;
    options.onProgress?.({ step: 'generate', slug: problem.slug, done: i, total: pack.problems.length });
    const cases = await generateProblemCases(problem, files, issues);
    if (cases) generated[problem.slug] = cases;
  }
  let verified = 0;
  const verifyRetries: ContentVerifyRetry[] = [];
  if (options.verify && issues.length === 0)
    verified = await verifyProblems(pack.problems, files, issues, verifyRetries, options.onProgress);
  const localPaths = new Map<string, string>();
  for (const f of files) localPaths.set(f.key, f.path);
  for (const problem of pack.problems) localPaths.set(`problems/${problem.slug}`, problem.dir);
  return {
    files: files.map((f) => ({ path: f.key, content: f.text })),
    generated,
    issues,
    verified,
    verifyRetries,
    localPaths,
  };
}

/** Rewrites an issue's pack-relative file (as the server reports it) to the local path the author knows. */
export function localizeIssue(issue: ContentIssue, localPaths: ReadonlyMap<string, string>): ContentIssue {
  const exact = localPaths.get(issue.file);
  if (exact) return { ...issue, file: exact };
  const dir = /^(problems\/[^/]+)(\/.*)$/.exec(issue.file);
  const local = dir ? localPaths.get(dir[1]!) : undefined;
  return local ? { ...issue, file: `${local}${dir![2]}` } : issue;
}
