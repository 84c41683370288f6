import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Request ids we accept from clients: 1–128 characters of letters, digits and `._:-` (no log injection). */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** Returns the client's `x-request-id` when it is well-formed, otherwise a fresh UUID. */
export function resolveRequestId(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && ACCEPTED.test(value) ? value : randomUUID();
}
