export { Avantika } from './client.js';
export type { CallSpec, ClientOptions, RequestOptions, RouteInput, SentResponse, Tokens } from './core.js';
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
export type { StreamedEvent, StreamOptions } from './streaming.js';
export { streamEvents } from './streaming.js';
