import type { AuthSession, TokenPair } from '@avantika/contract';
import type { Queryable, Sql } from '../../adapters/sql/sql.js';
import { DomainError } from '../../http/domain-error.js';
import type { Clock } from '../../http/server-context.js';
import { findUserById, findUserByLogin, toUser } from '../users/user-repo.js';
import type { AccessTokens } from './access-tokens.js';
import { createDummyPasswordHash, hashPassword, type ScryptParams, verifyPassword } from './passwords.js';
import {
  type IssuedRefreshToken,
  issueRefreshToken,
  revokeAllRefreshTokens,
  revokeRefreshToken,
  rotateRefreshToken,
} from './refresh-tokens.js';

/** What the auth service needs: storage, the clock, the token signer and lifetimes. */
export interface AuthServiceOptions {
  readonly sql: Sql;
  readonly clock: Clock;
  readonly accessTokens: AccessTokens;
  readonly refreshTokenTtlSeconds: number;
  readonly scrypt?: ScryptParams;
  /** Called after a user's sessions change (logout, reuse detected) so cached authentication is dropped. */
  readonly onAccessChanged?: (userId: string) => void;
}

/** Parameters of {@link AuthService.register}. */
export interface RegisterParams {
  readonly email: string;
  readonly username: string;
  readonly password: string;
  readonly fullName?: string | undefined;
  readonly timezone?: string | undefined;
}

async function takenField(
  db: Queryable,
  email: string,
  username: string,
): Promise<'EMAIL_TAKEN' | 'USERNAME_TAKEN' | null> {
  const found = await db.query<{ email: string }>(
    `SELECT email FROM users WHERE lower(email) = lower($1) OR username = $2 LIMIT 1`,
    [email, username],
  );
  const row = found.rows[0];
  if (row === undefined) return null;
  return row.email.toLowerCase() === email.toLowerCase() ? 'EMAIL_TAKEN' : 'USERNAME_TAKEN';
}

/** Registration, login, refresh rotation and logout. */
export function createAuthService(options: AuthServiceOptions) {
  const { sql, clock, accessTokens } = options;
  let dummyHash: Promise<string> | undefined;

  async function pairFor(userId: string, refresh: IssuedRefreshToken): Promise<TokenPair> {
    return {
      tokenType: 'Bearer',
      accessToken: await accessTokens.sign(userId, refresh.familyId),
      expiresIn: accessTokens.ttlSeconds,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt.toISOString(),
    };
  }

  async function startSession(userId: string): Promise<AuthSession> {
    const now = clock();
    await sql.query(`UPDATE users SET last_login_at = $2 WHERE id = $1`, [userId, now]);
    const refresh = await issueRefreshToken(sql, userId, null, now, options.refreshTokenTtlSeconds);
    const user = await findUserById(sql, userId);
    if (user === null) throw new DomainError('USER_NOT_FOUND');
    return { user: toUser(user), tokens: await pairFor(userId, refresh) };
  }

  return {
    /** Creates an account with an email credential; EMAIL_TAKEN / USERNAME_TAKEN when either exists. */
    async register(params: RegisterParams): Promise<AuthSession> {
      const taken = await takenField(sql, params.email, params.username);
      if (taken) throw new DomainError(taken);
      const passwordHash = await hashPassword(params.password, options.scrypt);
      const now = clock();
      let userId: string;
      try {
        userId = await sql.transaction(async (tx) => {
          const inserted = await tx.query<{ id: string }>(
            `INSERT INTO users (email, username, full_name, timezone, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
            [params.email, params.username, params.fullName ?? params.username, params.timezone ?? 'UTC', now],
          );
          const id = inserted.rows[0]?.id;
          if (id === undefined) throw new Error('user insert returned no row');
          await tx.query(
            `INSERT INTO user_credentials (user_id, provider, provider_id, password_hash, created_at)
             VALUES ($1, 'email', $2, $3, $4)`,
            [id, params.email, passwordHash, now],
          );
          return id;
        });
      } catch (error) {
        // A concurrent registration won the unique index between the check and the insert.
        const raced = await takenField(sql, params.email, params.username);
        if (raced) throw new DomainError(raced, undefined, { cause: error });
        throw error;
      }
      return startSession(userId);
    },

    /** Verifies a password for an email or username; the same error whether the account or the password is wrong. */
    async login(login: string, password: string): Promise<AuthSession> {
      const user = await findUserByLogin(sql, login);
      const credential = user
        ? await sql.query<{ password_hash: string | null }>(
            `SELECT password_hash FROM user_credentials WHERE user_id = $1 AND provider = 'email' AND password_hash IS NOT NULL`,
            [user.id],
          )
        : null;
      const stored = credential?.rows[0]?.password_hash ?? null;
      // Hash even when there is no account so response time does not reveal which logins exist.
      dummyHash ??= createDummyPasswordHash(options.scrypt);
      const ok = await verifyPassword(password, stored ?? (await dummyHash));
      if (user === null || stored === null || !ok) throw new DomainError('INVALID_CREDENTIALS');
      if (user.is_active === false) throw new DomainError('ACCOUNT_DISABLED');
      return startSession(user.id);
    },

    /** Rotates a refresh token; reuse of a rotated one revokes its whole family. */
    async refresh(refreshToken: string): Promise<TokenPair> {
      const { userId, issued } = await rotateRefreshToken(
        sql,
        refreshToken,
        clock(),
        options.refreshTokenTtlSeconds,
        (revokedUserId) => options.onAccessChanged?.(revokedUserId),
      );
      const user = await findUserById(sql, userId);
      if (user === null) throw new DomainError('REFRESH_TOKEN_INVALID');
      if (user.is_active === false) throw new DomainError('ACCOUNT_DISABLED');
      return pairFor(userId, issued);
    },

    /** Ends the session of one refresh token (unknown tokens are ignored: logout is idempotent). */
    async logout(refreshToken: string): Promise<void> {
      const userId = await revokeRefreshToken(sql, refreshToken, clock());
      if (userId !== null) options.onAccessChanged?.(userId);
    },

    /** Ends every session of a user. */
    async logoutAll(userId: string): Promise<void> {
      await revokeAllRefreshTokens(sql, userId, clock());
      options.onAccessChanged?.(userId);
    },
  };
}

/** The auth service's API. */
export type AuthService = ReturnType<typeof createAuthService>;
