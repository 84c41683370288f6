import { createPostgresSql, createScratchDatabase, findMigrationsDir, migrate, type Sql } from '@avantika/server';

// Whether PostgreSQL suites run: a visible skip outside CI, a failure with CI=true (shared with the other packages).
export { postgresAvailable } from '@avantika/server/testing';

/** A fresh database on DATABASE_URL's server: its URL for `--database-url`, a pool on it, and a close that drops it. */
export interface ScratchPostgres {
  readonly url: string;
  readonly sql: Sql;
  /** Closes the pool, then drops the database. */
  close(): Promise<void>;
}

/** Creates a scratch PostgreSQL database with the repository's migrations applied. */
export async function openScratchPostgres(): Promise<ScratchPostgres> {
  const db = await createScratchDatabase();
  const sql = createPostgresSql({ connectionString: db.url, max: 2, onClose: db.drop });
  try {
    await migrate(sql, { dir: findMigrationsDir() });
  } catch (error) {
    await sql.close();
    throw error;
  }
  return { url: db.url, sql, close: () => sql.close() };
}
