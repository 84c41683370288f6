import type { ContentIssue, TestCase } from '@avantika/contract';
import type { ParsedProblem } from './parse-problem.js';

/**
 * Checks content uploaded over the API for code the server would have to run: every generate.mjs needs its cases in
 * `generated` (expanded on the operator's machine), and validator.ts files are refused because the judge loads them
 * into the server process. Cases sent for a problem without a generator are reported too.
 */
export function checkRemoteCode(
  problems: readonly ParsedProblem[],
  generated: Readonly<Record<string, readonly TestCase[]>>,
  issues: ContentIssue[],
): void {
  const withGenerator = new Set<string>();
  for (const problem of problems) {
    if (problem.validatorSource !== null) {
      issues.push({
        code: 'CONTENT_REMOTE_CODE',
        file: `${problem.dir}/validator.ts`,
        message:
          'a custom validator runs inside the server when judging, so it cannot be uploaded over the API; import this ' +
          'problem on the server host (avantika-admin import without --url) or from the pack the server seeds from',
      });
    }
    if (problem.generatorSource === null) continue;
    withGenerator.add(problem.slug);
    if (!Object.hasOwn(generated, problem.slug)) {
      issues.push({
        code: 'CONTENT_REMOTE_CODE',
        file: `${problem.dir}/generate.mjs`,
        message:
          'generators do not run on the server: send the cases it generates in "generated" ' +
          '(avantika-admin import --url runs generate.mjs locally and sends them for you)',
      });
    }
  }
  for (const slug of Object.keys(generated)) {
    if (withGenerator.has(slug)) continue;
    issues.push({
      code: 'CONTENT_UNKNOWN_REFERENCE',
      file: `problems/${slug}/generate.mjs`,
      field: `generated.${slug}`,
      message: `generated cases were sent for "${slug}", but the upload has no problems/${slug}/generate.mjs`,
    });
  }
}

/** The uploaded generated cases of a problem ([] when it has no generator). */
export function remoteCases(
  problem: ParsedProblem,
  generated: Readonly<Record<string, readonly TestCase[]>>,
): TestCase[] | null {
  if (problem.generatorSource === null) return [];
  const cases = generated[problem.slug];
  return cases === undefined ? null : [...cases];
}
