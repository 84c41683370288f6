import { join } from 'node:path';
import { resolveDataDir } from './data-dir.js';
import { lockDataDir } from './data-dir-lock.js';
import { createPgliteSql } from './pglite-sql.js';
import { createPostgresSql } from './postgres-sql.js';
import type { Sql } from './sql.js';

/** Where {@link openSql} connects: a PostgreSQL URL, an embedded data directory, or memory. */
export interface OpenSqlOptions {
  /** `postgres://…`: use PostgreSQL via a `pg` pool. Takes precedence over the embedded options. */
  readonly databaseUrl?: string | undefined;
  /** The Avantika data directory for the embedded database (files in `<dataDir>/pglite`); default {@link resolveDataDir}. */
  readonly dataDir?: string | undefined;
  /** An in-memory embedded database (tests, throwaway runs). */
  readonly memory?: boolean | undefined;
  /** Pool size for PostgreSQL. */
  readonly max?: number | undefined;
}

/** The PGlite folder inside an Avantika data directory. */
export function pgliteDir(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/**
 * Opens the relational store: PostgreSQL when `databaseUrl` is given, otherwise PGlite in `dataDir` (or in memory).
 * It does not read the environment; callers pass `process.env.DATABASE_URL` explicitly. An embedded data directory
 * is locked to one process at a time (DATA_DIR_LOCKED otherwise).
 */
export async function openSql(options: OpenSqlOptions = {}): Promise<Sql> {
  if (options.databaseUrl) {
    return createPostgresSql({
      connectionString: options.databaseUrl,
      ...(options.max ? { max: options.max } : {}),
    });
  }
  if (options.memory) return createPgliteSql();
  const dir = pgliteDir(options.dataDir ?? resolveDataDir());
  const release = lockDataDir(dir);
  try {
    return await createPgliteSql({ dataDir: dir, onClose: async () => release() });
  } catch (error) {
    release();
    throw error;
  }
}
