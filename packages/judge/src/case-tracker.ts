import type { Comparator, JudgeCaseResult, JudgeFailedCase, JudgeResult, Verdict } from '@avantika/contract';
import { compareOutput, type Validator } from './compare-output.js';
import type { JudgeCase } from './judge-types.js';
import type { SupervisedOutcome } from './sandbox/run-supervised.js';

interface Failure {
  index: number;
  verdict: Verdict;
  actual?: unknown;
  stdout: string;
  message: string | null;
  line: number | null;
}

type DriverLine =
  | { done: true }
  | { e: 'compile'; msg: string; line: number | null }
  | { i: number; e: 'runtime' | 'memory' | 'output'; msg: string; line?: number | null; ms: number; out?: string }
  | { i: number; v: unknown; ms: number; out?: string };

const SIGNALS: Record<number, string> = {
  4: 'SIGILL (illegal instruction)',
  6: 'SIGABRT (aborted)',
  7: 'SIGBUS (bus error)',
  8: 'SIGFPE (arithmetic error, e.g. division by zero)',
  9: 'SIGKILL (killed)',
  11: 'SIGSEGV (segmentation fault: invalid memory access or stack overflow)',
};
const OOM_TEXT = /heap out of memory|OutOfMemoryError|MemoryError|std::bad_alloc|Cannot allocate memory/;

/** Compares result lines as they arrive, stops at the first failure, and turns the run's outcome into a verdict. */
export class CaseTracker {
  private readonly results: JudgeCaseResult[] = [];
  private failure: Failure | undefined;
  private compileError: { msg: string; line: number | null } | undefined;
  private done = false;
  private runtimeMs = 0;
  private lastProgress = 0;

  constructor(
    private readonly comparator: Comparator,
    private readonly cases: JudgeCase[],
    private readonly validator: Validator | undefined,
    private readonly progress: (done: number) => void,
  ) {}

  /** Handles one line from the result channel; false stops the run. */
  accept(raw: string): boolean {
    let line: DriverLine;
    try {
      line = JSON.parse(raw) as DriverLine;
    } catch {
      return this.fail(this.results.length, 'runtime_error', 'the result channel was corrupted by the solution');
    }
    if ('done' in line) {
      this.done = true;
      return true;
    }
    if ('e' in line && line.e === 'compile') {
      this.compileError = { msg: line.msg, line: line.line ?? null };
      return false;
    }
    const index = this.results.length;
    if (!('i' in line) || line.i !== index || index >= this.cases.length) {
      return this.fail(index, 'runtime_error', 'the result channel was corrupted by the solution');
    }
    this.runtimeMs += Math.max(0, Number(line.ms) || 0);
    if ('e' in line) {
      const verdict: Verdict =
        line.e === 'memory' ? 'memory_limit_exceeded' : line.e === 'output' ? 'output_limit_exceeded' : 'runtime_error';
      return this.fail(index, verdict, line.msg, line.line ?? null, line.out ?? '');
    }
    const expected = this.cases[index]!;
    const cmp = compareOutput(this.comparator, expected.output, line.v, expected.input, this.validator);
    if (!cmp.ok) {
      this.failure = {
        index,
        verdict: 'wrong_answer',
        actual: line.v,
        stdout: line.out ?? '',
        message: cmp.reason,
        line: null,
      };
      this.results.push({ index, hidden: expected.hidden, verdict: 'wrong_answer', runtimeMs: round(line.ms) });
      return false;
    }
    this.results.push({ index, hidden: expected.hidden, verdict: 'accepted', runtimeMs: round(line.ms) });
    const now = performance.now();
    if (now - this.lastProgress > 100 || this.results.length === this.cases.length) {
      this.lastProgress = now;
      this.progress(this.results.length);
    }
    return true;
  }

  private fail(index: number, verdict: Verdict, message: string, line: number | null = null, stdout = ''): false {
    if (this.failure) return false;
    this.failure = { index, verdict, stdout, message, line };
    if (index < this.cases.length) {
      this.results.push({ index, hidden: this.cases[index]!.hidden, verdict, runtimeMs: 0 });
    }
    return false;
  }

  /** The verdict for the whole run, given how the process ended. */
  finish(
    outcome: SupervisedOutcome,
    meta: Pick<JudgeResult, 'total' | 'sandbox' | 'limiter' | 'compileMs'> & {
      cpuLimitMs: number;
      wallLimitMs: number;
      memoryExceeded: boolean;
      peakKb: number;
    },
  ): JudgeResult {
    const common = {
      total: meta.total,
      sandbox: meta.sandbox,
      limiter: meta.limiter,
      compileMs: round(meta.compileMs),
      memoryKb: Math.max(0, Math.round(meta.peakKb)),
    };
    if (this.compileError) {
      return {
        ...common,
        verdict: 'compile_error',
        passed: 0,
        runtimeMs: 0,
        cases: [],
        failedCase: null,
        message: this.compileError.msg,
        line: this.compileError.line,
      };
    }
    const next = this.results.length;
    const slow =
      outcome.killedFor === 'wall' ||
      outcome.killedFor === 'cpu' ||
      outcome.cpuMs > meta.cpuLimitMs ||
      outcome.signal === 24;
    if (this.failure?.verdict === 'runtime_error' && meta.memoryExceeded)
      this.failure.verdict = 'memory_limit_exceeded';
    if (!this.failure && !(this.done && next === this.cases.length)) {
      if (outcome.killedFor === 'stdout' || outcome.killedFor === 'result' || outcome.signal === 25) {
        this.fail(next, 'output_limit_exceeded', 'the output limit was exceeded', null, outcome.stdout);
      } else if (meta.memoryExceeded || OOM_TEXT.test(outcome.stderr)) {
        this.fail(next, 'memory_limit_exceeded', 'the memory limit was exceeded', null, outcome.stdout);
      } else if (slow) {
        this.fail(next, 'time_limit_exceeded', slowReason(outcome, meta), null, outcome.stdout);
      } else if (outcome.signal !== 0) {
        this.fail(
          next,
          'runtime_error',
          `killed by ${SIGNALS[outcome.signal] ?? `signal ${outcome.signal}`}`,
          null,
          outcome.stdout,
        );
      } else if (outcome.runnerError) {
        return {
          ...common,
          verdict: 'internal_error',
          passed: 0,
          runtimeMs: 0,
          cases: [],
          failedCase: null,
          message: outcome.runnerError,
          line: null,
        };
      } else if (outcome.exitCode !== 0) {
        const tail = outcome.stderr.trim().split('\n').slice(-5).join('\n');
        this.fail(next, 'runtime_error', tail || `exited with code ${outcome.exitCode}`, null, outcome.stdout);
      } else {
        this.fail(next, 'runtime_error', `the program exited before finishing case ${next}`, null, outcome.stdout);
      }
    } else if (!this.failure && slow) {
      // Every case passed but the whole run went over its CPU budget: LeetCode counts the total too.
      const last = this.results.at(-1);
      if (last) last.verdict = 'time_limit_exceeded';
      this.failure = {
        index: next - 1,
        verdict: 'time_limit_exceeded',
        stdout: '',
        // A wall-clock kill can land after the last result line but before the exit: say which limit it was.
        message: slowReason(outcome, meta),
        line: null,
      };
    }
    const passed = this.results.filter((r) => r.verdict === 'accepted').length;
    if (!this.failure) {
      return {
        ...common,
        verdict: 'accepted',
        passed,
        runtimeMs: round(this.runtimeMs),
        cases: this.results,
        failedCase: null,
        message: null,
        line: null,
      };
    }
    const f = this.failure;
    const c = this.cases[f.index];
    let failedCase: JudgeFailedCase | null = null;
    if (c?.hidden) failedCase = { index: f.index, hidden: true, verdict: f.verdict };
    else if (c) {
      failedCase = {
        index: f.index,
        hidden: false,
        verdict: f.verdict,
        input: c.input,
        expected: c.output,
        stdout: f.stdout,
      };
      if ('actual' in f) failedCase.actual = f.actual;
    }
    return {
      ...common,
      verdict: f.verdict,
      passed,
      runtimeMs: round(this.runtimeMs),
      cases: this.results,
      failedCase,
      message: f.message,
      line: f.line,
    };
  }
}

function round(ms: number): number {
  return Math.round(Math.max(0, Number(ms) || 0) * 100) / 100;
}

/** Which time limit a slow run went over, in words for the verdict's message. */
function slowReason(outcome: SupervisedOutcome, meta: { cpuLimitMs: number; wallLimitMs: number }): string {
  if (outcome.killedFor !== 'wall') return `the time limit (${Math.round(meta.cpuLimitMs)} ms CPU) was exceeded`;
  const held = outcome.stalledMs > 0 ? ` plus ${Math.round(outcome.stalledMs)} ms the machine held it up` : '';
  return `the wall-clock limit (${Math.round(meta.wallLimitMs)} ms${held}) was exceeded: sleeping or blocked`;
}
