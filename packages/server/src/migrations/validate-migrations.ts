import type { ErrorCode } from '@avantika/contract';
import type { Sql } from '../adapters/sql/sql.js';
import type { MigrationOptions } from './migrate.js';
import { MigrationError } from './migration-error.js';
import { compareVersions, type ResolvedMigration, resolveMigrations } from './resolve-migrations.js';
import { type AppliedMigration, readHistory } from './schema-history.js';

/** One problem `validate` found. */
export interface ValidationIssue {
  readonly code: ErrorCode;
  readonly script: string;
  readonly version: string | null;
  readonly message: string;
  readonly expectedChecksum?: number | null;
  readonly actualChecksum?: number | null;
}

/** The outcome of {@link validateMigrations}: ok when there are no issues. */
export interface ValidationResult {
  readonly ok: boolean;
  readonly issues: ValidationIssue[];
}

function sameVersion(row: AppliedMigration, migration: ResolvedMigration): boolean {
  return (
    row.version !== null &&
    migration.versionParts !== null &&
    compareVersions(row.version.split('.').map(BigInt), migration.versionParts) === 0
  );
}

/**
 * Checks applied history against the files: failed rows, applied versioned files that changed (both checksums) and
 * applied versions with no file. With `throwOnIssue` the first issue is thrown as a MigrationError.
 */
export function checkAppliedMigrations(
  history: readonly AppliedMigration[],
  resolved: readonly ResolvedMigration[],
  options: { throwOnIssue?: boolean } = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let latest: readonly bigint[] | null = null;
  for (const m of resolved)
    if (m.versionParts && (!latest || compareVersions(m.versionParts, latest) > 0)) latest = m.versionParts;
  for (const row of history) {
    if (row.type === 'BASELINE' || row.type === 'SCHEMA' || row.type === 'DELETE') continue;
    if (!row.success) {
      issues.push({
        code: 'MIGRATION_FAILED',
        script: row.script,
        version: row.version,
        message: `${row.script}: recorded as failed; fix it and run \`migrate repair\``,
      });
      continue;
    }
    if (row.version === null) continue; // repeatables may change freely; migrate re-runs them
    const file = resolved.find((migration) => sameVersion(row, migration));
    // Flyway's default ignoreMigrationPatterns "*:future": an applied version newer than every file (a database
    // migrated by a newer build) is not an error; a gap below the newest file is.
    const future = !file && (!latest || compareVersions(row.version.split('.').map(BigInt), latest) > 0);
    if (!file && !future) {
      issues.push({
        code: 'MIGRATION_MISSING',
        script: row.script,
        version: row.version,
        message: `${row.script}: version ${row.version} is applied but its file is gone`,
      });
    } else if (file && file.checksum !== row.checksum) {
      issues.push({
        code: 'MIGRATION_CHECKSUM_MISMATCH',
        script: file.script,
        version: row.version,
        message: `${file.script}: checksum ${file.checksum} on disk, ${row.checksum} applied`,
        expectedChecksum: row.checksum,
        actualChecksum: file.checksum,
      });
    }
  }
  const first = issues[0];
  if (options.throwOnIssue && first) {
    throw new MigrationError(first.code, first.message, {
      file: first.script,
      version: first.version,
      expectedChecksum: first.expectedChecksum ?? null,
      actualChecksum: first.actualChecksum ?? null,
    });
  }
  return issues;
}

/**
 * Flyway's `validate`: every applied file is unchanged and present, nothing failed, and no versioned file is
 * waiting to be applied (MIGRATION_PENDING). Returns the issues instead of throwing so the CLI can list them all.
 */
export async function validateMigrations(sql: Sql, options: MigrationOptions): Promise<ValidationResult> {
  const resolved = resolveMigrations(options.dir);
  const history = await readHistory(sql);
  const issues = checkAppliedMigrations(history, resolved);
  const baseline = history.find((row) => row.type === 'BASELINE')?.version ?? null;
  for (const migration of resolved) {
    if (migration.repeatable) {
      const runs = history.filter(
        (row) => row.version === null && row.success && row.description === migration.description,
      );
      if (runs.at(-1)?.checksum !== migration.checksum) {
        issues.push({
          code: 'MIGRATION_PENDING',
          script: migration.script,
          version: null,
          message: `${migration.script}: not applied in its current form`,
        });
      }
      continue;
    }
    if (baseline && compareVersions(migration.versionParts!, baseline.split('.').map(BigInt)) <= 0) continue;
    if (!history.some((row) => row.success && sameVersion(row, migration))) {
      issues.push({
        code: 'MIGRATION_PENDING',
        script: migration.script,
        version: migration.version,
        message: `${migration.script}: not applied`,
      });
    }
  }
  return { ok: issues.length === 0, issues };
}
