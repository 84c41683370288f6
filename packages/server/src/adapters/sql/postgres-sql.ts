import pg from 'pg';
import { type AfterCommitTask, runAfterCommit } from './after-commit.js';
import type { QueryResult, Sql, SqlTransaction } from './sql.js';

const { Pool, types } = pg;

// Same row shapes on both implementations: int8 (count(*)) as a number like PGlite, DATE as 'YYYY-MM-DD'
// instead of a local-midnight Date, numeric stays a string (exact decimals).
const typeParsers: Record<number, (value: string) => unknown> = {
  20: (value) => Number(value),
  1082: (value) => value,
};

function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  return typeParsers[oid] ?? (types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown);
}

/** Options for the PostgreSQL implementation of the Sql port. */
export interface PostgresSqlOptions {
  readonly connectionString: string;
  /** Pool size; the default (10) suits one server process. */
  readonly max?: number;
  /** Runs when the last reference closes (scratch databases drop themselves here). */
  readonly onClose?: () => Promise<void>;
}

function toResult<Row>(result: pg.QueryResult): QueryResult<Row> {
  return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
}

/** Opens the Sql port on a `pg` connection pool. */
export function createPostgresSql(options: PostgresSqlOptions): Sql {
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    types: { getTypeParser } as pg.CustomTypesConfig,
  });
  // An idle client that loses its connection emits on the pool; without a listener Node would crash the process.
  pool.on('error', () => {});
  let closed = false;
  return {
    kind: 'postgres',
    raw: pool,
    async query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]) {
      return toResult<Row>(await pool.query(text, params as unknown[] | undefined));
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let released = false;
      try {
        await client.query('BEGIN');
        const afterCommit: AfterCommitTask[] = [];
        const tx: SqlTransaction = {
          raw: client,
          async query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]) {
            return toResult<Row>(await client.query(text, params as unknown[] | undefined));
          },
          async exec(text: string) {
            await client.query(text);
          },
          afterCommit(task) {
            afterCommit.push(task);
          },
        };
        const value = await fn(tx);
        await client.query('COMMIT');
        client.release();
        released = true;
        await runAfterCommit(afterCommit);
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {
          // The connection may already be broken; the original error is the one worth reporting.
        });
        throw error;
      } finally {
        if (!released) client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
      await options.onClose?.();
    },
  };
}
