/** The result of one statement: typed rows and how many rows it touched. */
export interface QueryResult<Row> {
  readonly rows: Row[];
  readonly rowCount: number;
}

/** Something that runs parameterised SQL ($1, $2 …): a connection pool, a PGlite database or an open transaction. */
export interface Queryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
}

/** An open transaction; statements run on one connection and commit or roll back together. */
export interface SqlTransaction extends Queryable {
  /** Library-specific handle for code that must join this transaction (pg-boss `send({ db })`). */
  readonly raw: unknown;
  /** Runs several statements separated by semicolons without parameters, inside this transaction. */
  exec(text: string): Promise<void>;
  /**
   * Queues `task` to run after this transaction commits (never when it rolls back): for Redis caches and sorted sets
   * that must only ever reflect committed rows. A failing task never undoes the commit; the port reports it.
   */
  afterCommit(task: () => unknown): void;
}

/**
 * The relational storage port. Two real implementations: PostgreSQL via `pg` (DATABASE_URL) and PGlite in a data
 * directory (the embedded default). Plain SQL with typed rows everywhere.
 */
export interface Sql extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** The library handle: a `pg` Pool or a PGlite instance (pg-boss `fromPglite`, LISTEN/NOTIFY). */
  readonly raw: unknown;
  /** Runs `fn` in a transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons without parameters (migrations). */
  exec(text: string): Promise<void>;
  close(): Promise<void>;
}
