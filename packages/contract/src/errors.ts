/** One entry of the error-code registry: the HTTP status a code maps to and whether a client may retry it. */
export interface ErrorSpec {
  readonly status: number;
  readonly retryable: boolean;
  readonly message: string;
}

/** Every error code the platform can return; clients switch on these, never on message text. */
export const errorRegistry = {
  VALIDATION_FAILED: { status: 400, retryable: false, message: 'The request is not valid.' },
  UNAUTHENTICATED: { status: 401, retryable: false, message: 'Sign in first.' },
  FORBIDDEN: { status: 403, retryable: false, message: 'You may not do that.' },
  NOT_FOUND: { status: 404, retryable: false, message: 'Nothing is here.' },
  RATE_LIMITED: { status: 429, retryable: true, message: 'Too many requests; slow down.' },
  INTERNAL: { status: 500, retryable: true, message: 'Something went wrong on our side.' },
  CONTENT_INVALID: { status: 422, retryable: false, message: 'The content pack has errors; nothing was imported.' },
  CONTENT_VERIFY_FAILED: {
    status: 422,
    retryable: false,
    message: 'A reference solution did not pass its own tests; nothing was imported.',
  },
  UNAVAILABLE: { status: 503, retryable: true, message: 'The service is starting or overloaded; try again.' },
  // Storage and migrations (operator-facing; the server refuses to start with these).
  MIGRATION_FAILED: { status: 500, retryable: false, message: 'A database migration failed and was rolled back.' },
  MIGRATION_CHECKSUM_MISMATCH: {
    status: 500,
    retryable: false,
    message: 'An applied migration file was changed after it was applied.',
  },
  MIGRATION_FILE_INVALID: {
    status: 500,
    retryable: false,
    message: 'A file in the migrations folder is misnamed or duplicates a version.',
  },
  MIGRATION_MISSING: { status: 500, retryable: false, message: 'An applied migration has no file any more.' },
  MIGRATION_PENDING: { status: 500, retryable: false, message: 'Migrations are waiting to be applied.' },
  MIGRATION_LOCKED: { status: 503, retryable: true, message: 'Another process holds the migration lock.' },
  MIGRATIONS_DIR_NOT_FOUND: { status: 500, retryable: false, message: 'The migrations folder was not found.' },
  MIGRATION_BASELINE_REFUSED: {
    status: 409,
    retryable: false,
    message: 'Baseline needs an empty schema history.',
  },
  DOCUMENT_INVALID: { status: 400, retryable: false, message: 'The document or filter is not valid.' },
  KV_WRONG_TYPE: { status: 500, retryable: false, message: 'A cache key holds a different kind of value.' },
  DOCUMENT_CONFLICT: { status: 409, retryable: false, message: 'A document with that key already exists.' },
  PROBLEM_INVALID: { status: 422, retryable: false, message: 'The problem content is not valid.' },
  JUDGE_UNAVAILABLE: { status: 503, retryable: true, message: 'The judge cannot run submissions here right now.' },
} as const satisfies Record<string, ErrorSpec>;

/** A stable SCREAMING_SNAKE error code from the registry. */
export type ErrorCode = keyof typeof errorRegistry;

/** True when `code` is a code from the registry. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorRegistry, code);
}
