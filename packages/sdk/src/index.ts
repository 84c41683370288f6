export type {
  ApiToken,
  ApiTokenCreated,
  ApiTokenCreateParams,
  AuthSession,
  ErrorCode,
  GrantableRole,
  Language,
  Page,
  Role,
  RouteDescriptor,
  TokenPair,
  User,
  UserUpdateParams,
  Verdict,
} from '@avantika/contract';
export { Avantika } from './client.js';
export type {
  CallSpec,
  ClientOptions,
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
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors.js';
export type { PageFetcher, ToArrayOptions } from './pagination.js';
export { CursorPage, PagePromise } from './pagination.js';
export type { AdminUserListParams } from './resources/admin.js';
export { Admin, AdminTokens, AdminUsers } from './resources/admin.js';
export type { ApiTokenListParams, LoginParams, RegisterParams } from './resources/auth.js';
export { ApiTokens, Auth } from './resources/auth.js';
export { Leaderboards } from './resources/leaderboards.js';
export { Me } from './resources/me.js';
export { APIResource } from './resources/resource.js';
export type { StreamedEvent, StreamOptions } from './streaming.js';
export { streamEvents } from './streaming.js';
