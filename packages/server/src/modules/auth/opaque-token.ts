import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** SHA-256 (hex) of a token; only this is stored, so a database leak does not leak usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of two hex hashes. */
export function isSameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** A refresh token: `rt_` and 32 random bytes (base64url). */
export function createRefreshTokenValue(): string {
  return `rt_${randomBytes(32).toString('base64url')}`;
}

/** An API token `avk_<8-char prefix>_<secret>`; `prefix` (`avk_<8 chars>`) is stored in clear to find the row. */
export function createApiTokenValue(): { token: string; prefix: string } {
  const prefix = `avk_${randomBytes(6).toString('base64url')}`;
  return { token: `${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

/** The lookup prefix of an API token, or null when the string is not shaped like one. */
export function apiTokenPrefix(token: string): string | null {
  const match = /^(avk_[A-Za-z0-9_-]{8})_[A-Za-z0-9_-]{43}$/.exec(token);
  return match?.[1] ?? null;
}
