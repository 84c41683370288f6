import type { Pool, PoolClient } from 'pg';

/** Runs parameterised SQL; the server's Sql port and an open transaction both fit. */
export interface JudgeQueryable {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<{ rows: Row[]; rowCount: number }>;
}

/** A database the judge's store can open transactions on (structurally the server's `Sql` port). */
export interface JudgeSql extends JudgeQueryable {
  transaction<T>(fn: (tx: JudgeQueryable) => Promise<T>): Promise<T>;
}

const wrapPg = (client: Pool | PoolClient): JudgeQueryable => ({
  async query<Row>(text: string, params?: readonly unknown[]) {
    const r = await client.query(text, params as unknown[] | undefined);
    return { rows: r.rows as Row[], rowCount: r.rowCount ?? 0 };
  },
});

/** A JudgeSql over a `pg` pool (the standalone worker's PostgreSQL connection). */
export function createPgJudgeSql(pool: Pool): JudgeSql {
  return {
    ...wrapPg(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(wrapPg(client));
        await client.query('COMMIT');
        return out;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

/** The slice of PGlite the judge uses. */
export interface PgliteLikeDb {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[]; affectedRows?: number }>;
  transaction<T>(
    fn: (tx: {
      query<R>(text: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows?: number }>;
    }) => Promise<T>,
  ): Promise<T>;
}

const wrapPglite = (db: Pick<PgliteLikeDb, 'query'>): JudgeQueryable => ({
  async query<Row>(text: string, params?: readonly unknown[]) {
    const r = await db.query<Row>(text, params as unknown[] | undefined);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
  },
});

/** A JudgeSql over an embedded PGlite database. */
export function createPgliteJudgeSql(db: PgliteLikeDb): JudgeSql {
  return { ...wrapPglite(db), transaction: (fn) => db.transaction((tx) => fn(wrapPglite(tx))) };
}
