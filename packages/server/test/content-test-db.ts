import type { ProblemDocuments, Sql } from '../src/index.js';
import { createProblemDocuments, createSqlDocumentStore, openScratchSql } from '../src/index.js';

/** A migrated scratch database and its `problems` collection on the JSONB document store (same database). */
export interface ContentTestDb {
  readonly sql: Sql;
  readonly docs: ProblemDocuments;
  close(): Promise<void>;
}

/** Opens a scratch PGlite or PostgreSQL database (see openScratchSql) for content tests. */
export async function openContentTestDb(kind: 'pglite' | 'postgres'): Promise<ContentTestDb> {
  const sql = await openScratchSql(kind);
  return { sql, docs: createProblemDocuments(createSqlDocumentStore(sql), sql), close: () => sql.close() };
}
