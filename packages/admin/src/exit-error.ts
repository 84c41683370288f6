/** Thrown by a command to end with a documented exit code; `bin.ts` prints the message and exits with `exitCode`. */
export class ExitError extends Error {
  readonly exitCode: number;
  /** A registry code (MIGRATION_FAILED …) shown in `--json` output; tests assert on it. */
  readonly code: string | undefined;
  /** What to run next, printed under the message. */
  readonly hint: string | undefined;

  constructor(exitCode: number, message: string, options: { code?: string; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ExitError';
    this.exitCode = exitCode;
    this.code = options.code;
    this.hint = options.hint;
  }
}

/** A bad argument or option combination (exit code 2). */
export class UsageError extends ExitError {
  constructor(message: string, options: { hint?: string } = {}) {
    super(2, message, { code: 'VALIDATION_FAILED', ...options });
    this.name = 'UsageError';
  }
}
