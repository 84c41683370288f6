import type { Sql } from './adapters/sql/sql.js';
import type { Logger } from './http/logger.js';

/** An opened store and how to close it. */
export interface OpenedStorage {
  readonly sql: Sql;
  close(): Promise<void>;
}

/**
 * Opens PostgreSQL (DATABASE_URL) or the embedded PGlite data dir and applies pending migrations.
 * Wired to the storage area's openSql/migrate once they land on main.
 */
export async function openStorageFromEnv(
  _env: NodeJS.ProcessEnv,
  _dataDir: string,
  _options: { migrate: boolean; logger: Logger },
): Promise<OpenedStorage> {
  throw new Error('storage is not wired yet: openSql/migrate arrive with the storage area');
}
