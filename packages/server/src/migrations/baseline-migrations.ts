import type { Sql } from '../adapters/sql/sql.js';
import { withMigrationMutex } from './migrate.js';
import { MigrationError } from './migration-error.js';
import { ensureHistory, HISTORY_TABLE, insertHistory, lockHistory } from './schema-history.js';

/** Options for {@link baselineMigrations}. */
export interface BaselineOptions {
  /** The version to mark as already applied (Flyway's default is 1). */
  readonly version?: string;
  readonly description?: string;
}

/**
 * Flyway's `baseline`: marks an existing database as being at `version` so migrate applies only later files.
 * Refused (MIGRATION_BASELINE_REFUSED) when the history already has rows.
 */
export async function baselineMigrations(sql: Sql, options: BaselineOptions = {}): Promise<{ version: string }> {
  const version = options.version ?? '1';
  if (!/^[0-9]+(?:[._][0-9]+)*$/.test(version)) {
    throw new MigrationError('MIGRATION_BASELINE_REFUSED', `not a Flyway version: ${version}`, { version });
  }
  return withMigrationMutex(sql, async () => {
    await ensureHistory(sql);
    return sql.transaction(async (tx) => {
      await lockHistory(tx);
      const { rows } = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${HISTORY_TABLE}"`);
      if ((rows[0]?.n ?? 0) > 0) {
        throw new MigrationError('MIGRATION_BASELINE_REFUSED', 'the schema history is not empty', { version });
      }
      const description = options.description ?? '<< Flyway Baseline >>';
      await insertHistory(tx, {
        version: version.replaceAll('_', '.'),
        description,
        type: 'BASELINE',
        script: description,
        checksum: null,
        execution_time: 0,
      });
      return { version: version.replaceAll('_', '.') };
    });
  });
}
