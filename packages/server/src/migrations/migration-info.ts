import type { Sql } from '../adapters/sql/sql.js';
import type { MigrationOptions } from './migrate.js';
import { compareVersions, resolveMigrations } from './resolve-migrations.js';
import { readHistory } from './schema-history.js';

/** Flyway's migration states as `flyway info` prints them. */
export type MigrationState =
  | 'Success'
  | 'Failed'
  | 'Pending'
  | 'Ignored'
  | 'Missing'
  | 'Outdated'
  | 'Future'
  | 'Baseline'
  | 'Below Baseline';

/** One line of `migrate info`. */
export interface MigrationInfoRow {
  readonly version: string | null;
  readonly description: string;
  readonly type: string;
  readonly script: string;
  readonly state: MigrationState;
  /** The checksum of the file on disk (null when it has no file). */
  readonly checksum: number | null;
  /** The checksum recorded when it was applied (null when not applied). */
  readonly appliedChecksum: number | null;
  readonly installedOn: Date | null;
  readonly executionTime: number | null;
}

const parts = (version: string) => version.split('.').map(BigInt);

/** Lists every applied and every resolved migration with its Flyway state, in Flyway's order. */
export async function migrationInfo(sql: Sql, options: MigrationOptions): Promise<MigrationInfoRow[]> {
  const resolved = resolveMigrations(options.dir);
  const history = await readHistory(sql);
  const rows: MigrationInfoRow[] = [];
  const baseline = history.find((row) => row.type === 'BASELINE' && row.version !== null)?.version ?? null;
  let top: bigint[] | null = null;
  for (const row of history) {
    if (row.success && row.version !== null && (!top || compareVersions(parts(row.version), top) > 0)) {
      top = parts(row.version);
    }
  }
  let latest: bigint[] | null = null;
  for (const m of resolved)
    if (m.versionParts && (!latest || compareVersions(m.versionParts, latest) > 0)) latest = [...m.versionParts];
  for (const row of history) {
    const file =
      row.version === null
        ? resolved.find((m) => m.repeatable && m.description === row.description)
        : resolved.find((m) => m.versionParts && compareVersions(m.versionParts, parts(row.version!)) === 0);
    let state: MigrationState = row.success ? 'Success' : 'Failed';
    if (row.type === 'BASELINE') state = 'Baseline';
    else if (!file && row.version !== null && (!latest || compareVersions(parts(row.version), latest) > 0))
      state = 'Future';
    else if (!file) state = 'Missing';
    else if (row.version === null && file.checksum !== row.checksum) state = 'Outdated';
    rows.push({
      version: row.version,
      description: row.description,
      type: row.type,
      script: row.script,
      state,
      checksum: file?.checksum ?? null,
      appliedChecksum: row.checksum,
      installedOn: row.installed_on,
      executionTime: row.execution_time,
    });
  }
  for (const migration of resolved) {
    if (migration.repeatable) {
      if (history.some((row) => row.version === null && row.description === migration.description)) continue;
    } else if (
      history.some((row) => row.version !== null && compareVersions(parts(row.version), migration.versionParts!) === 0)
    ) {
      continue;
    }
    let state: MigrationState = 'Pending';
    if (!migration.repeatable && baseline && compareVersions(migration.versionParts!, parts(baseline)) <= 0) {
      state = 'Below Baseline';
    } else if (
      !migration.repeatable &&
      top &&
      !options.outOfOrder &&
      compareVersions(migration.versionParts!, top) < 0
    ) {
      state = 'Ignored';
    }
    rows.push({
      version: migration.version,
      description: migration.description,
      type: 'SQL',
      script: migration.script,
      state,
      checksum: migration.checksum,
      appliedChecksum: null,
      installedOn: null,
      executionTime: null,
    });
  }
  return rows;
}
