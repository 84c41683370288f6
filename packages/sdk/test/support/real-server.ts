import type { AppConfig, Sql } from '@avantika/server';
import { type StorageKind, startTestServer } from '@avantika/server/testing';

// The SDK suites' names for the shared harness of @avantika/server/testing (kept so suites import them unchanged).
export type { StorageKind } from '@avantika/server/testing';
export { storageKinds } from '@avantika/server/testing';

/** A platform server listening on loopback, built in-process on scratch storage. */
export interface RealServer {
  readonly baseUrl: string;
  readonly sql: Sql;
  /** Moves the server's clock forward (token expiry without waiting). */
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

/** Options for {@link startRealServer}. */
export interface RealServerOptions {
  /** Writes content before the app starts (on PGlite an import while the app listens for events would wait forever). */
  seed?: (sql: Sql) => Promise<void>;
  /** Overrides of the app configuration. */
  app?: Partial<AppConfig>;
  /** Run the judge in-process: the pg-boss queue on the same database and workers, as the embedded server does. */
  judge?: boolean;
}

/** Starts the real server (startTestServer) on migrated scratch storage of `kind`, on 127.0.0.1 with a random port. */
export async function startRealServer(kind: StorageKind, options: RealServerOptions = {}): Promise<RealServer> {
  const server = await startTestServer({
    storage: kind,
    judge: options.judge ?? false,
    ...(options.seed ? { content: options.seed } : {}),
    ...(options.app ? { app: options.app } : {}),
  });
  return { baseUrl: server.url, sql: server.sql, advanceClock: server.advanceClock, close: server.close };
}

let counter = 0;

/** A fresh, unique identity for registering a test user. */
export function newIdentity(): { email: string; username: string; password: string } {
  counter++;
  const username = `sdk${counter}-${Math.random().toString(36).slice(2, 8)}`;
  return { email: `${username}@example.test`, username, password: `pw-${username}-secret` };
}
