import { createHash } from 'node:crypto';
import type { RouteDescriptor } from '@avantika/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from './server-context.js';

/** A serialized JSON response body with its strong ETag, ready to send again and again. */
export interface Representation {
  readonly body: Buffer;
  readonly etag: string;
}

/** A strong ETag for a body: a quoted SHA-1 of its bytes (base64url). */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * True when an `If-None-Match` header matches `etag`: `*`, or one of its comma-separated tags, compared weakly
 * (a `W/` prefix is ignored) as RFC 9110 §13.1.2 asks for GET.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined || header === '') return false;
  if (header.trim() === '*') return true;
  for (const part of header.split(',')) {
    const tag = part.trim();
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === etag) return true;
  }
  return false;
}

/**
 * Answers a cacheable GET with an already serialized JSON body (or a prepared {@link Representation}): a strong `ETag` (hash of the body, which includes
 * the caller's own fields) and `Cache-Control: private, no-cache` (only the caller's cache may keep it, and must
 * revalidate); a matching `If-None-Match` gets `304 Not Modified` with no body. Under `ctx.validateResponses` the
 * body is checked against the descriptor first, as for every other route.
 */
export function sendCacheable(
  ctx: ServerContext,
  descriptor: RouteDescriptor,
  request: FastifyRequest,
  reply: FastifyReply,
  representation: string | Representation,
): FastifyReply {
  const { body, etag } =
    typeof representation === 'string' ? { body: representation, etag: etagOf(representation) } : representation;
  if (ctx.validateResponses) {
    const result = descriptor.response.safeParse(JSON.parse(body.toString()));
    if (!result.success) throw new Error(`response of ${descriptor.id} does not match its descriptor`);
  }
  reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'authorization');
  if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(descriptor.status).type('application/json; charset=utf-8').send(body);
}
