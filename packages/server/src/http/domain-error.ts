import { type ErrorCode, errorRegistry } from '@avantika/contract';

/**
 * An expected failure with a registered code; handlers throw it and the error handler answers
 * `{ error: { code, message, details?, requestId } }` with the code's status from the registry.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  /** Extra response headers (Retry-After on RATE_LIMITED, for example). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    code: ErrorCode,
    details?: unknown,
    options: { message?: string; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(options.message ?? errorRegistry[code].message, options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.status = errorRegistry[code].status;
    this.details = details;
    this.headers = options.headers ?? {};
  }
}

/** True when `error` is a {@link DomainError} (also across duplicated module instances). */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError || (error instanceof Error && error.name === 'DomainError' && 'code' in error);
}
