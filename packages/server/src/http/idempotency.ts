import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error.js';
import './fastify-augment.js';
import type { ServerContext } from './server-context.js';

/** How long a stored response is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long an in-flight claim blocks duplicates before it is considered abandoned (crashed process). */
export const IDEMPOTENCY_LOCK_MS = 60 * 1000;

const KEY = /^[\x21-\x7e]{1,255}$/;

interface StoredRow {
  request_hash: string;
  state: 'in_progress' | 'completed';
  response_status: number | null;
  response_type: string | null;
  response_body: string | null;
  expires_at: Date | string;
  locked_until: Date | string;
}

function hashRequest(request: FastifyRequest, routeId: string): string {
  const path = request.url.split('?')[0] ?? '';
  return createHash('sha256')
    .update(`${routeId}\n${path}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

/**
 * A signed-in caller's keys are theirs; an anonymous caller's (register, login, refresh, logout) belong to its client
 * address — the one the rate limiter counts — so one client's fixed key neither blocks another's nor replays its answer.
 */
function scopeOf(request: FastifyRequest): string {
  return request.auth?.userId ?? `anonymous:${request.ip}`;
}

async function claim(ctx: ServerContext, scope: string, key: string, hash: string, routeId: string) {
  const now = ctx.clock();
  const inserted = await ctx.sql.query(
    `INSERT INTO idempotency_keys (scope, idem_key, route_id, request_hash, state, created_at, locked_until, expires_at)
     VALUES ($1, $2, $3, $4, 'in_progress', $5, $6, $7)
     ON CONFLICT (scope, idem_key) DO NOTHING RETURNING idem_key`,
    [
      scope,
      key,
      routeId,
      hash,
      now,
      new Date(now.getTime() + IDEMPOTENCY_LOCK_MS),
      new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
    ],
  );
  return inserted.rows.length === 1;
}

/**
 * Runs before a POST handler: with an Idempotency-Key it claims the key (scoped to the caller), replays a stored
 * response for the same request (resolving true: the reply is sent), and answers 409 for another body (REUSED) or a duplicate in flight (IN_PROGRESS).
 */
export async function checkIdempotency(
  ctx: ServerContext,
  routeId: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<boolean> {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return false;
  const key = Array.isArray(header) ? (header[0] ?? '') : header;
  if (!KEY.test(key)) {
    throw new DomainError('VALIDATION_FAILED', {
      issues: [
        { path: 'headers.idempotency-key', code: 'invalid_format', message: '1–255 printable ASCII characters' },
      ],
    });
  }
  const scope = scopeOf(request);
  const hash = hashRequest(request, routeId);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await claim(ctx, scope, key, hash, routeId)) {
      request.idempotency = { scope, key };
      return false;
    }
    const found = await ctx.sql.query<StoredRow>(
      `SELECT request_hash, state, response_status, response_type, response_body, expires_at, locked_until
       FROM idempotency_keys WHERE scope = $1 AND idem_key = $2`,
      [scope, key],
    );
    const row = found.rows[0];
    if (row === undefined) continue;
    const now = ctx.clock().getTime();
    const stale =
      new Date(row.expires_at).getTime() <= now ||
      (row.state === 'in_progress' && new Date(row.locked_until).getTime() <= now);
    if (stale) {
      await ctx.sql.query(
        `DELETE FROM idempotency_keys WHERE scope = $1 AND idem_key = $2 AND request_hash = $3 AND state = $4`,
        [scope, key, row.request_hash, row.state],
      );
      continue;
    }
    if (row.request_hash !== hash) throw new DomainError('IDEMPOTENCY_KEY_REUSED');
    if (row.state === 'in_progress') {
      throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', undefined, { headers: { 'retry-after': '1' } });
    }
    const body = row.response_body === null ? '' : ctx.replayCipher.open(row.response_body);
    if (body === null) {
      // Unreadable (sealed under a rotated secret): drop it and run the request afresh.
      await ctx.sql.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND idem_key = $2`, [scope, key]);
      continue;
    }
    reply
      .code(row.response_status ?? 200)
      .header('idempotent-replayed', 'true')
      .type(row.response_type ?? 'application/json; charset=utf-8');
    reply.send(body);
    return true;
  }
  throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', undefined, { headers: { 'retry-after': '1' } });
}

/** Deletes stored responses whose replay window has passed; returns how many went. */
export async function purgeExpiredIdempotencyKeys(ctx: ServerContext): Promise<number> {
  const deleted = await ctx.sql.query(`DELETE FROM idempotency_keys WHERE expires_at < $1 RETURNING idem_key`, [
    ctx.clock(),
  ]);
  return deleted.rows.length;
}

/**
 * Runs as the response leaves: stores it (encrypted) for replay, or releases the key after a 5xx so a retry runs again.
 */
export async function storeIdempotentResponse(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<void> {
  const claimed = request.idempotency;
  if (claimed === null) return;
  request.idempotency = null;
  if (reply.statusCode >= 500 || (typeof payload !== 'string' && payload !== null && payload !== undefined)) {
    await ctx.sql.query(`DELETE FROM idempotency_keys WHERE scope = $1 AND idem_key = $2`, [
      claimed.scope,
      claimed.key,
    ]);
    return;
  }
  const type = reply.getHeader('content-type');
  await ctx.sql.query(
    `UPDATE idempotency_keys SET state = 'completed', response_status = $3, response_type = $4, response_body = $5
     WHERE scope = $1 AND idem_key = $2`,
    [
      claimed.scope,
      claimed.key,
      reply.statusCode,
      typeof type === 'string' ? type : null,
      ctx.replayCipher.seal(typeof payload === 'string' ? payload : ''),
    ],
  );
}
