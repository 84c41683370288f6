export type { Badge, BadgeCriteria, BadgesFile } from './content/badge.js';
export { badgeCriteriaSchema, badgeSchema, badgesFileSchema } from './content/badge.js';
export type { ContentDifficulty, ContentIssue, ContentIssueCode, ContentSlug } from './content/common.js';
export {
  contentDifficultySchema,
  contentIssueCodeSchema,
  contentIssueSchema,
  contentSlugSchema,
} from './content/common.js';
export type {
  ContentExport,
  ContentFileUpload,
  ContentImportReport,
  ContentUpload,
  ContentVerifyRetry,
} from './content/content-upload.js';
export {
  CONTENT_UPLOAD_LIMIT,
  contentExportSchema,
  contentFileSchema,
  contentImportReportSchema,
  contentPathSchema,
  contentUploadSchema,
  contentVerifyRetrySchema,
} from './content/content-upload.js';
export type { Hints } from './content/hints.js';
export { hintsSchema, MIN_HIDDEN_CASES, solutionFileNames } from './content/hints.js';
export { generateContentJsonSchemas } from './content/json-schemas.js';
export type { LearningPath, PathItem, PathModule } from './content/learning-path.js';
export { learningPathSchema, pathItemSchema, pathModuleSchema } from './content/learning-path.js';
export type { McqDomain, McqOption, McqQuestion, McqSet } from './content/mcq-set.js';
export { mcqDomainSchema, mcqOptionSchema, mcqQuestionSchema, mcqSetSchema } from './content/mcq-set.js';
export type { Plan, PlanFeatures, PlansFile } from './content/plan.js';
export { planFeaturesSchema, planSchema, plansFileSchema } from './content/plan.js';
export type { ProblemFrontMatter, SolutionNotes } from './content/problem-front-matter.js';
export { problemFrontMatterSchema, solutionNotesSchema } from './content/problem-front-matter.js';
export type { HiddenCase, TestsFile, VisibleCase } from './content/tests-file.js';
export { hiddenCaseSchema, testsFileSchema, visibleCaseSchema } from './content/tests-file.js';
export type { Topic, TopicsFile } from './content/topic.js';
export { topicSchema, topicsFileSchema } from './content/topic.js';
export type { ErrorCode, ErrorSpec } from './errors.js';
export { errorCodes, errorRegistry, isErrorCode } from './errors.js';
export type { JudgeCaseResult, JudgeEvent, JudgeFailedCase, JudgeResult } from './judge.js';
export { judgeCaseResultSchema, judgeEventSchema, judgeFailedCaseSchema, judgeResultSchema } from './judge.js';
export { generateOpenApi, routeErrorCodes } from './openapi.js';
export type {
  ClassSignature,
  Comparator,
  FunctionSignature,
  Language,
  Limits,
  Param,
  Signature,
  TestCase,
  TypeName,
  Verdict,
} from './problem.js';
export {
  classSignatureSchema,
  comparatorSchema,
  functionSignatureSchema,
  isClassSignature,
  languageSchema,
  limitsSchema,
  methodSchema,
  paramSchema,
  signatureSchema,
  testCaseSchema,
  typeNameSchema,
  verdictSchema,
} from './problem.js';
export type {
  Award,
  Leaderboard,
  LeaderboardEntry,
  LeaderboardPeriod,
  Stats,
  Streak,
  UserBadge,
} from './resources/gamification.js';
export {
  awardSchema,
  leaderboardEntrySchema,
  leaderboardPeriodSchema,
  leaderboardSchema,
  statsSchema,
  streakSchema,
  userBadgeSchema,
} from './resources/gamification.js';
export type {
  PathDetail,
  PathEnrollment,
  PathItemCompletion,
  PathItemView,
  PathModuleView,
  PathNext,
  PathProgress,
  PathSummary,
  ProgressStatus,
} from './resources/paths.js';
export {
  pathDetailSchema,
  pathEnrollmentSchema,
  pathItemCompletionSchema,
  pathItemParamsSchema,
  pathItemViewSchema,
  pathModuleViewSchema,
  pathNextSchema,
  pathProgressSchema,
  pathSlugParamsSchema,
  pathSummarySchema,
  progressStatusSchema,
} from './resources/paths.js';
export type {
  DailyProblem,
  Difficulty,
  ProblemDetail,
  ProblemExample,
  ProblemListQuery,
  ProblemStatus,
  ProblemSummary,
  RunCase,
  RunRequest,
  RunResult,
} from './resources/problems.js';
export {
  dailyProblemSchema,
  difficultySchema,
  problemDetailSchema,
  problemExampleSchema,
  problemListQuerySchema,
  problemSlugParamsSchema,
  problemStatusSchema,
  problemSummarySchema,
  runCaseSchema,
  runRequestSchema,
  runResultSchema,
} from './resources/problems.js';
export type {
  QuizAnswerParams,
  QuizAnswerResult,
  QuizAttempt,
  QuizAttemptSummary,
  QuizOption,
  QuizQuestion,
  QuizScore,
  QuizSource,
  QuizStartParams,
} from './resources/quizzes.js';
export {
  quizAnswerResultSchema,
  quizAnswerSchema,
  quizAttemptSchema,
  quizAttemptSummarySchema,
  quizIdParamsSchema,
  quizOptionSchema,
  quizQuestionSchema,
  quizScoreSchema,
  quizSourceSchema,
  quizStartSchema,
} from './resources/quizzes.js';
export type {
  SearchHit,
  SearchHitFields,
  SearchKind,
  SearchPage,
  SearchQueryParams,
} from './resources/search.js';
export {
  searchHitFieldsSchema,
  searchHitSchema,
  searchKindSchema,
  searchPageSchema,
  searchQuerySchema,
} from './resources/search.js';
export type {
  FailedCase,
  Submission,
  SubmissionCreateParams,
  SubmissionEvent,
  SubmissionListQuery,
  SubmissionStatus,
  SubmissionVerdict,
} from './resources/submissions.js';
export {
  failedCaseSchema,
  submissionAcceptedSchema,
  submissionCreateSchema,
  submissionEventSchema,
  submissionEventsQuerySchema,
  submissionIdParamsSchema,
  submissionListQuerySchema,
  submissionSchema,
  submissionStatusSchema,
  submissionVerdictSchema,
} from './resources/submissions.js';
export type {
  AuthRequirement,
  ErrorEnvelope,
  HttpMethod,
  Page,
  PageQuery,
  RouteBody,
  RouteDescriptor,
  RouteMap,
  RouteParams,
  RouteQuery,
  RouteResponse,
} from './route.js';
export {
  defineRoute,
  errorEnvelopeSchema,
  idParamsSchema,
  pageQuerySchema,
  pageSchema,
  routeGroup,
} from './route.js';
export {
  adminBootstrap,
  adminRoutes,
  adminTokensCreate,
  adminTokensRevoke,
  adminUsersActivate,
  adminUsersDeactivate,
  adminUsersGrantRole,
  adminUsersList,
  adminUsersRevokeRole,
} from './routes/admin.js';
export {
  adminContentExport,
  adminContentImport,
  adminContentRoutes,
  adminContentSeed,
} from './routes/admin-content.js';
export {
  authLogin,
  authLogout,
  authLogoutAll,
  authRefresh,
  authRegister,
  authRoutes,
  authTokensCreate,
  authTokensList,
  authTokensRevoke,
} from './routes/auth.js';
export { gamificationRoutes, meStats, meStreak } from './routes/gamification.js';
export type { DependencyStatus, Readiness } from './routes/health.js';
export {
  dependencyStatusSchema,
  healthLive,
  healthMetrics,
  healthOpenApi,
  healthReady,
  healthRoutes,
  readinessSchema,
} from './routes/health.js';
export type { RouteId } from './routes/index.js';
export { routes } from './routes/index.js';
export { getLeaderboard, leaderboardRoutes } from './routes/leaderboards.js';
export { meGet, meRoutes, meUpdate } from './routes/me.js';
export {
  completePathItem,
  enrollPath,
  getPath,
  getPathNext,
  getPathProgress,
  listPaths,
  pathRoutes,
} from './routes/paths.js';
export { getDailyProblem, getProblem, listProblems, problemRoutes, runProblem } from './routes/problems.js';
export { answerQuiz, finishQuiz, getQuiz, listQuizzes, quizRoutes, startQuiz } from './routes/quizzes.js';
export { searchContent, searchRoutes } from './routes/search.js';
export {
  createSubmission,
  getSubmission,
  listSubmissions,
  streamSubmissionEvents,
  submissionRoutes,
} from './routes/submissions.js';
export type {
  ApiToken,
  ApiTokenCreated,
  ApiTokenCreateParams,
  AuthSession,
  GrantableRole,
  Role,
  TokenPair,
  User,
  UserUpdateParams,
} from './user.js';
export {
  apiTokenCreatedSchema,
  apiTokenCreateSchema,
  apiTokenSchema,
  authSessionSchema,
  emailSchema,
  grantableRoleSchema,
  isTimeZone,
  passwordSchema,
  roleSchema,
  timeZoneSchema,
  tokenPairSchema,
  usernameSchema,
  userSchema,
  userUpdateSchema,
} from './user.js';
