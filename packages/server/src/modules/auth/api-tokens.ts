import type { ApiToken, ApiTokenCreated, ApiTokenCreateParams, Page } from '@avantika/contract';
import { z } from 'zod';
import type { Queryable } from '../../adapters/sql/sql.js';
import { decodeCursor, toPage } from '../../http/pagination.js';
import { createApiTokenValue, hashToken } from './opaque-token.js';

/** An `api_tokens` row. */
export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  token_prefix: string;
  token_hash: string;
  created_at: Date | string;
  expires_at: Date | string | null;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

const COLUMNS = 'id, user_id, name, token_prefix, token_hash, created_at, expires_at, last_used_at, revoked_at';
const isoOrNull = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Maps a row to the contract's `ApiToken` (never the hash). */
export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    prefix: row.token_prefix,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: isoOrNull(row.expires_at),
    lastUsedAt: isoOrNull(row.last_used_at),
    revokedAt: isoOrNull(row.revoked_at),
  };
}

/** Creates an API token for `userId`; the returned `token` is the only time the secret exists outside the client. */
export async function createApiToken(
  db: Queryable,
  userId: string,
  params: ApiTokenCreateParams,
  now: Date,
  createdBy: string | null,
): Promise<ApiTokenCreated> {
  const { token, prefix } = createApiTokenValue();
  const expiresAt =
    params.expiresInDays === undefined ? null : new Date(now.getTime() + params.expiresInDays * 86_400_000);
  const inserted = await db.query<ApiTokenRow>(
    `INSERT INTO api_tokens (user_id, name, token_prefix, token_hash, created_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [userId, params.name, prefix, hashToken(token), createdBy, now, expiresAt],
  );
  const row = inserted.rows[0];
  if (row === undefined) throw new Error('api token insert returned no row');
  return { ...toApiToken(row), token };
}

const cursorKey = z.tuple([z.iso.datetime(), z.uuid()]);

/** Lists a user's API tokens newest first, one page at a time. */
export async function listApiTokens(
  db: Queryable,
  userId: string,
  limit: number,
  cursor: string | undefined,
): Promise<Page<ApiToken>> {
  const after = decodeCursor(cursor, cursorKey);
  const rows = after
    ? await db.query<ApiTokenRow>(
        `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 AND (date_trunc('milliseconds', created_at), id) < ($2::timestamptz, $3::uuid)
         ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $4`,
        [userId, after[0], after[1], limit + 1],
      )
    : await db.query<ApiTokenRow>(
        `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1
         ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $2`,
        [userId, limit + 1],
      );
  return toPage(rows.rows, limit, toApiToken, (row) => [new Date(row.created_at).toISOString(), row.id]);
}

/** Reads one API token by id (null when absent). */
export async function findApiToken(db: Queryable, id: string): Promise<ApiTokenRow | null> {
  const found = await db.query<ApiTokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
  return found.rows[0] ?? null;
}

/** Reads the API token a presented secret claims to be, by its clear prefix (null when absent). */
export async function findApiTokenByPrefix(db: Queryable, prefix: string): Promise<ApiTokenRow | null> {
  const found = await db.query<ApiTokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE token_prefix = $1`, [prefix]);
  return found.rows[0] ?? null;
}

/** Revokes a token (idempotent: an already revoked token keeps its first revocation time). */
export async function revokeApiToken(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query(`UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1`, [id, now]);
}

/** Revokes every API token of a user (deactivation). */
export async function revokeAllApiTokens(db: Queryable, userId: string, now: Date): Promise<void> {
  await db.query(`UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL`, [userId, now]);
}
