export type {
  ApiToken,
  ApiTokenCreated,
  ApiTokenCreateParams,
  AuthSession,
  Award,
  ContentExport,
  ContentFileUpload,
  ContentImportReport,
  ContentIssue,
  ContentUpload,
  DailyProblem,
  Difficulty,
  ErrorCode,
  FailedCase,
  GrantableRole,
  Language,
  LeaderboardEntry,
  Page,
  PathDetail,
  PathEnrollment,
  PathItemCompletion,
  PathItemView,
  PathModuleView,
  PathNext,
  PathProgress,
  PathSummary,
  ProblemDetail,
  ProblemExample,
  ProblemStatus,
  ProblemSummary,
  ProgressStatus,
  QuizAnswerParams,
  QuizAnswerResult,
  QuizAttempt,
  QuizAttemptSummary,
  QuizOption,
  QuizQuestion,
  QuizScore,
  QuizSource,
  QuizStartParams,
  Readiness,
  Role,
  RouteDescriptor,
  RunCase,
  RunResult,
  SearchHit,
  SearchHitFields,
  SearchKind,
  SearchPage,
  Stats,
  Streak,
  Submission,
  SubmissionCreateParams,
  SubmissionEvent,
  SubmissionStatus,
  SubmissionVerdict,
  TokenPair,
  User,
  UserUpdateParams,
  Verdict,
} from '@avantika/contract';
export { Avantika } from './client.js';
export type {
  CallSpec,
  ClientOptions,
  Conditional,
  ConditionalRequestOptions,
  PageItem,
  RequestOptions,
  RouteInput,
  SentResponse,
  Tokens,
} from './core.js';
export { APIClient, SDK_VERSION } from './core.js';
export type { APIErrorCode, ResponseHeaders } from './errors.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  AvantikaError,
  BadRequestError,
  ConflictError,
  GoneError,
  InternalServerError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
} from './errors.js';
export type { PageFetcher, ToArrayOptions } from './pagination.js';
export { CursorPage, PagePromise } from './pagination.js';
export type { AdminBootstrapParams, AdminContentSeedParams, AdminUserListParams } from './resources/admin.js';
export { Admin, AdminContent, AdminTokens, AdminUsers } from './resources/admin.js';
export type { ApiTokenListParams, LoginParams, RegisterParams } from './resources/auth.js';
export { ApiTokens, Auth } from './resources/auth.js';
export type { OpenApiDocument } from './resources/health.js';
export { Health } from './resources/health.js';
export { Leaderboards } from './resources/leaderboards.js';
export { Me } from './resources/me.js';
export type { PathListParams } from './resources/paths.js';
export { Paths } from './resources/paths.js';
export type { DailyProblemParams, ProblemListParams, ProblemRunParams } from './resources/problems.js';
export { Problems } from './resources/problems.js';
export type { QuizListParams } from './resources/quizzes.js';
export { Quizzes } from './resources/quizzes.js';
export { APIResource } from './resources/resource.js';
export type { SearchParams } from './resources/search.js';
export { Search } from './resources/search.js';
export type { CreateAndWaitOptions, SubmissionAccepted, SubmissionListParams } from './resources/submissions.js';
export { Submissions } from './resources/submissions.js';
export type { StreamedEvent, StreamOptions } from './streaming.js';
export { streamEvents } from './streaming.js';
