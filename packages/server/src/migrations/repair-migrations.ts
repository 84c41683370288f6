import type { Sql } from '../adapters/sql/sql.js';
import { type MigrationOptions, withMigrationMutex } from './migrate.js';
import { compareVersions, resolveMigrations } from './resolve-migrations.js';
import { ensureHistory, HISTORY_TABLE, lockHistory, readHistory } from './schema-history.js';

/** What `repair` changed. */
export interface RepairResult {
  /** Scripts whose failed history rows were removed. */
  readonly removedFailed: string[];
  /** Applied versioned scripts whose recorded checksum (and description) now match the file. */
  readonly realigned: { script: string; from: number | null; to: number }[];
}

/**
 * Flyway's `repair`: removes failed rows and realigns recorded checksums and descriptions with the files on disk,
 * for when a change to an applied file was deliberate (a comment, whitespace). Runs in one locked transaction.
 */
export async function repairMigrations(sql: Sql, options: MigrationOptions): Promise<RepairResult> {
  const resolved = resolveMigrations(options.dir);
  return withMigrationMutex(sql, async () => {
    await ensureHistory(sql);
    return sql.transaction(async (tx) => {
      await lockHistory(tx);
      const history = await readHistory(tx);
      const removedFailed: string[] = [];
      const realigned: RepairResult['realigned'] = [];
      for (const row of history) {
        if (!row.success) {
          await tx.query(`DELETE FROM "${HISTORY_TABLE}" WHERE installed_rank = $1`, [row.installed_rank]);
          removedFailed.push(row.script);
          continue;
        }
        if (row.version === null || row.type === 'BASELINE') continue;
        const parts = row.version.split('.').map(BigInt);
        const file = resolved.find((m) => m.versionParts && compareVersions(m.versionParts, parts) === 0);
        if (file && (file.checksum !== row.checksum || file.description !== row.description)) {
          await tx.query(`UPDATE "${HISTORY_TABLE}" SET checksum = $1, description = $2 WHERE installed_rank = $3`, [
            file.checksum,
            file.description,
            row.installed_rank,
          ]);
          realigned.push({ script: file.script, from: row.checksum, to: file.checksum });
        }
      }
      return { removedFailed, realigned };
    });
  });
}
