import { type ErrorCode, errorRegistry } from '@avantika/contract';

// TEMPORARY until server-core's http/domain-error.ts lands: the same constructor shape.
/** An expected failure with a registry code. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  readonly headers: Readonly<Record<string, string>>;
  constructor(
    code: ErrorCode,
    details?: unknown,
    options: { message?: string; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(options.message ?? errorRegistry[code].message);
    this.name = 'DomainError';
    this.code = code;
    this.status = errorRegistry[code].status;
    this.details = details;
    this.headers = options.headers ?? {};
  }
}
