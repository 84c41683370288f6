import type { FastifyBaseLogger } from 'fastify';
import type { Kv } from '../adapters/kv/kv.js';
import type { Sql } from '../adapters/sql/sql.js';
import type { AuthContext } from './auth-context.js';
import type { ReplayCipher } from './replay-cipher.js';

/** A clock, injectable so tests can move time (token expiry, idempotency windows). */
export type Clock = () => Date;

/** A dependency /readyz checks: `required` ones make the server unready when down, others only degrade it. */
export interface ReadinessCheck {
  readonly name: string;
  readonly required: boolean;
  /** Resolves when healthy; rejects (or resolves false) when not. */
  check(): Promise<boolean | undefined>;
}

/** Something that must stop when the server closes (judge workers, pools); run in reverse registration order. */
export type ShutdownHook = () => Promise<void> | void;

/** What every route handler can reach: storage, clock, logger, auth and lifecycle hooks. */
export interface ServerContext {
  readonly sql: Sql;
  /** Caches and counters (Redis when REDIS_URL is set, in-process memory otherwise); rebuildable from `sql`. */
  readonly kv: Kv;
  readonly clock: Clock;
  readonly log: FastifyBaseLogger;
  /** Validate every success response against its descriptor (tests); production skips it for speed. */
  readonly validateResponses: boolean;
  /** Resolves the caller from an Authorization header; null without one; throws on a bad or expired token. */
  authenticate(authorization: string | undefined): Promise<AuthContext | null>;
  /**
   * The caller when {@link authenticate} can answer from its caches alone (null without a header), otherwise
   * undefined: lets the hot path skip a promise per request. Same checks, same results. `connection` (the request's
   * socket) lets a keep-alive client's repeated header be recognised without hashing it again.
   */
  authenticateCached?(authorization: string | undefined, connection?: object): AuthContext | null | undefined;
  /** Forgets cached authentication of a user; call after changing their roles, tokens or active state. */
  invalidateAuth(userId: string): void;
  /** Seals stored idempotent responses (they may carry tokens). */
  readonly replayCipher: ReplayCipher;
  /** Consumes one point of a rate-limit bucket for `key`; throws 429 RATE_LIMITED when exhausted. */
  consumeRateLimit(bucket: 'auth', key: string): Promise<void>;
  /** Adds a dependency to /readyz. */
  addReadinessCheck(check: ReadinessCheck): void;
  /** Registers work to do when the app closes (drain the judge, close pools). */
  addShutdownHook(hook: ShutdownHook): void;
}
