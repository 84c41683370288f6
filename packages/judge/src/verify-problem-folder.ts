import type { JudgeResult, Language } from '@avantika/contract';
import { createJudge, type Judge } from './create-judge.js';
import { generateStarter } from './generate-starter.js';
import { JudgeError } from './judge-error.js';
import { createJudgeGate, type JudgeGate } from './judge-gate.js';
import type { JudgeCase } from './judge-types.js';
import { loadProblemFolder, solutionFiles } from './load-problem-folder.js';

/** One reference solution's or starter's outcome in a verification. */
export interface VerifyEntry {
  language: Language;
  kind: 'solution' | 'starter';
  ok: boolean;
  verdict: JudgeResult['verdict'] | 'missing';
  passed: number;
  total: number;
  ms: number;
  compileMs: number;
  message: string | null;
  failedCase: JudgeResult['failedCase'];
  /**
   * The first attempt, when it ran out of time (or the judge stalled) and the entry was judged again exclusively; the
   * fields above are the second attempt's. Null when judged once.
   */
  retried: { verdict: VerifyEntry['verdict']; message: string | null } | null;
}

/** The verification of one problem folder. */
export interface VerifyReport {
  dir: string;
  slug: string | null;
  ok: boolean;
  /** Set when the folder itself is invalid (nothing was judged). */
  error: { code: string; message: string } | null;
  entries: VerifyEntry[];
}

/** Options for `verifyProblemFolder`. */
export interface VerifyOptions {
  languages?: Language[];
  judge?: Judge;
  /** Judgings run at once (default 2); results are still reported in language order. */
  concurrency?: number;
  /** Shared by every folder of a batch so a time-limit retry runs with nothing else of the batch (default: own). */
  gate?: JudgeGate;
  onEntry?: (entry: VerifyEntry) => void;
}

const ALL: Language[] = ['python', 'javascript', 'java', 'cpp'];
// A starter must compile and run; a wrong answer (or a lucky accept) is what it is for.
const STARTER_OK = new Set(['wrong_answer', 'accepted']);
// Verdicts that depend on how busy the machine was: judged once more, alone, before they count. A wrong answer,
// a crash or a compile error fails at once.
const LOAD_SENSITIVE = new Set(['time_limit_exceeded', 'internal_error']);

/**
 * Runs every reference solution against all cases (visible + hidden + generated) and every starter against the visible
 * cases; ok when each solution is accepted and no starter fails to compile or crashes.
 */
export async function verifyProblemFolder(dir: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  let folder: Awaited<ReturnType<typeof loadProblemFolder>>;
  try {
    folder = await loadProblemFolder(dir);
  } catch (error) {
    if (!(error instanceof JudgeError)) throw error;
    return { dir, slug: null, ok: false, error: { code: error.code, message: error.message }, entries: [] };
  }
  const judge = options.judge ?? createJudge();
  const gate = options.gate ?? createJudgeGate();
  const problem = {
    signature: folder.signature,
    comparator: folder.comparator,
    limits: folder.limits,
    validatorSource: folder.validatorSource,
  };
  const visible: JudgeCase[] = folder.visible.map((c) => ({ input: c.input, output: c.output, hidden: false }));
  const all = [...visible, ...folder.hidden.map((c) => ({ input: c.input, output: c.output, hidden: true }))];
  const tasks: (() => Promise<VerifyEntry>)[] = [];
  for (const language of options.languages ?? ALL) {
    const code = folder.solutions[language];
    tasks.push(async () =>
      code === undefined
        ? {
            language,
            kind: 'solution',
            ok: false,
            verdict: 'missing',
            passed: 0,
            total: all.length,
            ms: 0,
            compileMs: 0,
            message: `solutions/${solutionFiles[language]} is missing`,
            failedCase: null,
            retried: null,
          }
        : judgeWithRetry(gate, () => judgeEntry(judge, problem, language, code, all, 'solution')),
    );
    const starter = generateStarter(folder.signature, language);
    tasks.push(() => judgeWithRetry(gate, () => judgeEntry(judge, problem, language, starter, visible, 'starter')));
  }
  // Entries run `concurrency` at a time but are reported in task order.
  const entries: VerifyEntry[] = new Array(tasks.length);
  const done: boolean[] = new Array(tasks.length).fill(false);
  let reported = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      entries[i] = await tasks[i]!();
      done[i] = true;
      while (reported < tasks.length && done[reported]) {
        const entry = entries[reported]!;
        reported++;
        options.onEntry?.(entry);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  return { dir: folder.dir, slug: folder.slug, ok: entries.every((e) => e.ok), error: null, entries };
}

/** Judges an entry in the gate; a load-sensitive failure is judged again exclusively and that attempt counts. */
async function judgeWithRetry(gate: JudgeGate, judgeOnce: () => Promise<VerifyEntry>): Promise<VerifyEntry> {
  const first = await gate.shared(judgeOnce);
  if (first.ok || !LOAD_SENSITIVE.has(first.verdict)) return first;
  const second = await gate.exclusive(judgeOnce);
  return { ...second, retried: { verdict: first.verdict, message: first.message } };
}

async function judgeEntry(
  judge: Judge,
  problem: Parameters<Judge['run']>[0]['problem'],
  language: Language,
  code: string,
  cases: JudgeCase[],
  kind: VerifyEntry['kind'],
): Promise<VerifyEntry> {
  const t0 = performance.now();
  let r: JudgeResult;
  try {
    r = await judge.run({ problem, language, code, cases });
  } catch (error) {
    // A stalled compiler or a judge that cannot start says nothing about the solution: an internal_error to retry.
    if (!(error instanceof JudgeError && error.code === 'JUDGE_UNAVAILABLE')) throw error;
    return {
      language,
      kind,
      ok: false,
      verdict: 'internal_error',
      passed: 0,
      total: cases.length,
      ms: Math.round(performance.now() - t0),
      compileMs: 0,
      message: error.message,
      failedCase: null,
      retried: null,
    };
  }
  const ok = kind === 'solution' ? r.verdict === 'accepted' : STARTER_OK.has(r.verdict);
  return {
    language,
    kind,
    ok,
    verdict: r.verdict,
    passed: r.passed,
    total: r.total,
    ms: Math.round(performance.now() - t0),
    compileMs: Math.round(r.compileMs),
    message: r.message,
    failedCase: r.failedCase,
    retried: null,
  };
}
