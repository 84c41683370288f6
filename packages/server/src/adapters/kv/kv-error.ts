import type { ErrorCode } from '@avantika/contract';

/** A Kv call on a key holding another type (Redis WRONGTYPE) or with a bad argument. */
export class KvError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KvError';
    this.code = code;
  }
}
