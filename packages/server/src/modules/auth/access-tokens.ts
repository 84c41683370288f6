import { errors, jwtVerify, SignJWT } from 'jose';
import { DomainError } from '../../http/domain-error.js';
import type { Clock } from '../../http/server-context.js';

const ISSUER = 'avantika';
const AUDIENCE = 'avantika-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Verified tokens remembered per process: a repeat of the same bytes skips the HMAC until the token expires. */
const VERIFIED_LIMIT = 2000;

/**
 * Who a verified access token speaks for, and until when (its `exp` in clock ms; Infinity without one): frozen, so
 * one object can answer every request with that token.
 */
export type AccessTokenClaims = Readonly<{ userId: string; sessionId: string | null; expiresAt: number }>;

/** Signs and verifies short-lived HS256 access tokens. */
export interface AccessTokens {
  readonly ttlSeconds: number;
  /** Signs a token for `userId`; `sessionId` is the refresh-token family it came from. */
  sign(userId: string, sessionId: string): Promise<string>;
  /** Returns the user id, or throws TOKEN_EXPIRED / TOKEN_INVALID. */
  verify(token: string): Promise<AccessTokenClaims>;
  /**
   * What {@link verify} answers for a token verified before and not yet expired at `now` (clock ms, default: the
   * clock's current time); undefined otherwise.
   */
  peek(token: string, now?: number): AccessTokenClaims | undefined;
}

/** Creates the access-token signer; the secret must be at least 32 bytes and is never logged. */
export function createAccessTokens(secret: string | Uint8Array, ttlSeconds: number, clock: Clock): AccessTokens {
  const key = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (key.byteLength < 32) throw new Error('the JWT secret must be at least 32 bytes');
  const verified = new Map<string, AccessTokenClaims>();
  function peek(token: string, now?: number): AccessTokenClaims | undefined {
    // The same token bytes verify the same way until `exp`, which is checked against the clock on every hit.
    const hit = verified.get(token);
    if (hit === undefined) return undefined;
    if (hit.expiresAt > (now ?? clock().getTime())) return hit;
    verified.delete(token);
    return undefined;
  }
  return {
    ttlSeconds,
    async sign(userId, sessionId) {
      const now = Math.floor(clock().getTime() / 1000);
      return new SignJWT({ sid: sessionId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(now)
        .setExpirationTime(now + ttlSeconds)
        .sign(key);
    },
    peek,
    async verify(token) {
      const hit = peek(token);
      if (hit !== undefined) return hit;
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: ['HS256'],
          currentDate: clock(),
        });
        if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) throw new DomainError('TOKEN_INVALID');
        const claims: AccessTokenClaims = Object.freeze({
          userId: payload.sub,
          sessionId: typeof payload.sid === 'string' && UUID.test(payload.sid) ? payload.sid : null,
          expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : Number.POSITIVE_INFINITY,
        });
        if (typeof payload.exp === 'number') {
          if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value as string);
          verified.set(token, claims);
        }
        return claims;
      } catch (error) {
        if (error instanceof DomainError) throw error;
        if (error instanceof errors.JWTExpired) throw new DomainError('TOKEN_EXPIRED', undefined, { cause: error });
        throw new DomainError('TOKEN_INVALID', undefined, { cause: error });
      }
    },
  };
}
