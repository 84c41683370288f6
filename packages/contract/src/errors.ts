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
  // Practice: problems, submissions, quizzes and learning paths.
  PROBLEM_NOT_FOUND: { status: 404, retryable: false, message: 'No such problem.' },
  SUBMISSION_NOT_FOUND: { status: 404, retryable: false, message: 'No such submission.' },
  MCQ_SET_NOT_FOUND: { status: 404, retryable: false, message: 'No such MCQ set or topic.' },
  NOT_ENOUGH_QUESTIONS: { status: 422, retryable: false, message: 'There are not enough questions for that quiz.' },
  QUIZ_ATTEMPT_NOT_FOUND: { status: 404, retryable: false, message: 'No such quiz attempt.' },
  DAILY_PROBLEM_UNAVAILABLE: { status: 404, retryable: false, message: 'There is no daily problem yet.' },
  QUESTION_NOT_FOUND: { status: 404, retryable: false, message: 'The attempt has no question at that index.' },
  INVALID_OPTION: { status: 400, retryable: false, message: 'The question has no such option.' },
  QUESTION_ALREADY_ANSWERED: { status: 409, retryable: false, message: 'That question is locked.' },
  QUIZ_ATTEMPT_FINISHED: { status: 409, retryable: false, message: 'This quiz attempt is already finished.' },
  PATH_NOT_FOUND: { status: 404, retryable: false, message: 'No such learning path.' },
} as const satisfies Record<string, ErrorSpec>;

/** A stable SCREAMING_SNAKE error code from the registry. */
export type ErrorCode = keyof typeof errorRegistry;

/** True when `code` is a code from the registry. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorRegistry, code);
}
