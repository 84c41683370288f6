import type { ErrorCode } from '@avantika/contract';

/** An error code from the contract's registry, or a code from a newer server this SDK does not know yet. */
export type APIErrorCode = ErrorCode | (string & {});

/** Response headers as undici hands them over. */
export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** The root of every error the SDK throws, so `catch (e) { if (e instanceof AvantikaError) … }` catches them all. */
export class AvantikaError extends Error {
  override name = 'AvantikaError';
}

/** The server answered with a status outside 2xx; `code` says why, `requestId` finds it in the server's logs. */
export class APIError extends AvantikaError {
  override name = 'APIError';
  /** The HTTP status, or undefined when no response arrived (connection errors). */
  readonly status: number | undefined;
  /** The stable SCREAMING_SNAKE code from the error envelope. */
  readonly code: APIErrorCode;
  /** The request id the server logged this request under (from the envelope or the x-request-id header). */
  readonly requestId: string | undefined;
  /**
   * Extra structured detail from the envelope (for example the failing fields of a VALIDATION_FAILED), or the whole
   * JSON object of an answer that is not an error envelope (a 503 from `/readyz` carries the readiness).
   */
  readonly details: unknown;
  /** The response headers, when a response arrived. */
  readonly headers: ResponseHeaders | undefined;

  constructor(
    status: number | undefined,
    code: APIErrorCode,
    message: string,
    init: {
      requestId?: string | undefined;
      details?: unknown;
      headers?: ResponseHeaders | undefined;
      cause?: unknown;
    } = {},
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = status;
    this.code = code;
    this.requestId = init.requestId;
    this.details = init.details;
    this.headers = init.headers;
  }

  /** Builds the subclass that matches `status` from a response's parsed body (an error envelope or anything else). */
  static fromResponse(status: number, body: unknown, headers: ResponseHeaders = {}): APIError {
    const envelope = readEnvelope(body);
    const headerId = headers['x-request-id'];
    const requestId = envelope?.requestId ?? (typeof headerId === 'string' ? headerId : undefined);
    const code = envelope?.code ?? fallbackCode(status);
    const message = envelope?.message ?? `HTTP ${status}`;
    const details = envelope ? envelope.details : typeof body === 'object' && body !== null ? body : undefined;
    const init = { requestId, details, headers };
    const Class = errorClassFor(status);
    return new Class(status, code, message, init);
  }
}

/** 400: the request is malformed or failed validation. */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
/** 401: no credentials, or the token is invalid, expired or revoked. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/** 403: signed in, but not allowed to do this. */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/** 404: the resource does not exist (or is hidden from this caller). */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** 405: the route exists but not with this method. */
export class MethodNotAllowedError extends APIError {
  override name = 'MethodNotAllowedError';
}
/** 409: the request conflicts with the current state (duplicate, reused idempotency key, …). */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
/** 410: the thing is gone for good (first-admin bootstrap once it is closed). */
export class GoneError extends APIError {
  override name = 'GoneError';
}
/** 413: the request body is larger than the server accepts. */
export class PayloadTooLargeError extends APIError {
  override name = 'PayloadTooLargeError';
}
/** 415: the body is not JSON (send `Content-Type: application/json`). */
export class UnsupportedMediaTypeError extends APIError {
  override name = 'UnsupportedMediaTypeError';
}
/** 422: the request is well-formed but cannot be processed. */
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
/** 429: too many requests; the SDK already retried honouring Retry-After. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
/** 5xx: the server failed; the SDK already retried what was safe to retry. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/** No response arrived: the connection was refused, reset or closed early. */
export class APIConnectionError extends APIError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error.', init: { cause?: unknown } = {}) {
    super(undefined, 'CONNECTION_ERROR', message, init);
  }
}

/** The request did not finish within its timeout (the client's or the per-request `timeout`). */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(message = 'Request timed out.', init: { cause?: unknown } = {}) {
    super(message, init);
    (this as { code: APIErrorCode }).code = 'TIMEOUT';
  }
}

/** The caller aborted the request through its AbortSignal; never retried. */
export class APIUserAbortError extends APIError {
  override name = 'APIUserAbortError';
  constructor(message = 'Request was aborted.', init: { cause?: unknown } = {}) {
    super(undefined, 'ABORTED', message, init);
  }
}

type APIErrorClass = new (...args: ConstructorParameters<typeof APIError>) => APIError;

function errorClassFor(status: number): APIErrorClass {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 405:
      return MethodNotAllowedError;
    case 409:
      return ConflictError;
    case 410:
      return GoneError;
    case 413:
      return PayloadTooLargeError;
    case 415:
      return UnsupportedMediaTypeError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
    default:
      return status >= 500 ? InternalServerError : APIError;
  }
}

// A body without an envelope (a proxy's HTML page, an empty 502) still gets a code clients can switch on.
function fallbackCode(status: number): APIErrorCode {
  const byStatus: Record<number, ErrorCode> = {
    400: 'VALIDATION_FAILED',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    429: 'RATE_LIMITED',
    503: 'UNAVAILABLE',
  };
  return byStatus[status] ?? (status >= 500 ? 'INTERNAL' : `HTTP_${status}`);
}

interface EnvelopeFields {
  code: APIErrorCode;
  message: string | undefined;
  requestId: string | undefined;
  details: unknown;
}

function readEnvelope(body: unknown): EnvelopeFields | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message, requestId, details } = error as Record<string, unknown>;
  if (typeof code !== 'string') return undefined;
  return {
    code,
    message: typeof message === 'string' ? message : undefined,
    requestId: typeof requestId === 'string' ? requestId : undefined,
    details,
  };
}
