import type { Sql } from '@avantika/server';
import type { AdminIo } from './admin-io.js';
import { ExitError } from './exit-error.js';

/**
 * Where a command's database is: `--database-url` (else DATABASE_URL), otherwise the embedded PGlite database in
 * `--data-dir` (else AVANTIKA_DATA_DIR, else the XDG data dir). Commands extend it with their own options.
 */
export interface DatabaseOptions {
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
}

// Connection failures: refused, unknown host, timeout, and PostgreSQL's "no such database" / authentication failures.
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000']);

/** Maps what escapes a database command to its documented exit code (4 unreachable or locked, 1 otherwise). */
export function toDatabaseExitError(error: unknown): ExitError {
  if (error instanceof ExitError) return error;
  const e = error as Error & { code?: unknown };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (code === 'DATA_DIR_LOCKED') {
    // A running avantika-server holds the embedded database; PGlite lets one process open it.
    return new ExitError(4, `the embedded database is in use (DATA_DIR_LOCKED): ${e.message}`, {
      code,
      cause: e,
      hint: 'a server runs on this data dir: stop it first, or work through it (content: --url; first admin: `avantika-admin users bootstrap --url`)',
    });
  }
  if (code !== undefined && UNREACHABLE.has(code)) {
    return new ExitError(4, `cannot reach the database: ${e.message}`, { code: 'UNAVAILABLE', cause: e });
  }
  if (code === '42P01') {
    return new ExitError(1, 'the database has no Avantika schema', {
      code: 'UNAVAILABLE',
      cause: e,
      hint: 'run `avantika-admin migrate up` first',
    });
  }
  return new ExitError(1, e?.message ?? String(error), { code: 'INTERNAL', cause: error });
}

/**
 * Opens the database the options name, runs `fn` on it and closes it; every failure (opening or in `fn`) becomes an
 * {@link ExitError}. The server package is imported here, lazily, so registering commands stays cheap.
 */
export async function withAdminSql<T>(
  options: DatabaseOptions,
  io: AdminIo,
  fn: (sql: Sql, server: typeof import('@avantika/server')) => Promise<T>,
): Promise<T> {
  const server = await import('@avantika/server');
  let sql: Sql | undefined;
  try {
    sql = await server.openSql({
      databaseUrl: options.databaseUrl ?? io.env.DATABASE_URL,
      dataDir: options.dataDir ?? server.resolveDataDir(io.env),
    });
    return await fn(sql, server);
  } catch (error) {
    throw toDatabaseExitError(error);
  } finally {
    await sql?.close();
  }
}
