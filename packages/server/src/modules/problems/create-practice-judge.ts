import type { JudgeResult } from '@avantika/contract';
import { generateStarter, type Judge } from '@avantika/judge';
import type { CaseOutcome, PracticeJudge, RunOutcome, RunSpec } from './practice-judge.js';

// An expected output no program can produce: comparing against it always fails, so the judge reports the case's
// actual output (it reports actual output only for the first failing visible case).
const NO_EXPECTED = { __avantikaNoExpectedOutput__: true };

/**
 * Adapts `@avantika/judge` to the practice routes. Cases with expected outputs are judged in one run (stopping at
 * the first failure, like a submission); cases without are executed one per run against an impossible expected
 * output to capture what the code printed and returned. Compiles are cached by the judge, so that costs one
 * process start per case.
 */
export function createPracticeJudge(judge: Judge): PracticeJudge {
  return {
    starter: generateStarter,
    async run(spec: RunSpec): Promise<RunOutcome> {
      const problem = {
        signature: spec.signature,
        comparator: spec.comparator,
        limits: spec.limits,
        validatorSource: spec.validatorSource,
      };
      if (spec.cases.every((c) => 'output' in c)) {
        const cases = spec.cases.map((c) => ({ input: c.input, output: c.output, hidden: false }));
        const result = await judge.run({ problem, language: spec.language, code: spec.code, cases });
        return toOutcome(result, spec.cases.length);
      }
      const outcomes: CaseOutcome[] = [];
      let runtimeMs = 0;
      let memoryKb = 0;
      let status = 'ran';
      let compileOutput: string | undefined;
      for (const [index, c] of spec.cases.entries()) {
        const result = await judge.run({
          problem: { ...problem, comparator: { kind: 'exact' }, validatorSource: null },
          language: spec.language,
          code: spec.code,
          cases: [{ input: c.input, output: NO_EXPECTED, hidden: false }],
        });
        runtimeMs += Math.round(result.runtimeMs);
        memoryKb = Math.max(memoryKb, result.memoryKb);
        if (result.verdict === 'compile_error') {
          return { status: 'compile_error', runtimeMs: 0, memoryKb: 0, compileOutput: result.message ?? '', cases: [] };
        }
        const failed = result.failedCase;
        const ran = result.verdict === 'wrong_answer' && failed !== null && !failed.hidden;
        if (!ran && status === 'ran') status = result.verdict;
        outcomes.push({
          index,
          verdict: ran ? 'ran' : result.verdict,
          ...(ran && 'actual' in failed ? { actual: failed.actual } : {}),
          stdout: failed && !failed.hidden ? failed.stdout : '',
          ...(!ran && result.message ? { error: result.message } : {}),
        });
      }
      return { status, runtimeMs, memoryKb, ...(compileOutput ? { compileOutput } : {}), cases: outcomes };
    },
  };
}

/** Spreads a judge result over the cases: judged ones get their verdict, the first failing one its details. */
function toOutcome(result: JudgeResult, count: number): RunOutcome {
  const byIndex = new Map(result.cases.map((c) => [c.index, c]));
  const failed = result.failedCase;
  const cases: CaseOutcome[] = [];
  for (let index = 0; index < count; index++) {
    const isFailed = failed !== null && failed.index === index;
    const verdict = isFailed ? failed.verdict : (byIndex.get(index)?.verdict ?? 'not_run');
    cases.push({
      index,
      verdict: result.verdict === 'compile_error' ? 'compile_error' : verdict,
      ...(isFailed && !failed.hidden && 'actual' in failed ? { actual: failed.actual } : {}),
      stdout: isFailed && !failed.hidden ? failed.stdout : '',
      ...(isFailed && result.message ? { error: result.message } : {}),
    });
  }
  return {
    status: result.verdict,
    runtimeMs: Math.round(result.runtimeMs),
    memoryKb: result.memoryKb,
    ...(result.verdict === 'compile_error' ? { compileOutput: result.message ?? '' } : {}),
    cases,
  };
}
