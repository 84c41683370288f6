import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Kv } from './adapters/kv/kv.js';
import { createMemoryKv } from './adapters/kv/memory-kv.js';
import type { SearchIndex } from './adapters/search/search-index.js';
import { createSqlSearchIndex } from './adapters/search/sql-search-index.js';
import type { Sql } from './adapters/sql/sql.js';
import { installErrorHandling, sendError } from './http/error-handler.js';
import './http/fastify-augment.js';
import { registerHealthRoutes } from './http/health-routes.js';
import { purgeExpiredIdempotencyKeys } from './http/idempotency.js';
import { createLogger, RequestLogController } from './http/logger.js';
import { createMetrics } from './http/metrics.js';
import { createRateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { createReplayCipher } from './http/replay-cipher.js';
import { resolveRequestId } from './http/request-id.js';
import type { Clock, ReadinessCheck, ServerContext, ShutdownHook } from './http/server-context.js';
import { requestValidatorCompiler } from './http/validator.js';
import type { AdminBootstrap } from './modules/admin/admin-bootstrap.js';
import { type AdminContentConfig, registerAdminContentRoutes } from './modules/admin/admin-content-routes.js';
import { registerAdminRoutes } from './modules/admin/admin-routes.js';
import { createAccessTokens } from './modules/auth/access-tokens.js';
import { registerAuthRoutes } from './modules/auth/auth-routes.js';
import { createAuthService } from './modules/auth/auth-service.js';
import { createAuthenticator } from './modules/auth/authenticator.js';
import type { ScryptParams } from './modules/auth/passwords.js';
import { registerGamificationRoutes } from './modules/gamification/gamification-routes.js';
import { GamificationService } from './modules/gamification/gamification-service.js';
import { LeaderboardService } from './modules/gamification/leaderboard-service.js';
import { type PracticeConfig, registerPracticeModules } from './modules/practice.js';
import { registerSearchRoutes } from './modules/search/routes.js';
import { SearchService } from './modules/search/search-service.js';
import { registerMeRoutes } from './modules/users/me-routes.js';

/** Configuration for {@link buildApp}: every dependency is passed in, nothing is read from the environment. */
export interface AppConfig {
  /** The relational store (PostgreSQL or PGlite), already migrated. */
  readonly sql: Sql;
  /** HS256 secret for access tokens, at least 32 bytes. Never logged. */
  readonly jwtSecret: string | Uint8Array;
  /** A pino logger, `true` for the default one on stdout, `false`/absent for none. */
  readonly logger?: FastifyBaseLogger | boolean;
  readonly clock?: Clock;
  /** The cache/counter store (`createRedisKv` or `createMemoryKv`); default: a fresh in-process one. */
  readonly kv?: Kv;
  /** Redis (ioredis) when configured: shared rate limits and a `kv` readiness check. Optional: memory otherwise. */
  readonly redis?: Redis;
  /** Validate success responses against the descriptors (default: on when NODE_ENV is `test`). */
  readonly validateResponses?: boolean;
  /** Largest accepted request body in bytes (default 1 MiB); larger → 413 PAYLOAD_TOO_LARGE. */
  readonly bodyLimit?: number;
  /** Access-token lifetime (default 15 minutes). */
  readonly accessTokenTtlSeconds?: number;
  /** Refresh-token lifetime (default 30 days). */
  readonly refreshTokenTtlSeconds?: number;
  /** How long a caller's roles and session state are cached per process (default 5000 ms; 0 = read every time). */
  readonly authCacheTtlMs?: number;
  /** Login/register limit per client address (default 20 per minute). */
  readonly rateLimit?: RateLimitOptions;
  /** scrypt cost for new password hashes (tests lower it; stored hashes carry their own). */
  readonly scrypt?: ScryptParams;
  /** Extra /readyz dependencies (startServer adds the judge queue after building, with addReadinessCheck). */
  readonly readinessChecks?: readonly ReadinessCheck[];
  /** Trust X-Forwarded-For from a reverse proxy for the client address (rate limits). */
  readonly trustProxy?: boolean;
  /** Judge, queue, documents and hooks of the practice routes (problems, submissions, quizzes, paths). */
  readonly practice?: PracticeConfig;
  /** The admin content routes: documents and the pack `POST /v1/admin/content/seed` imports (none: refused). */
  readonly content?: AdminContentConfig;
  /**
   * The search index `GET /v1/search` reads and content imports write (Elasticsearch when ELASTICSEARCH_URL is set,
   * see createSearchIndexFromEnv); default: PostgreSQL full-text in `sql`. One passed in belongs to the caller.
   */
  readonly search?: SearchIndex;
  /** The one-time first-admin secret (`prepareAdminBootstrap`); absent: POST /v1/admin/bootstrap answers 410. */
  readonly adminBootstrap?: AdminBootstrap;
}

/** Builds the platform's HTTP application without listening (tests use `app.inject()`). */
export async function buildApp(config: AppConfig): Promise<FastifyInstance> {
  const loggerInstance =
    typeof config.logger === 'object' ? config.logger : config.logger === true ? createLogger() : undefined;
  const app = Fastify({
    ...(loggerInstance ? { loggerInstance } : { logger: false }),
    genReqId: resolveRequestId,
    logController: new RequestLogController({ requestIdLogLabel: 'requestId' }),
    bodyLimit: config.bodyLimit ?? 1024 * 1024,
    trustProxy: config.trustProxy ?? false,
    // While draining, requests already on a connection are still served (with `connection: close`, see main.ts)
    // rather than answered with a bare 503 outside the error envelope.
    return503OnClosing: false,
    // Unknown JSON keys like __proto__ are rejected rather than silently merged.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Router-level failures (over-long path parameters, malformed URLs) get the same envelope as everything else.
    frameworkErrors: (error, request, reply) => sendError(error, request, reply),
  });
  app.setValidatorCompiler(requestValidatorCompiler);
  installErrorHandling(app);

  const clock = config.clock ?? (() => new Date());
  const checks: ReadinessCheck[] = [
    {
      name: 'database',
      required: true,
      check: async () => (await config.sql.query('SELECT 1 AS ok')).rows.length === 1,
    },
  ];
  const kv = config.kv ?? createMemoryKv({ now: () => clock().getTime() });
  if (config.redis) {
    const redis = config.redis;
    checks.push({ name: 'kv', required: false, check: async () => (await redis.ping()) === 'PONG' });
  } else if (kv.kind === 'redis') {
    // A read round-trip is the port's ping; Redis being down degrades the server, it does not stop it.
    checks.push({
      name: 'kv',
      required: false,
      check: async () => {
        await kv.get('avantika:readyz');
        return true;
      },
    });
  }
  checks.push(...(config.readinessChecks ?? []));
  const shutdownHooks: ShutdownHook[] = [];
  const accessTokens = createAccessTokens(config.jwtSecret, config.accessTokenTtlSeconds ?? 15 * 60, clock);
  const authenticator = createAuthenticator(config.sql, accessTokens, clock, {
    ...(config.authCacheTtlMs === undefined ? {} : { cacheTtlMs: config.authCacheTtlMs }),
  });
  const limiter = createRateLimiter(config.rateLimit ?? { points: 20, durationSeconds: 60 }, config.redis);
  const ctx: ServerContext = {
    sql: config.sql,
    kv,
    clock,
    log: app.log,
    validateResponses: config.validateResponses ?? process.env.NODE_ENV === 'test',
    authenticate: (authorization) => authenticator.authenticate(authorization),
    authenticateCached: (authorization, connection) => authenticator.peek(authorization, connection),
    invalidateAuth: (userId) => authenticator.invalidateUser(userId),
    replayCipher: createReplayCipher(config.jwtSecret),
    consumeRateLimit: (_bucket, key) => limiter(key),
    addReadinessCheck: (check) => {
      checks.push(check);
    },
    addShutdownHook: (hook) => {
      shutdownHooks.push(hook);
    },
  };
  app.decorate('avantika', ctx);
  app.decorateRequest('auth', null);
  app.decorateRequest('idempotency', null);
  app.decorateRequest('routeId', null);

  const metrics = createMetrics();
  // Callback-style hooks: they run on every request, and an async hook costs a promise and a microtask turn each.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    metrics.inFlight.inc();
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    metrics.inFlight.dec();
    // Set by the route's own hook (registerRoute): `request.routeOptions` builds an object on every read.
    const routeId = request.routeId ?? 'unmatched';
    metrics.observe(routeId, request.method, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  // Expired idempotency records are purged in the background; a failure only delays the next purge.
  const purge = setInterval(() => {
    purgeExpiredIdempotencyKeys(ctx).catch((error: unknown) =>
      app.log.warn({ err: error }, 'idempotency purge failed'),
    );
  }, 10 * 60_000);
  purge.unref();
  app.addHook('onClose', async () => {
    clearInterval(purge);
    for (const hook of shutdownHooks.reverse()) await hook();
    // A Kv passed in belongs to the caller; the default in-process one belongs to this app.
    if (!config.kv) await kv.close();
  });

  const auth = createAuthService({
    sql: config.sql,
    clock,
    accessTokens,
    refreshTokenTtlSeconds: config.refreshTokenTtlSeconds ?? 30 * 24 * 60 * 60,
    onAccessChanged: (userId) => authenticator.invalidateUser(userId),
    ...(config.scrypt ? { scrypt: config.scrypt } : {}),
  });
  registerHealthRoutes(app, metrics, checks);
  registerAuthRoutes(app, auth);
  registerMeRoutes(app);
  registerAdminRoutes(app, config.adminBootstrap);
  const search = config.search ?? createSqlSearchIndex(config.sql);
  registerAdminContentRoutes(app, { ...config.content, search });
  registerSearchRoutes(app, new SearchService(search));
  // XP, streaks and badges are awarded inside the verdict / quiz-finish transactions through the practice hooks.
  // Leaderboards use Redis sorted sets when the Kv is Redis, PostgreSQL otherwise (and while Redis is down).
  const leaderboards = new LeaderboardService({ sql: config.sql, clock, kv, log: app.log });
  ctx.addShutdownHook(() => leaderboards.close());
  const gamification = new GamificationService({ sql: config.sql, clock, leaderboards, kv });
  const practice: PracticeConfig = {
    ...config.practice,
    onAccepted: [...(config.practice?.onAccepted ?? []), gamification.onAccepted],
    onQuizFinished: [...(config.practice?.onQuizFinished ?? []), gamification.onQuizFinished],
    onPathProgress: [...(config.practice?.onPathProgress ?? []), gamification.onPathProgress],
  };
  app.decorate('practice', registerPracticeModules(app, config.sql, practice));
  registerGamificationRoutes(app, gamification, leaderboards);
  return app;
}
