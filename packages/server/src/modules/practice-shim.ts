import type { ErrorCode } from '@avantika/contract';

// TEMPORARY until server-core lands its DomainError: same shape (code from the registry).
/** An expected failure with a registry code. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, options: { details?: unknown; message?: string } = {}) {
    super(options.message ?? code);
    this.code = code;
    this.details = options.details;
  }
}
