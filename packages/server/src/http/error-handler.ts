import { type ErrorCode, type ErrorEnvelope, errorRegistry } from '@avantika/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError } from './domain-error.js';
import { withRetryAfter } from './retry-after.js';

/** A failure ready to send: status, registered code, message, optional details and extra headers. */
export interface ErrorResponse {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

/** One invalid field of a request: where (`body.email`, `query.limit`, `params.id`), the check and a hint. */
export interface FieldIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

const CONTEXT_NAMES: Record<string, string> = {
  querystring: 'query',
  body: 'body',
  params: 'params',
  headers: 'headers',
};

function fromFramework(error: FastifyError): ErrorCode {
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return 'MALFORMED_JSON';
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'MALFORMED_JSON';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  if (status >= 400 && status < 500) return 'VALIDATION_FAILED';
  return 'INTERNAL';
}

/**
 * Maps anything thrown while handling a request to the response the client sees (never a stack); 429 and 503 answers
 * always carry `Retry-After`.
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (isDomainError(error)) {
    const headers = withRetryAfter(error.status, error.code, error.headers);
    const base = { status: error.status, code: error.code, message: error.message, headers };
    return error.details === undefined ? base : { ...base, details: error.details };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = CONTEXT_NAMES[(error as { validationContext?: string }).validationContext ?? ''] ?? 'request';
    const issues: FieldIssue[] = error.validation.map((issue) => ({
      path: [where, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
      code: issue.keyword,
      message: issue.message ?? 'invalid',
    }));
    const spec = errorRegistry.VALIDATION_FAILED;
    return { status: spec.status, code: 'VALIDATION_FAILED', message: spec.message, details: { issues }, headers: {} };
  }
  const code =
    error instanceof Error && typeof (error as FastifyError).code === 'string'
      ? fromFramework(error as FastifyError)
      : 'INTERNAL';
  const spec = errorRegistry[code];
  return { status: spec.status, code, message: spec.message, headers: withRetryAfter(spec.status, code, {}) };
}

/** Sends the error envelope for `error`, logging 5xx at error (with the stack) and 4xx at info. */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const response = toErrorResponse(error);
  if (response.status >= 500) {
    request.log.error({ err: error, code: response.code }, 'request failed');
  } else {
    request.log.info({ code: response.code, status: response.status }, 'request rejected');
  }
  const envelope: ErrorEnvelope = {
    error: {
      code: response.code,
      message: response.message,
      ...(response.details === undefined ? {} : { details: response.details }),
      requestId: request.id,
    },
  };
  // Router-level failures skip the onRequest hook that normally sets the header.
  reply.header('x-request-id', request.id);
  return reply.code(response.status).headers(response.headers).type('application/json; charset=utf-8').send(envelope);
}

/** Installs the error envelope for thrown errors and unknown routes. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => {
    const spec = errorRegistry.ROUTE_NOT_FOUND;
    request.log.info({ code: 'ROUTE_NOT_FOUND' }, 'no such route');
    return reply.code(spec.status).send({
      error: { code: 'ROUTE_NOT_FOUND', message: spec.message, requestId: request.id },
    } satisfies ErrorEnvelope);
  });
}
