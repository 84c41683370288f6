import { randomUUID } from 'node:crypto';
import type { Queryable, Sql } from '../../adapters/sql/sql.js';
import { DomainError } from '../../http/domain-error.js';
import { createRefreshTokenValue, hashToken } from './opaque-token.js';

/** A refresh token as handed to the client (the value) and stored (its id, family and expiry). */
export interface IssuedRefreshToken {
  readonly token: string;
  readonly id: string;
  readonly familyId: string;
  readonly expiresAt: Date;
}

interface RefreshRow {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date | string;
  revoked: boolean | null;
  replaced_by: string | null;
}

/** Stores a new refresh token (hashed) in `familyId`, or in a new family (a new login session) when null. */
export async function issueRefreshToken(
  db: Queryable,
  userId: string,
  familyId: string | null,
  now: Date,
  ttlSeconds: number,
): Promise<IssuedRefreshToken> {
  const id = randomUUID();
  const token = createRefreshTokenValue();
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
  const family = familyId ?? id;
  await db.query(
    `INSERT INTO refresh_tokens (id, user_id, token_hash, expires_at, revoked, family_id, created_at)
     VALUES ($1, $2, $3, $4, false, $5, $6)`,
    [id, userId, hashToken(token), expiresAt, family, now],
  );
  return { token, id, familyId: family, expiresAt };
}

/** Revokes every live token of a family (one login session). */
export async function revokeRefreshFamily(db: Queryable, familyId: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE refresh_tokens SET revoked = true, revoked_at = COALESCE(revoked_at, $2) WHERE family_id = $1 AND revoked = false`,
    [familyId, now],
  );
}

/** Revokes every refresh token of a user (sign out everywhere). */
export async function revokeAllRefreshTokens(db: Queryable, userId: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE refresh_tokens SET revoked = true, revoked_at = COALESCE(revoked_at, $2) WHERE user_id = $1 AND revoked = false`,
    [userId, now],
  );
}

/**
 * Exchanges a refresh token for its successor in the same family. Presenting a token that was already rotated is
 * treated as theft: the whole family is revoked (committed) and REFRESH_TOKEN_REUSED is thrown.
 */
export async function rotateRefreshToken(
  sql: Sql,
  token: string,
  now: Date,
  ttlSeconds: number,
  onFamilyRevoked?: (userId: string) => void,
): Promise<{ userId: string; issued: IssuedRefreshToken }> {
  const outcome = await sql.transaction(async (tx) => {
    const found = await tx.query<RefreshRow>(
      `SELECT id, user_id, family_id, expires_at, revoked, replaced_by FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
      [hashToken(token)],
    );
    const row = found.rows[0];
    if (row === undefined) return { kind: 'invalid' as const };
    if (row.replaced_by !== null) {
      await revokeRefreshFamily(tx, row.family_id, now);
      return { kind: 'reused' as const, userId: row.user_id };
    }
    if (row.revoked || new Date(row.expires_at).getTime() <= now.getTime()) return { kind: 'invalid' as const };
    const issued = await issueRefreshToken(tx, row.user_id, row.family_id, now, ttlSeconds);
    await tx.query(
      `UPDATE refresh_tokens SET revoked = true, revoked_at = $2, last_used_at = $2, replaced_by = $3 WHERE id = $1`,
      [row.id, now, issued.id],
    );
    return { kind: 'rotated' as const, userId: row.user_id, issued };
  });
  if (outcome.kind === 'invalid') throw new DomainError('REFRESH_TOKEN_INVALID');
  if (outcome.kind === 'reused') {
    onFamilyRevoked?.(outcome.userId);
    throw new DomainError('REFRESH_TOKEN_REUSED');
  }
  return { userId: outcome.userId, issued: outcome.issued };
}

/** Ends the session a refresh token belongs to (its whole family); returns its user, or null for unknown tokens. */
export async function revokeRefreshToken(db: Queryable, token: string, now: Date): Promise<string | null> {
  const found = await db.query<{ family_id: string; user_id: string }>(
    `SELECT family_id, user_id FROM refresh_tokens WHERE token_hash = $1`,
    [hashToken(token)],
  );
  const row = found.rows[0];
  if (row === undefined) return null;
  await revokeRefreshFamily(db, row.family_id, now);
  return row.user_id;
}
