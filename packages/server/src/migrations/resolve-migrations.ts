import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flywayChecksum } from './flyway-checksum.js';
import { MigrationError } from './migration-error.js';

/** A migration script found on disk, with Flyway's version, description, type and checksum. */
export interface ResolvedMigration {
  /** `null` for repeatable (`R__`) migrations. */
  readonly version: string | null;
  readonly versionParts: readonly bigint[] | null;
  readonly description: string;
  readonly script: string;
  readonly checksum: number;
  readonly sql: string;
  readonly path: string;
  readonly repeatable: boolean;
}

const VERSIONED = /^V([0-9]+(?:[._][0-9]+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;

/** Compares two Flyway versions part by part; missing trailing parts count as 0 (so 1 equals 1.0). */
export function compareVersions(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Parses a Flyway version string (`2.1`, `2_1`, `10`) into numeric parts. */
export function parseVersion(text: string): bigint[] {
  return text.split(/[._]/).map((part) => BigInt(part));
}

/**
 * Parses one file name as Flyway does: `V<version>__<description>.sql` (version parts separated by `.` or `_`, so
 * `V2_1__x.sql` is version 2.1) or `R__<description>.sql`. Returns null for a name Flyway would not accept.
 */
export function parseMigrationName(
  name: string,
): { version: string | null; versionParts: bigint[] | null; description: string } | null {
  const versioned = VERSIONED.exec(name);
  if (versioned) {
    const version = versioned[1]!.replaceAll('_', '.');
    return { version, versionParts: parseVersion(version), description: versioned[2]!.replaceAll('_', ' ') };
  }
  const repeatable = REPEATABLE.exec(name);
  if (repeatable) return { version: null, versionParts: null, description: repeatable[1]!.replaceAll('_', ' ') };
  return null;
}

/**
 * Reads every `.sql` file in `dir`: versioned ones sorted by version, then repeatables sorted by description.
 * A `.sql` file whose name Flyway would not accept, or two files with the same version, is an error naming the file;
 * other files (README.md) are ignored.
 */
export function resolveMigrations(dir: string): ResolvedMigration[] {
  const versioned: ResolvedMigration[] = [];
  const repeatable: ResolvedMigration[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.toLowerCase().endsWith('.sql')) continue;
    const parsed = parseMigrationName(name);
    if (!parsed) {
      throw new MigrationError(
        'MIGRATION_FILE_INVALID',
        `${name}: not a Flyway migration name (expected V<version>__<description>.sql or R__<description>.sql)`,
        { file: name },
      );
    }
    const path = join(dir, name);
    const bytes = readFileSync(path);
    let sql = bytes.toString('utf8');
    if (sql.charCodeAt(0) === 0xfeff) sql = sql.slice(1);
    const migration: ResolvedMigration = {
      ...parsed,
      script: name,
      checksum: flywayChecksum(bytes),
      sql,
      path,
      repeatable: parsed.version === null,
    };
    (migration.repeatable ? repeatable : versioned).push(migration);
  }
  versioned.sort((a, b) => compareVersions(a.versionParts!, b.versionParts!));
  for (let i = 1; i < versioned.length; i++) {
    const [prev, next] = [versioned[i - 1]!, versioned[i]!];
    if (compareVersions(prev.versionParts!, next.versionParts!) === 0) {
      throw new MigrationError(
        'MIGRATION_FILE_INVALID',
        `${next.script}: version ${next.version} is also used by ${prev.script}`,
        { file: next.script, version: next.version },
      );
    }
  }
  repeatable.sort((a, b) => (a.description < b.description ? -1 : a.description > b.description ? 1 : 0));
  return [...versioned, ...repeatable];
}
