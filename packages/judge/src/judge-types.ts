import type { Comparator, JudgeEvent, Language, Limits, Signature } from '@avantika/contract';

/** Options for `createJudge`. */
export interface JudgeOptions {
  /** Where per-run directories are made (default: the OS temp dir). */
  workDir?: string;
  /** Where builds, the PCH, the runner and validators are cached (default: <tmp>/avantika-judge-cache). */
  cacheDir?: string;
  /** 'auto' uses bubblewrap when it works here, else runs unsandboxed with a one-time warning. */
  sandbox?: 'auto' | 'bwrap' | 'none';
  /** Called once with the warning when 'auto' falls back to unsandboxed runs (default: stderr). */
  warn?: (message: string) => void;
}

/** The problem a submission is judged against: signature, comparator, limits and (for "custom") the validator source. */
export interface JudgeProblem {
  signature: Signature;
  comparator: Comparator;
  limits: Limits;
  validatorSource?: string | null | undefined;
}

/** One case to judge; hidden ones are redacted in the result. */
export interface JudgeCase {
  input: unknown[];
  output: unknown;
  hidden: boolean;
}

/** Parameters of one judge run. */
export interface JudgeRunParams {
  problem: JudgeProblem;
  language: Language;
  code: string;
  cases: JudgeCase[];
  onEvent?: (event: JudgeEvent) => void;
}
