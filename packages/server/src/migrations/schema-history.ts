import type { Queryable, Sql } from '../adapters/sql/sql.js';

/** One row of `flyway_schema_history`, with Flyway's column names. */
export interface AppliedMigration {
  readonly installed_rank: number;
  readonly version: string | null;
  readonly description: string;
  readonly type: string;
  readonly script: string;
  readonly checksum: number | null;
  readonly installed_by: string;
  readonly installed_on: Date;
  readonly execution_time: number;
  readonly success: boolean;
}

/** Flyway's default history table name; real Flyway finds our rows there. */
export const HISTORY_TABLE = 'flyway_schema_history';

// Any fixed number works as long as every runner uses the same one; this one spells "AVNT".
const LOCK_KEY = 0x41564e54;

/** Takes the transaction-scoped advisory lock every migration runner serialises on (released at COMMIT/ROLLBACK). */
export async function lockHistory(tx: Queryable): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
}

// Flyway's own PostgreSQL DDL (createMetaDataTable.sql), so Flyway accepts the table as its own.
const CREATE_HISTORY = `
CREATE TABLE IF NOT EXISTS "${HISTORY_TABLE}" (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INTEGER,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL,
    CONSTRAINT "${HISTORY_TABLE}_pk" PRIMARY KEY ("installed_rank")
);
CREATE INDEX IF NOT EXISTS "${HISTORY_TABLE}_s_idx" ON "${HISTORY_TABLE}" ("success");`;

/** True when the history table exists in the current schema. */
export async function historyExists(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS "exists"', [
    HISTORY_TABLE,
  ]);
  return rows[0]?.exists === true;
}

/** Creates the history table once; concurrent runners serialise on the advisory lock so only one creates it. */
export async function ensureHistory(sql: Sql): Promise<void> {
  if (await historyExists(sql)) return;
  await sql.transaction(async (tx) => {
    await lockHistory(tx);
    await tx.exec(CREATE_HISTORY);
  });
}

/** Reads the history in installed order; an absent table reads as empty. */
export async function readHistory(db: Queryable): Promise<AppliedMigration[]> {
  if (!(await historyExists(db))) return [];
  const { rows } = await db.query<AppliedMigration>(`SELECT * FROM "${HISTORY_TABLE}" ORDER BY installed_rank`);
  return rows;
}

/** Appends one history row with the next installed_rank (call inside the locked transaction). */
export async function insertHistory(
  tx: Queryable,
  row: Pick<AppliedMigration, 'version' | 'description' | 'type' | 'script' | 'checksum' | 'execution_time'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO "${HISTORY_TABLE}"
       (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
     SELECT COALESCE(MAX(installed_rank), 0) + 1, $1, $2, $3, $4, $5, current_user, $6, true FROM "${HISTORY_TABLE}"`,
    [row.version, row.description, row.type, row.script, row.checksum, row.execution_time],
  );
}
