import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { createMemoryKv } from './adapters/kv/memory-kv.js';
import { createRedisKv } from './adapters/kv/redis-kv.js';
import { createSearchIndexFromEnv } from './adapters/search/create-search-index-from-env.js';
import type { Sql } from './adapters/sql/sql.js';
import { type AppConfig, buildApp } from './app.js';
import { createLogger, type Logger } from './http/logger.js';
import { prepareAdminBootstrap } from './modules/admin/admin-bootstrap.js';
import { startJudgeRuntime } from './modules/submissions/start-judge-runtime.js';
import { loadJwtSecret, resolveDataDir } from './server-env.js';
import { openStorageFromEnv } from './storage-from-env.js';

/** Options for {@link startServer}; anything not given comes from the environment (see the README's Server section). */
export interface StartServerOptions {
  readonly host?: string;
  readonly port?: number;
  /** Environment to read (default `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
  /** Apply pending migrations before listening (default true; `AVANTIKA_MIGRATE=false` turns it off). */
  readonly migrate?: boolean;
  /** Use this store instead of opening one from DATABASE_URL / the data dir (the caller closes it). */
  readonly sql?: Sql;
  readonly logger?: Logger;
  /** How long stop() lets in-flight requests finish before cutting their connections (default 10 s). */
  readonly drainTimeoutMs?: number;
  /** Stop on SIGTERM/SIGINT (default true). */
  readonly handleSignals?: boolean;
  /** Extra app configuration (judge readiness checks, limits). */
  readonly app?: Partial<AppConfig>;
}

/** A listening server: where it is, the app, and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly app: FastifyInstance;
  /** Drains in-flight requests, runs shutdown hooks (judge workers), closes Redis and the database. */
  stop(): Promise<void>;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

/**
 * Starts the platform server: opens PostgreSQL (DATABASE_URL) or the embedded PGlite data dir, applies pending
 * migrations, connects Redis when REDIS_URL is set (memory otherwise), listens on 127.0.0.1:4870 by default, and
 * shuts down gracefully on SIGTERM/SIGINT.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger();
  const dataDir = resolveDataDir(env);
  const storage = options.sql
    ? { sql: options.sql, close: async () => {} }
    : await openStorageFromEnv(env, dataDir, {
        migrate: options.migrate ?? flag(env.AVANTIKA_MIGRATE, true),
        logger,
      });
  const kv = env.REDIS_URL ? createRedisKv({ url: env.REDIS_URL }) : createMemoryKv();
  const redis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : undefined;
  // A Redis outage degrades rate limits to memory; it must not crash the process.
  redis?.on('error', (error) => logger.warn({ err: error }, 'redis error'));
  // The judge queue lives in the same database; in-process workers judge unless AVANTIKA_JUDGE_WORKERS=0.
  const judge = await startJudgeRuntime(storage.sql, {
    ...(env.AVANTIKA_JUDGE_WORKERS ? { workers: Number(env.AVANTIKA_JUDGE_WORKERS) } : {}),
  });
  // On a start with no admin, the one-time secret that makes the first one goes to a 0600 file in the data dir.
  const adminBootstrap = await prepareAdminBootstrap(storage.sql, dataDir, logger);
  const search = options.app?.search ?? createSearchIndexFromEnv(env, storage.sql);
  if (search.kind === 'elasticsearch') {
    // Elasticsearch being down must not stop the server: search answers UNAVAILABLE and /readyz says so.
    await search.ensure().catch((error: unknown) => logger.warn({ err: error }, 'elasticsearch index not ready'));
  }
  const app = await buildApp({
    sql: storage.sql,
    search,
    adminBootstrap,
    practice: { enqueue: judge.enqueue },
    // The pack POST /v1/admin/content/seed imports: avantika-server --seed <dir> sets it.
    content: { seedDir: env.AVANTIKA_SEED ? resolve(env.AVANTIKA_SEED) : null },
    jwtSecret: await loadJwtSecret(env, dataDir, logger),
    logger,
    kv,
    ...(redis ? { redis } : {}),
    ...(env.TRUST_PROXY ? { trustProxy: flag(env.TRUST_PROXY, false) } : {}),
    ...options.app,
  });
  await judge.startWorkers(app.practice);
  judge.startHookSweeper(app.practice);
  app.avantika.addShutdownHook(() => judge.stop());
  // Submissions need the queue; everything else works without it, so a queue outage degrades rather than stops.
  // Checks are added after building so that `options.app.readinessChecks` adds to them instead of replacing them.
  app.avantika.addReadinessCheck({ name: 'judge', required: false, check: () => judge.isReady() });
  if (search.kind === 'elasticsearch') {
    app.avantika.addReadinessCheck({
      name: 'search',
      required: false,
      check: async () => {
        await search.search({ text: 'ready', limit: 1 });
        return true;
      },
    });
  }
  // An index passed in belongs to the caller.
  if (!options.app?.search) app.avantika.addShutdownHook(() => search.close());
  let closing = false;
  // Keep-alive connections would hold close() open until they time out: answers sent while draining close them.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  const host = options.host ?? env.AVANTIKA_HOST ?? '127.0.0.1';
  const port = options.port ?? Number(env.AVANTIKA_PORT ?? 4870);
  await app.listen({ host, port });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down: draining requests');
      closing = true;
      // Requests still running after the grace period are cut off rather than blocking the shutdown forever.
      const grace = setTimeout(() => app.server.closeAllConnections(), options.drainTimeoutMs ?? 10_000);
      grace.unref();
      // close() stops accepting connections, waits for in-flight requests, then runs onClose (shutdown hooks).
      await app.close();
      clearTimeout(grace);
      redis?.disconnect();
      await kv.close();
      await storage.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  if (options.handleSignals ?? true) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  }
  return { url: `http://${host}:${actualPort}`, port: actualPort, app, stop };
}
