import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { openScratchSql } from '../adapters/sql/open-scratch-sql.js';
import type { Sql } from '../adapters/sql/sql.js';
import { type AppConfig, buildApp } from '../app.js';
import { createLogger } from '../http/logger.js';
import { type RunningServer, startServer } from '../main.js';
import type { StorageKind } from './storage-kinds.js';
import { importTestContent, type PackSelection, packContentFiles } from './test-content.js';

/** A JWT secret for tests only (32+ bytes). */
export const TEST_JWT_SECRET = 'avantika-test-secret-that-is-at-least-32-bytes';

/** Options for {@link startTestServer}. */
export interface TestServerOptions {
  /** Where the scratch database lives (default `'pglite'`). */
  readonly storage?: StorageKind;
  /**
   * Content written before the server listens (on PGlite a write while the event listener is open would wait for
   * it): a selection of the repository's pack, or a function given the migrated database.
   */
  readonly content?: PackSelection | ((sql: Sql) => Promise<void>);
  /**
   * In-process judging: `true` for 2 workers, a number for that many. Default off: no judge queue is started (it
   * costs seconds on PGlite) and submissions answer JUDGE_UNAVAILABLE.
   */
  readonly judge?: boolean | number;
  /** Overrides of the app configuration, merged over the test defaults. */
  readonly app?: Partial<AppConfig>;
}

/** The real platform server listening on a free loopback port, on its own migrated scratch database. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly sql: Sql;
  readonly app: FastifyInstance;
  /** Moves the server's clock forward (token expiry without waiting). */
  advanceClock(ms: number): void;
  /** Stops the server and its judge workers, then drops the scratch database. */
  close(): Promise<void>;
}

type Listening = Pick<RunningServer, 'url' | 'app' | 'stop'>;

// Judging needs the pg-boss queue, whose start-up costs seconds on PGlite. Without judging the app is built and
// listens on its own (submissions answer JUDGE_UNAVAILABLE); with it startServer wires queue, workers and hooks.
async function listen(sql: Sql, workers: number, app: Partial<AppConfig>): Promise<Listening> {
  if (workers === 0) {
    const built = await buildApp({ sql, jwtSecret: TEST_JWT_SECRET, ...app });
    await built.listen({ host: '127.0.0.1', port: 0 });
    const { port } = built.server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, app: built, stop: () => built.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'avantika-test-server-'));
  const running = await startServer({
    sql,
    host: '127.0.0.1',
    port: 0,
    migrate: false,
    handleSignals: false,
    logger: createLogger({ level: 'silent' }),
    env: { AVANTIKA_JWT_SECRET: TEST_JWT_SECRET, AVANTIKA_DATA_DIR: dataDir, AVANTIKA_JUDGE_WORKERS: String(workers) },
    app,
  }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the real server on scratch storage, with cheap password hashing, a loose rate limit, response validation
 * on and logs off; with `judge` it is started as `avantika-server` starts it (startServer: the pg-boss queue on the
 * same database, in-process workers, verdict hooks, graceful stop). What SDK, CLI and example tests drive over HTTP.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const sql = await openScratchSql(options.storage ?? 'pglite');
  let offset = 0;
  try {
    const { content } = options;
    if (typeof content === 'function') await content(sql);
    else if (content) await importTestContent(sql, packContentFiles(content));
    const workers = options.judge === true ? 2 : Number(options.judge ?? 0);
    const server = await listen(sql, workers, {
      validateResponses: true,
      scrypt: { N: 2 ** 10, r: 8, p: 1 },
      rateLimit: { points: 10_000, durationSeconds: 60 },
      clock: () => new Date(Date.now() + offset),
      ...options.app,
    });
    return {
      url: server.url,
      sql,
      app: server.app,
      advanceClock: (ms) => {
        offset += ms;
      },
      close: async () => {
        await server.stop();
        await sql.close();
      },
    };
  } catch (error) {
    await sql.close();
    throw error;
  }
}
