import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { type AfterCommitTask, runAfterCommit } from './after-commit.js';
import type { QueryResult, Sql, SqlTransaction } from './sql.js';

/** The contrib extensions every embedded database loads (the seed uses gen_random_uuid, search uses pg_trgm). */
export const pgliteExtensions = { pg_trgm, pgcrypto, uuid_ossp };

/** Options for the embedded PGlite implementation of the Sql port. */
export interface PgliteSqlOptions {
  /** A directory for the database files; omitted means in memory. */
  readonly dataDir?: string;
  /** A tarball from `dumpDataDir` to start from (scratch databases clone a migrated template this way). */
  readonly loadDataDir?: Blob;
  readonly onClose?: () => Promise<void>;
}

// DATE as 'YYYY-MM-DD', like the pg adapter, so streak days never shift with the process time zone.
const parsers = { [types.DATE]: (value: string) => value };

// Like pg's rowCount: rows returned for a statement with a result set, rows touched otherwise.
function toResult<Row>(result: { rows: unknown[]; fields: unknown[]; affectedRows?: number }): QueryResult<Row> {
  const rowCount = result.fields.length > 0 ? result.rows.length : (result.affectedRows ?? 0);
  return { rows: result.rows as Row[], rowCount };
}

/** Starts a PGlite instance with the contrib extensions loadable. */
export async function startPglite(options: PgliteSqlOptions = {}): Promise<PGlite> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: pgliteExtensions,
    parsers,
  });
  // The extensions are loadable here; V1__ runs CREATE EXTENSION for them on both implementations.
  return db;
}

/**
 * Wraps a PGlite instance as the Sql port. PGlite is one connection: its own transaction lock makes every top-level
 * query (ours and pg-boss's alike, since both go through the same instance) wait while a transaction is open, so
 * statements from concurrent callers never land inside someone else's transaction. Calling `sql.query` from inside
 * `sql.transaction` (instead of `tx.query`) therefore waits forever; always use the transaction handle.
 */
export function wrapPglite(db: PGlite, onClose?: () => Promise<void>): Sql {
  let closed = false;
  return {
    kind: 'pglite',
    raw: db,
    async query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]) {
      return toResult<Row>(await db.query(text, params as unknown[] | undefined));
    },
    async exec(text: string) {
      await db.exec(text);
    },
    async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
      const afterCommit: AfterCommitTask[] = [];
      const value = await db.transaction(async (inner) => {
        const tx: SqlTransaction = {
          raw: inner,
          async query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]) {
            return toResult<Row>(await inner.query(text, params as unknown[] | undefined));
          },
          async exec(text: string) {
            await inner.exec(text);
          },
          afterCommit(task) {
            afterCommit.push(task);
          },
        };
        return fn(tx);
      });
      // After db.transaction resolves the COMMIT has run and PGlite's lock is free, so tasks may query again.
      await runAfterCommit(afterCommit);
      return value;
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
      await onClose?.();
    },
  };
}

/** Opens the embedded Sql port on PGlite, in a data directory or in memory. */
export async function createPgliteSql(options: PgliteSqlOptions = {}): Promise<Sql> {
  return wrapPglite(await startPglite(options), options.onClose);
}
