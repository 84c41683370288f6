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
  DATA_DIR_LOCKED: { status: 503, retryable: true, message: 'Another process is using the embedded database.' },
  KV_WRONG_TYPE: { status: 500, retryable: false, message: 'A cache key holds a different kind of value.' },
  DOCUMENT_CONFLICT: { status: 409, retryable: false, message: 'A document with that key already exists.' },
  // Merged from another area.
  PROBLEM_INVALID: { status: 422, retryable: false, message: 'The problem content is not valid.' },
  JUDGE_UNAVAILABLE: { status: 503, retryable: true, message: 'The judge cannot run submissions here right now.' },
  // Merged from another area.
  CONTENT_INVALID: { status: 422, retryable: false, message: 'The content pack has errors; nothing was imported.' },
  CONTENT_VERIFY_FAILED: {
    status: 422,
    retryable: false,
    message: 'A reference solution did not pass its own tests; nothing was imported.',
  },
  // Merged from another area.
  MALFORMED_JSON: { status: 400, retryable: false, message: 'The request body is not valid JSON.' },
  INVALID_CURSOR: {
    status: 400,
    retryable: false,
    message: 'The pagination cursor is not valid; start from page one.',
  },
  LANGUAGE_NOT_SUPPORTED: { status: 400, retryable: false, message: 'That language is not supported.' },
  INVALID_OPTION: { status: 400, retryable: false, message: 'The question has no such option.' },
  INVALID_CREDENTIALS: { status: 401, retryable: false, message: 'The email/username or password is wrong.' },
  TOKEN_INVALID: { status: 401, retryable: false, message: 'The access token is not valid.' },
  TOKEN_EXPIRED: { status: 401, retryable: false, message: 'The access token has expired; refresh it.' },
  REFRESH_TOKEN_INVALID: {
    status: 401,
    retryable: false,
    message: 'The refresh token is not valid or has expired; sign in again.',
  },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    retryable: false,
    message: 'The refresh token was already used; every session of this login was signed out.',
  },
  INSUFFICIENT_ROLE: { status: 403, retryable: false, message: 'Your role does not allow this.' },
  ACCOUNT_DISABLED: { status: 403, retryable: false, message: 'This account is deactivated.' },
  TENANT_MISMATCH: { status: 403, retryable: false, message: 'That belongs to another organisation.' },
  PREMIUM_REQUIRED: { status: 403, retryable: false, message: 'This needs a Pro plan.' },
  ROUTE_NOT_FOUND: { status: 404, retryable: false, message: 'No such endpoint.' },
  USER_NOT_FOUND: { status: 404, retryable: false, message: 'No such user.' },
  API_TOKEN_NOT_FOUND: { status: 404, retryable: false, message: 'No such API token.' },
  PROBLEM_NOT_FOUND: { status: 404, retryable: false, message: 'No such problem.' },
  SUBMISSION_NOT_FOUND: { status: 404, retryable: false, message: 'No such submission.' },
  QUIZ_NOT_FOUND: { status: 404, retryable: false, message: 'No such quiz.' },
  QUIZ_ATTEMPT_NOT_FOUND: { status: 404, retryable: false, message: 'No such quiz attempt.' },
  QUESTION_NOT_FOUND: { status: 404, retryable: false, message: 'No such question in this attempt.' },
  PATH_NOT_FOUND: { status: 404, retryable: false, message: 'No such learning path.' },
  MCQ_SET_NOT_FOUND: { status: 404, retryable: false, message: 'No such MCQ set or topic.' },
  DAILY_PROBLEM_UNAVAILABLE: { status: 404, retryable: false, message: 'There is no daily problem yet.' },
  METHOD_NOT_ALLOWED: { status: 405, retryable: false, message: 'That method is not allowed here.' },
  CONFLICT: { status: 409, retryable: false, message: 'That conflicts with the current state.' },
  EMAIL_TAKEN: { status: 409, retryable: false, message: 'That email is already registered.' },
  USERNAME_TAKEN: { status: 409, retryable: false, message: 'That username is taken.' },
  ROLE_ALREADY_GRANTED: { status: 409, retryable: false, message: 'The user already has that role.' },
  QUIZ_ATTEMPT_FINISHED: { status: 409, retryable: false, message: 'This quiz attempt is already finished.' },
  QUESTION_ALREADY_ANSWERED: { status: 409, retryable: false, message: 'That question is already answered.' },
  ALREADY_ENROLLED: { status: 409, retryable: false, message: 'You are already enrolled in this path.' },
  NOT_ENROLLED: { status: 409, retryable: false, message: 'Enroll in the path first.' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    retryable: false,
    message: 'That Idempotency-Key was already used with a different request.',
  },
  IDEMPOTENCY_KEY_IN_PROGRESS: {
    status: 409,
    retryable: true,
    message: 'A request with that Idempotency-Key is still in progress; retry shortly.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, retryable: false, message: 'The request body is too large.' },
  NOT_ENOUGH_QUESTIONS: { status: 422, retryable: false, message: 'There are not enough questions for that quiz.' },
  SEED_NOT_CONFIGURED: {
    status: 404,
    retryable: false,
    message: 'This server has no content pack to seed from (start it with --seed <dir> or AVANTIKA_SEED).',
  },
  // First-admin bootstrap (POST /v1/admin/bootstrap).
  BOOTSTRAP_SECRET_INVALID: {
    status: 403,
    retryable: false,
    message: 'The bootstrap secret is wrong; copy it from the file named in the server’s startup log.',
  },
  BOOTSTRAP_CLOSED: {
    status: 410,
    retryable: false,
    message: 'First-admin bootstrap is closed: an admin exists or the one-time secret was used.',
  },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, retryable: false, message: 'Send JSON (Content-Type: application/json).' },
} as const satisfies Record<string, ErrorSpec>;

/** A stable SCREAMING_SNAKE error code from the registry. */
export type ErrorCode = keyof typeof errorRegistry;

/** Every registered code, in registry order (for enums in schemas and documentation). */
export const errorCodes = Object.keys(errorRegistry) as [ErrorCode, ...ErrorCode[]];

/** True when `code` is a code from the registry. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorRegistry, code);
}
