/** Exit codes every command uses (documented in the README). */
export const ExitCode = {
  ok: 0,
  notAccepted: 1,
  usage: 2,
  auth: 3,
  network: 4,
  notFound: 5,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error that ends the command with a documented exit code, saying what happened and what to run next. */
export class ExitError extends Error {
  readonly exitCode: ExitCodeValue;
  readonly hint: string | undefined;
  readonly requestId: string | undefined;

  constructor(
    exitCode: ExitCodeValue,
    message: string,
    options: { hint?: string; requestId?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ExitError';
    this.exitCode = exitCode;
    this.hint = options.hint;
    this.requestId = options.requestId;
  }
}

/** A mistake in how the command was called (exit 2). */
export class UsageError extends ExitError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(ExitCode.usage, message, options);
    this.name = 'UsageError';
  }
}
