// Relational storage (Sql port) and test databases.

// Document store (JSONB and MongoDB) and its changelog runner.
export type {
  ChangelogEntry,
  DocumentChange,
  DocumentChangeSet,
} from './adapters/documents/apply-document-changelog.js';
export { applyDocumentChangelog, CHANGELOG_COLLECTION } from './adapters/documents/apply-document-changelog.js';
export { DocumentError } from './adapters/documents/document-error.js';
export type {
  DocumentCollection,
  DocumentFilter,
  DocumentStore,
  FindOptions,
  IndexSpec,
  JsonScalar,
  StoredDocument,
  UpsertResult,
} from './adapters/documents/document-store.js';
export type { MongoDocumentStoreOptions } from './adapters/documents/mongo-document-store.js';
export { createMongoDocumentStore } from './adapters/documents/mongo-document-store.js';
export { createSqlDocumentStore } from './adapters/documents/sql-document-store.js';
export { decodeIdSetMember, encodeIdSetMember, idSetLabelField } from './adapters/kv/id-set-member.js';
// Cache / counters (Redis and in-process).
export type {
  IdSetEntry,
  IdSetMaxOptions,
  IdSetMoveOptions,
  IdSetRanks,
  IdSetRanksOptions,
  Kv,
  KvBatch,
  KvSetOptions,
  ScoredMember,
  ZCountOptions,
} from './adapters/kv/kv.js';
export { KvError } from './adapters/kv/kv-error.js';
export type { MemoryKvOptions } from './adapters/kv/memory-kv.js';
export { createMemoryKv } from './adapters/kv/memory-kv.js';
export type { RedisKvOptions } from './adapters/kv/redis-kv.js';
export { createRedisKv } from './adapters/kv/redis-kv.js';
// Search (PostgreSQL full-text + pg_trgm, Elasticsearch 8).
export { createSearchIndexFromEnv } from './adapters/search/create-search-index-from-env.js';
export type { ElasticSearchIndexOptions } from './adapters/search/elastic-search-index.js';
export { createElasticSearchIndex } from './adapters/search/elastic-search-index.js';
export type {
  SearchDocument,
  SearchHit,
  SearchIndex,
  SearchQuery,
  SearchResult,
} from './adapters/search/search-index.js';
export { createSqlSearchIndex } from './adapters/search/sql-search-index.js';
export { resolveDataDir } from './adapters/sql/data-dir.js';
export { createScratchDatabase, openScratchSql } from './adapters/sql/open-scratch-sql.js';
export type { OpenSqlOptions } from './adapters/sql/open-sql.js';
export { openSql, pgliteDir } from './adapters/sql/open-sql.js';
export type { PgliteSqlOptions } from './adapters/sql/pglite-sql.js';
export { createPgliteSql, wrapPglite } from './adapters/sql/pglite-sql.js';
export type { PostgresSqlOptions } from './adapters/sql/postgres-sql.js';
export { createPostgresSql } from './adapters/sql/postgres-sql.js';
export type { Queryable, QueryResult, Sql, SqlTransaction } from './adapters/sql/sql.js';
export type { AppConfig } from './app.js';
export { buildApp } from './app.js';
export type { AuthContext } from './http/auth-context.js';
export { assertTenantAccess, satisfiesAuth } from './http/auth-context.js';
export { DomainError, isDomainError } from './http/domain-error.js';
export type { ErrorResponse, FieldIssue } from './http/error-handler.js';
export { toErrorResponse } from './http/error-handler.js';
export type { Logger } from './http/logger.js';
export { createLogger, REDACTED_PATHS } from './http/logger.js';
export type { CursorKey } from './http/pagination.js';
export { decodeCursor, encodeCursor, toPage } from './http/pagination.js';
export type { RouteHandler, RouteHandlerArgs } from './http/register-route.js';
export { registerRoute } from './http/register-route.js';
export type { Clock, ReadinessCheck, ServerContext, ShutdownHook } from './http/server-context.js';
export type { RunningServer, StartServerOptions } from './main.js';
export { startServer } from './main.js';
// Flyway-compatible migrations.
export type { BaselineOptions } from './migrations/baseline-migrations.js';
export { baselineMigrations } from './migrations/baseline-migrations.js';
export { findMigrationsDir } from './migrations/find-migrations-dir.js';
export { flywayChecksum } from './migrations/flyway-checksum.js';
export type { AppliedScript, MigrateResult, MigrationOptions } from './migrations/migrate.js';
export { migrate } from './migrations/migrate.js';
export type { MigrationErrorDetails } from './migrations/migration-error.js';
export { MigrationError } from './migrations/migration-error.js';
export type { MigrationInfoRow, MigrationState } from './migrations/migration-info.js';
export { migrationInfo } from './migrations/migration-info.js';
export type { RepairResult } from './migrations/repair-migrations.js';
export { repairMigrations } from './migrations/repair-migrations.js';
export type { ResolvedMigration } from './migrations/resolve-migrations.js';
export { parseMigrationName, resolveMigrations } from './migrations/resolve-migrations.js';
export type { AppliedMigration } from './migrations/schema-history.js';
export type { ValidationIssue, ValidationResult } from './migrations/validate-migrations.js';
export { validateMigrations } from './migrations/validate-migrations.js';
export {
  type AdminBootstrap,
  adminBootstrapFile,
  prepareAdminBootstrap,
} from './modules/admin/admin-bootstrap.js';
export type { AdminContentConfig } from './modules/admin/admin-content-routes.js';
export type { UserListParams } from './modules/admin/user-admin.js';
export {
  activateUser,
  deactivateUser,
  grantRole,
  listUsers,
  requireUser,
  revokeRole,
} from './modules/admin/user-admin.js';
export { createApiToken, findApiToken, listApiTokens, revokeApiToken } from './modules/auth/api-tokens.js';
export type { ScryptParams } from './modules/auth/passwords.js';
export { hashPassword, verifyPassword } from './modules/auth/passwords.js';
// Content import and export.
export type { ProblemDocuments } from './modules/content/content-documents.js';
export { createProblemDocuments } from './modules/content/content-documents.js';
export { bumpContentVersion, readContentVersion } from './modules/content/content-version.js';
export type { ExportCounts, ExportReport } from './modules/content/export-service.js';
export { exportContent, exportContentFiles, exportPack } from './modules/content/export-service.js';
export type { ImportCounts, ImportKind } from './modules/content/import-counts.js';
export type { ContentInput, ImportOptions, ImportProgress, ImportReport } from './modules/content/import-service.js';
export { importContent } from './modules/content/import-service.js';
export type { PackWriter } from './modules/content/pack-writer.js';
export { diskPackWriter, memoryPackWriter } from './modules/content/pack-writer.js';
export type { PreparedUpload, PrepareUploadOptions } from './modules/content/prepare-upload.js';
export { localizeIssue, prepareUpload } from './modules/content/prepare-upload.js';
export type {
  DsaProblemDocument,
  McqProblemDocument,
  ProblemDocument,
} from './modules/content/problem-document.js';
export type { CreatedVersion } from './modules/content/write-problems.js';
export type { GamificationDeps } from './modules/gamification/gamification-service.js';
export { GamificationService } from './modules/gamification/gamification-service.js';
export type { BoardRead, BoardRow, BoardTotal } from './modules/gamification/kv-leaderboard.js';
export { KvLeaderboard } from './modules/gamification/kv-leaderboard.js';
export { boardKey, boardMember, periodEnd, periodStart } from './modules/gamification/leaderboard-keys.js';
export type { LeaderboardDeps, SourcedLeaderboard } from './modules/gamification/leaderboard-service.js';
export { LeaderboardService, periodKeyOf } from './modules/gamification/leaderboard-service.js';
export type { SnapshotPeriod, SnapshotReport } from './modules/gamification/leaderboard-snapshots.js';
export {
  hasLeaderboardSnapshot,
  lastClosedPeriod,
  SNAPSHOT_PERIODS,
  writeLeaderboardSnapshot,
} from './modules/gamification/leaderboard-snapshots.js';
export { levelForXp, SOLVE_XP, xpForLevel } from './modules/gamification/levels.js';
export { readPgLeaderboard } from './modules/gamification/pg-leaderboard.js';
export type { RebuildReport } from './modules/gamification/rebuild-gamification.js';
export { rebuildGamification } from './modules/gamification/rebuild-gamification.js';
export type { CacheRefreshReport } from './modules/gamification/refresh-gamification-caches.js';
export { refreshGamificationCaches } from './modules/gamification/refresh-gamification-caches.js';
// Practice: problems, submissions, quizzes, learning paths.
export type { PracticeConfig, PracticeServices } from './modules/practice.js';
export { registerPracticeModules } from './modules/practice.js';
export { createPracticeJudge } from './modules/problems/create-practice-judge.js';
export type { CaseOutcome, PracticeJudge, RunOutcome, RunSpec } from './modules/problems/practice-judge.js';
export { invalidateProblemCatalogs } from './modules/problems/problem-catalog.js';
export type { ProblemDocumentReader } from './modules/problems/problem-documents.js';
export { createProblemDocumentReader } from './modules/problems/problem-documents.js';
export type { QuizFinishedHook } from './modules/quizzes/service.js';
export type {
  SearchDocumentSource,
  SearchKindName,
  SearchScope,
} from './modules/search/load-search-documents.js';
export { loadSearchDocuments, SEARCH_KINDS } from './modules/search/load-search-documents.js';
export { markdownToText } from './modules/search/markdown-to-text.js';
export { SearchService } from './modules/search/search-service.js';
export type { SearchSyncReport } from './modules/search/sync-search-index.js';
export { syncSearchIndex } from './modules/search/sync-search-index.js';
export type { EventListener } from './modules/submissions/create-event-listener.js';
export { createEventListener } from './modules/submissions/create-event-listener.js';
export type {
  AcceptedHook,
  Caller,
  EnqueueJudgeJob,
  SubmissionServiceDeps,
  SubscribeToEvents,
} from './modules/submissions/service.js';
export type { JudgeRuntime, JudgeRuntimeOptions } from './modules/submissions/start-judge-runtime.js';
export { startJudgeRuntime } from './modules/submissions/start-judge-runtime.js';
export { loadJwtSecret } from './server-env.js';
