import type { ErrorCode } from '@avantika/contract';

/** The registry codes the judge throws: bad problem content, or no way to run submissions. */
export type JudgeErrorCode = Extract<ErrorCode, 'PROBLEM_INVALID' | 'JUDGE_UNAVAILABLE'>;

/** An error with a stable code from the contract registry and, for content errors, the file it is about. */
export class JudgeError extends Error {
  readonly code: JudgeErrorCode;
  readonly file: string | undefined;

  constructor(code: JudgeErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'JudgeError';
    this.code = code;
    this.file = options.file;
  }
}
