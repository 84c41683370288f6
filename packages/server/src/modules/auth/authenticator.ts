import type { Queryable } from '../../adapters/sql/sql.js';
import type { AuthContext } from '../../http/auth-context.js';
import { DomainError } from '../../http/domain-error.js';
import type { Clock } from '../../http/server-context.js';
import { rolesOf } from '../users/user-repo.js';
import type { AccessTokenClaims, AccessTokens } from './access-tokens.js';
import { apiTokenPrefix, hashToken, isSameHash } from './opaque-token.js';

interface CallerRow {
  id: string;
  is_active: boolean | null;
  tenant_id: string | null;
  roles: string[] | null;
}

interface TokenCallerRow extends CallerRow {
  token_id: string;
  token_hash: string;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
}

const ROLES = `ARRAY(SELECT r.role::text FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role) AS roles`;
/** last_used_at is written at most once a minute per token, so busy integrations do not write on every request. */
const LAST_USED_GRANULARITY_MS = 60_000;

function bearerToken(authorization: string): string | undefined {
  return /^Bearer ([\x21-\x7e]{1,4096})$/i.exec(authorization)?.[1];
}

const BEARER_SCHEME = /^bearer /i;

// Cache keys of verified access tokens' callers, built once per token instead of once per request.
const callerKeys = new WeakMap<AccessTokenClaims, string>();

function callerKeyOf(claims: AccessTokenClaims): string {
  let key = callerKeys.get(claims);
  if (key === undefined) {
    key = `a:${claims.userId}:${claims.sessionId}`;
    callerKeys.set(claims, key);
  }
  return key;
}

function toContext(row: CallerRow, via: AuthContext['via'], tokenId: string | null): AuthContext {
  if (row.is_active === false) throw new DomainError('ACCOUNT_DISABLED');
  return { userId: row.id, roles: rolesOf(row), tenantId: row.tenant_id, via, tokenId };
}

interface CachedCaller {
  readonly context: AuthContext;
  /** When this entry must be read from the database again (clock ms). */
  readonly until: number;
  /** An API token's own expiry (clock ms), checked on every hit. */
  readonly expiresAt: number | null;
}

const CACHE_LIMIT = 10_000;

/** The request authenticator and the hook that forgets a user's cached callers after a change to their access. */
export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<AuthContext | null>;
  /** The caller when both the verified-token and caller caches hold it (null without a header), else undefined. */
  peek(authorization: string | undefined, connection?: object): AuthContext | null | undefined;
  /** Drops cached lookups of a user (logout, deactivation, role or token changes in this process). */
  invalidateUser(userId: string): void;
}

/**
 * Creates the request authenticator: `Bearer <jwt>` (the session must still be live, so logout and deactivation take
 * effect) or `Bearer avk_…` (an API token, compared by hash). The caller's roles, active state and session are read
 * from the database and kept for `cacheTtlMs` (default 5 s; 0 turns it off): changes made through this process
 * apply at once, changes made elsewhere (another server, avantika-admin) within that time. JWT signature and expiry
 * are checked on every request.
 */
export function createAuthenticator(
  db: Queryable,
  accessTokens: AccessTokens,
  clock: Clock,
  options: { cacheTtlMs?: number } = {},
): Authenticator {
  const ttl = options.cacheTtlMs ?? 5000;
  const cache = new Map<string, CachedCaller>();
  // The last verified access token seen on each connection (a socket), for peek.
  const lastOnConnection = new WeakMap<object, { authorization: string; claims: AccessTokenClaims }>();

  function remember(key: string, context: AuthContext, expiresAt: number | null): AuthContext {
    if (ttl <= 0) return context;
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, { context, until: clock().getTime() + ttl, expiresAt });
    return context;
  }

  function recall(key: string, now = clock().getTime()): CachedCaller | undefined {
    const hit = cache.get(key);
    if (hit === undefined) return undefined;
    if (hit.until <= now) {
      cache.delete(key);
      return undefined;
    }
    return hit;
  }

  async function fromApiToken(token: string): Promise<AuthContext> {
    const key = `k:${hashToken(token)}`;
    const hit = recall(key);
    if (hit !== undefined) {
      if (hit.expiresAt !== null && hit.expiresAt <= clock().getTime()) throw new DomainError('TOKEN_EXPIRED');
      return hit.context;
    }
    const prefix = apiTokenPrefix(token);
    if (prefix === null) throw new DomainError('TOKEN_INVALID');
    const found = await db.query<TokenCallerRow>(
      `SELECT u.id, u.is_active, u.tenant_id, ${ROLES}, t.id AS token_id, t.token_hash, t.expires_at, t.revoked_at,
              t.last_used_at
       FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_prefix = $1`,
      [prefix],
    );
    const row = found.rows[0];
    if (row === undefined || !isSameHash(row.token_hash, hashToken(token)) || row.revoked_at !== null) {
      throw new DomainError('TOKEN_INVALID');
    }
    const now = clock();
    if (row.expires_at !== null && new Date(row.expires_at).getTime() <= now.getTime()) {
      throw new DomainError('TOKEN_EXPIRED');
    }
    const context = toContext(row, 'api_token', row.token_id);
    if (row.last_used_at === null || now.getTime() - new Date(row.last_used_at).getTime() > LAST_USED_GRANULARITY_MS) {
      await db.query(`UPDATE api_tokens SET last_used_at = $2 WHERE id = $1`, [row.token_id, now]);
    }
    return remember(key, context, row.expires_at === null ? null : new Date(row.expires_at).getTime());
  }

  async function fromAccessToken(token: string): Promise<AuthContext> {
    const claims = await accessTokens.verify(token);
    const { userId, sessionId } = claims;
    const key = callerKeyOf(claims);
    const hit = recall(key);
    if (hit !== undefined) return hit.context;
    const found = await db.query<CallerRow & { session_live: boolean }>(
      `SELECT u.id, u.is_active, u.tenant_id, ${ROLES},
              EXISTS (SELECT 1 FROM refresh_tokens f WHERE f.family_id = $2::uuid AND f.revoked = false
                      AND f.expires_at > $3) AS session_live
       FROM users u WHERE u.id = $1::uuid`,
      [userId, sessionId, clock()],
    );
    const row = found.rows[0];
    if (row === undefined) throw new DomainError('TOKEN_INVALID');
    if (!row.session_live) throw new DomainError('TOKEN_INVALID');
    return remember(key, toContext(row, 'access_token', null), null);
  }

  return {
    async authenticate(authorization) {
      if (authorization === undefined || authorization === '') return null;
      const token = bearerToken(authorization);
      if (token === undefined) throw new DomainError('TOKEN_INVALID');
      return token.startsWith('avk_') ? fromApiToken(token) : fromAccessToken(token);
    },
    peek(authorization, connection) {
      if (authorization === undefined || authorization === '') return null;
      // One clock read serves both caches: this runs on every authenticated request.
      const now = clock().getTime();
      let claims: AccessTokenClaims | undefined;
      const last = connection === undefined ? undefined : lastOnConnection.get(connection);
      if (last !== undefined && last.authorization === authorization) {
        // A keep-alive client repeats its header: compared, not hashed again (it is a few hundred bytes).
        if (last.claims.expiresAt > now) claims = last.claims;
      } else {
        // Only tokens verified before are found below, so the scheme is all this checks; the rest is the token.
        if (!BEARER_SCHEME.test(authorization)) return undefined;
        const token = authorization.slice(7);
        if (token.startsWith('avk_')) return undefined;
        claims = accessTokens.peek(token, now);
        if (claims !== undefined && connection !== undefined)
          lastOnConnection.set(connection, { authorization, claims });
      }
      return claims === undefined ? undefined : recall(callerKeyOf(claims), now)?.context;
    },
    invalidateUser(userId) {
      for (const [key, entry] of cache) if (entry.context.userId === userId) cache.delete(key);
    },
  };
}
