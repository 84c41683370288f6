import type { AddressInfo } from 'node:net';
import {
  createJudge,
  createJudgeQueue,
  createSqlJudgeJobStore,
  type JudgeQueryable,
  startJudgeWorker,
} from '@avantika/judge';
import { type AppConfig, buildApp, createScratchDatabase, openScratchSql, type Sql } from '@avantika/server';

/** The storage a real-server suite runs on. */
export type StorageKind = 'pglite' | 'postgres';

/** A platform server listening on loopback, built in-process on scratch storage. */
export interface RealServer {
  readonly baseUrl: string;
  readonly sql: Sql;
  /** Moves the server's clock forward (token expiry without waiting). */
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

/** A JWT secret for tests only (32+ bytes). */
const JWT_SECRET = 'sdk-test-secret-that-is-at-least-32-bytes';

/** Options for {@link startRealServer}. */
export interface RealServerOptions {
  /** Writes content before the app starts (on PGlite an import while the app listens for events would wait forever). */
  seed?: (sql: Sql) => Promise<void>;
  /** Overrides of the app configuration. */
  app?: Partial<AppConfig>;
  /** Run the judge in-process: a pg-boss queue on the same database and one worker, as the embedded server does. */
  judge?: boolean;
}

// The judge queue and worker wired the way DESIGN §6 describes the embedded mode: pg-boss on the same database
// (PGlite through pg-boss's own adapter), the job sent inside the submission's transaction.
async function startJudge(
  sql: Sql,
): Promise<{ enqueue: (tx: JudgeQueryable, id: string) => Promise<void>; stop(): Promise<void> }> {
  const queue =
    sql.kind === 'pglite'
      ? await createJudgeQueue({ pglite: sql.raw as never })
      : await createJudgeQueue({
          connectionString: (sql.raw as { options: { connectionString: string } }).options.connectionString,
          max: 2,
        });
  const worker = await startJudgeWorker({
    queue,
    store: createSqlJudgeJobStore(sql),
    judge: createJudge(),
    concurrency: 1,
  });
  return {
    enqueue: async (tx, id) => {
      await queue.enqueue(tx, id);
    },
    stop: async () => {
      await worker.stop();
      await queue.stop();
    },
  };
}

/** Builds the real app (buildApp) on migrated scratch storage and listens on 127.0.0.1 with a random port. */
export async function startRealServer(kind: StorageKind, options: RealServerOptions = {}): Promise<RealServer> {
  const sql = await openScratchSql(kind);
  try {
    await options.seed?.(sql);
  } catch (error) {
    await sql.close();
    throw error;
  }
  const judge = options.judge ? await startJudge(sql) : undefined;
  let offset = 0;
  const app = await buildApp({
    sql,
    jwtSecret: JWT_SECRET,
    validateResponses: true,
    scrypt: { N: 2 ** 10, r: 8, p: 1 },
    rateLimit: { points: 10_000, durationSeconds: 60 },
    clock: () => new Date(Date.now() + offset),
    ...(judge ? { practice: { enqueue: judge.enqueue, pollMs: 100 } } : {}),
    ...options.app,
  });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    await judge?.stop();
    await sql.close();
    throw error;
  }
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    sql,
    advanceClock: (ms) => {
      offset += ms;
    },
    close: async () => {
      await app.close();
      await judge?.stop();
      await sql.close();
    },
  };
}

/**
 * The storage kinds this run covers: PGlite always, PostgreSQL when DATABASE_URL answers. With CI=true a missing or
 * unreachable PostgreSQL is an error (the suite fails); outside CI it is skipped with the reason printed.
 */
export async function storageKinds(): Promise<StorageKind[]> {
  let reason: string;
  if (!process.env.DATABASE_URL) reason = 'DATABASE_URL is not set';
  else {
    try {
      const probe = await createScratchDatabase();
      await probe.drop();
      return ['pglite', 'postgres'];
    } catch (error) {
      reason = `PostgreSQL at DATABASE_URL is not answering: ${(error as Error).message}`;
    }
  }
  if (process.env.CI === 'true') throw new Error(`CI=true and ${reason}: the SDK's PostgreSQL suite cannot run`);
  console.warn(`SDK real-server suite runs on PGlite only: ${reason}`);
  return ['pglite'];
}

let counter = 0;

/** A fresh, unique identity for registering a test user. */
export function newIdentity(): { email: string; username: string; password: string } {
  counter++;
  const username = `sdk${counter}-${Math.random().toString(36).slice(2, 8)}`;
  return { email: `${username}@example.test`, username, password: `pw-${username}-secret` };
}
