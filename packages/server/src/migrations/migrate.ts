import { Mutex } from '../adapters/sql/mutex.js';
import type { Sql } from '../adapters/sql/sql.js';
import { MigrationError } from './migration-error.js';
import { compareVersions, type ResolvedMigration, resolveMigrations } from './resolve-migrations.js';
import { type AppliedMigration, ensureHistory, insertHistory, lockHistory, readHistory } from './schema-history.js';
import { lineOfPosition, splitStatements } from './split-statements.js';
import { checkAppliedMigrations } from './validate-migrations.js';

/** Options shared by migrate, info, validate, repair and baseline. */
export interface MigrationOptions {
  /** The folder of `V…__….sql` files; default {@link findMigrationsDir}. */
  readonly dir: string;
  /** Apply pending versions lower than the latest applied one too (Flyway's `outOfOrder`; default false). */
  readonly outOfOrder?: boolean;
}

/** One migration applied by a run. */
export interface AppliedScript {
  readonly version: string | null;
  readonly description: string;
  readonly script: string;
  readonly executionTime: number;
}

/** What `migrate` did. */
export interface MigrateResult {
  readonly applied: AppliedScript[];
  /** The highest applied version after the run, or null on an empty history. */
  readonly currentVersion: string | null;
}

// Runners in one process (several PGlite callers share one connection) queue here before the advisory lock.
const processMutexes = new WeakMap<object, Mutex>();

function mutexFor(sql: Sql): Mutex {
  const key = (sql.raw as object | null) ?? sql;
  let mutex = processMutexes.get(key);
  if (!mutex) {
    mutex = new Mutex();
    processMutexes.set(key, mutex);
  }
  return mutex;
}

/** Runs `fn` under the in-process migration mutex of this database. */
export function withMigrationMutex<T>(sql: Sql, fn: () => Promise<T>): Promise<T> {
  return mutexFor(sql).run(fn);
}

function isApplied(history: readonly AppliedMigration[], migration: ResolvedMigration): boolean {
  if (!migration.repeatable) {
    return history.some(
      (row) =>
        row.success &&
        row.version !== null &&
        compareVersions(row.version.split('.').map(BigInt), migration.versionParts!) === 0,
    );
  }
  // A repeatable migration re-runs whenever its checksum differs from its latest applied run.
  const runs = history.filter(
    (row) => row.version === null && row.success && row.description === migration.description,
  );
  return runs.at(-1)?.checksum === migration.checksum;
}

function highestVersion(history: readonly AppliedMigration[]): bigint[] | null {
  let best: bigint[] | null = null;
  for (const row of history) {
    if (!row.success || row.version === null) continue;
    const parts = row.version.split('.').map(BigInt);
    if (!best || compareVersions(parts, best) > 0) best = parts;
  }
  return best;
}

async function applyOne(sql: Sql, migration: ResolvedMigration): Promise<AppliedScript | null> {
  return sql.transaction(async (tx) => {
    await lockHistory(tx);
    // Another runner may have applied this file while we waited for the lock; re-check under it.
    if (isApplied(await readHistory(tx), migration)) return null;
    const started = performance.now();
    for (const statement of splitStatements(migration.sql)) {
      try {
        await tx.exec(statement.text);
      } catch (error) {
        const db = error as { message?: string; position?: string | number };
        const line = statement.line + lineOfPosition(statement.text, Number(db.position) || undefined);
        throw new MigrationError(
          'MIGRATION_FAILED',
          `${migration.script}, line ${line}: ${db.message ?? String(error)}`,
          { file: migration.script, line, version: migration.version, databaseMessage: db.message ?? String(error) },
          { cause: error },
        );
      }
    }
    const executionTime = Math.round(performance.now() - started);
    await insertHistory(tx, {
      version: migration.version,
      description: migration.description,
      type: 'SQL',
      script: migration.script,
      checksum: migration.checksum,
      execution_time: executionTime,
    });
    return { version: migration.version, description: migration.description, script: migration.script, executionTime };
  });
}

/**
 * Applies pending migrations, each file in its own transaction under the advisory lock: a failing file rolls back
 * completely, leaves no history row and throws MIGRATION_FAILED naming the file, the line and the database's message.
 * Applied files are validated first (MIGRATION_CHECKSUM_MISMATCH, MIGRATION_MISSING).
 */
export async function migrate(sql: Sql, options: MigrationOptions): Promise<MigrateResult> {
  const resolved = resolveMigrations(options.dir);
  return withMigrationMutex(sql, async () => {
    await ensureHistory(sql);
    const history = await readHistory(sql);
    checkAppliedMigrations(history, resolved, { throwOnIssue: true });
    const top = highestVersion(history);
    const baseline = history.find((row) => row.type === 'BASELINE' && row.version !== null)?.version;
    const baselineParts = baseline ? baseline.split('.').map(BigInt) : null;
    const applied: AppliedScript[] = [];
    for (const migration of resolved) {
      if (isApplied(history, migration)) continue;
      if (!migration.repeatable && baselineParts && compareVersions(migration.versionParts!, baselineParts) <= 0)
        continue;
      // Flyway skips (reports as ignored) versions below the latest applied unless outOfOrder is on.
      if (!migration.repeatable && top && !options.outOfOrder && compareVersions(migration.versionParts!, top) < 0) {
        continue;
      }
      const result = await applyOne(sql, migration);
      if (result) applied.push(result);
    }
    const after = highestVersion(await readHistory(sql));
    return { applied, currentVersion: after ? after.join('.') : null };
  });
}
