import { type FastifyRequest, LogController } from 'fastify';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/** Secrets never written to logs: credentials in headers, and passwords/tokens wherever they appear in objects. */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["set-cookie"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  ...['password', 'token', 'accessToken', 'refreshToken', 'secret', 'jwtSecret', 'passwordHash'].flatMap((key) => [
    key,
    `*.${key}`,
    `*.*.${key}`,
  ]),
];

/** Creates the server's pino logger with secrets redacted; `destination` lets tests capture lines. */
export function createLogger(options: LoggerOptions = {}, destination?: DestinationStream): Logger {
  const merged: LoggerOptions = {
    level: process.env.LOG_LEVEL ?? 'info',
    ...options,
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
  };
  return destination ? pino(merged, destination) : pino(merged);
}

/** The pino logger type the server uses. */
export type { Logger };

/**
 * Logs each incoming request with its headers (user agent, request id, idempotency key help operators); the
 * credentials among them are removed by the logger's redaction, which the redaction test checks end to end.
 */
export class RequestLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info({ req: request, headers: request.headers }, 'incoming request');
  }
}
