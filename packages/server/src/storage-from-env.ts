import { applyDocumentChangelog } from './adapters/documents/apply-document-changelog.js';
import { createSqlDocumentStore } from './adapters/documents/sql-document-store.js';
import { openSql } from './adapters/sql/open-sql.js';
import type { Sql } from './adapters/sql/sql.js';
import type { Logger } from './http/logger.js';
import { findMigrationsDir } from './migrations/find-migrations-dir.js';
import { migrate } from './migrations/migrate.js';

/** An opened store and how to close it. */
export interface OpenedStorage {
  readonly sql: Sql;
  close(): Promise<void>;
}

/**
 * Opens PostgreSQL (DATABASE_URL) or the embedded PGlite database in the data dir and, unless told not to, applies
 * pending migrations (the seed's "V scripts auto-applied"); a failed migration stops the start.
 */
export async function openStorageFromEnv(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  options: { migrate: boolean; logger: Logger },
): Promise<OpenedStorage> {
  const sql = await openSql({ databaseUrl: env.DATABASE_URL, dataDir });
  try {
    options.logger.info({ kind: sql.kind, ...(sql.kind === 'pglite' ? { dataDir } : {}) }, 'database opened');
    if (options.migrate) {
      const result = await migrate(sql, { dir: env.AVANTIKA_MIGRATIONS_DIR || findMigrationsDir() });
      options.logger.info(
        { applied: result.applied.map((a) => a.script), version: result.currentVersion },
        result.applied.length ? 'migrations applied' : 'schema up to date',
      );
      // The document collections' indexes (migrations/documents) follow the relational schema, Mongock-style.
      const documents = await applyDocumentChangelog(createSqlDocumentStore(sql), findMigrationsDir('documents'));
      if (documents.applied.length) options.logger.info({ applied: documents.applied }, 'document changes applied');
    }
  } catch (error) {
    await sql.close();
    throw error;
  }
  return { sql, close: () => sql.close() };
}
