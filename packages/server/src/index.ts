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
export { loadJwtSecret, resolveDataDir } from './server-env.js';
