import type { Comparator, Language, Limits, Signature } from '@avantika/contract';

/** One case of a run as the judge reports it. */
export interface CaseOutcome {
  readonly index: number;
  /** accepted / wrong_answer / runtime_error …; `ran` when there was no expected output to compare with. */
  readonly verdict: string;
  readonly actual?: unknown;
  readonly stdout: string;
  readonly error?: string;
}

/** The outcome of running code on a list of cases, every case reported. */
export interface RunOutcome {
  readonly status: string;
  readonly runtimeMs: number;
  readonly memoryKb: number;
  readonly compileOutput?: string;
  readonly cases: CaseOutcome[];
}

/** What a run needs to know about the problem's current version. */
export interface RunSpec {
  readonly language: Language;
  readonly code: string;
  readonly signature: Signature;
  readonly comparator: Comparator;
  readonly limits: Limits;
  readonly validatorSource: string | null;
  /** Cases without `output` are only executed, not compared. */
  readonly cases: { input: unknown[]; output?: unknown }[];
}

/** The judge as the practice routes use it: synchronous runs and starter code. */
export interface PracticeJudge {
  run(spec: RunSpec): Promise<RunOutcome>;
  starter(signature: Signature, language: Language): string;
}
