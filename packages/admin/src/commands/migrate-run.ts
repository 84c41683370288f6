import { existsSync } from 'node:fs';
import type { MigrationError, Sql } from '@avantika/server';
import type { AdminIo } from '../admin-io.js';
import { ExitError } from '../exit-error.js';
import { formatTable } from '../format-table.js';
import type { MigrateAction, MigrateCommandOptions } from './migrate.js';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000']);

function toExitError(error: unknown): ExitError {
  const e = error as MigrationError & { code?: string };
  if (e instanceof Error && typeof e.code === 'string') {
    if (e.code === 'MIGRATIONS_DIR_NOT_FOUND') return new ExitError(5, e.message, { code: e.code, cause: e });
    if (e.code.startsWith('MIGRATION')) {
      const hint =
        e.code === 'MIGRATION_CHECKSUM_MISMATCH'
          ? 'restore the applied file, or run `avantika-admin migrate repair` if the change was deliberate'
          : undefined;
      return new ExitError(1, e.message, { code: e.code, cause: e, ...(hint ? { hint } : {}) });
    }
    if (NETWORK_CODES.has(e.code)) {
      return new ExitError(4, `cannot reach the database: ${e.message}`, { code: 'UNAVAILABLE', cause: e });
    }
  }
  const code = typeof e?.code === 'string' && /^[A-Z_]+$/.test(e.code) ? e.code : 'INTERNAL';
  return new ExitError(1, (error as Error)?.message ?? String(error), { code, cause: error });
}

function printJson(io: AdminIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Runs one `migrate` subcommand against the chosen database and prints a table or JSON. */
export async function runMigrate(action: MigrateAction, options: MigrateCommandOptions, io: AdminIo): Promise<void> {
  const server = await import('@avantika/server');
  const databaseUrl = options.databaseUrl ?? io.env.DATABASE_URL;
  let sql: Sql | undefined;
  try {
    const dir = options.dir ?? server.findMigrationsDir();
    if (!existsSync(dir))
      throw new ExitError(5, `no migrations folder at ${dir}`, { code: 'MIGRATIONS_DIR_NOT_FOUND' });
    sql = await server.openSql({ databaseUrl, dataDir: options.dataDir ?? server.resolveDataDir(io.env) });
    const common = { dir, ...(options.outOfOrder ? { outOfOrder: true } : {}) };
    if (action === 'up') {
      const result = await server.migrate(sql, common);
      if (options.json) return printJson(io, result);
      io.stdout(
        result.applied.length === 0
          ? `Schema is up to date (version ${result.currentVersion ?? 'none'}).\n`
          : formatTable(
              ['version', 'description', 'script', 'ms'],
              result.applied.map((a) => [
                a.version ?? '(repeatable)',
                a.description,
                a.script,
                String(a.executionTime),
              ]),
            ) + `Applied ${result.applied.length} migration(s); now at version ${result.currentVersion}.\n`,
      );
    } else if (action === 'info') {
      const rows = await server.migrationInfo(sql, common);
      if (options.json) return printJson(io, rows);
      io.stdout(
        formatTable(
          ['version', 'description', 'type', 'installed on', 'state'],
          rows.map((r) => [
            r.version ?? '',
            r.description,
            r.type,
            r.installedOn ? r.installedOn.toISOString().replace('T', ' ').slice(0, 19) : '',
            r.state,
          ]),
        ),
      );
    } else if (action === 'validate') {
      const result = await server.validateMigrations(sql, common);
      if (options.json) printJson(io, result);
      else if (result.ok) io.stdout('Validated: every applied migration matches its file and nothing is pending.\n');
      else
        io.stdout(
          formatTable(
            ['code', 'script', 'detail'],
            result.issues.map((i) => [i.code, i.script, i.message]),
          ),
        );
      if (!result.ok) {
        throw new ExitError(1, `validation found ${result.issues.length} issue(s)`, {
          code: result.issues[0]!.code,
          hint: 'run `avantika-admin migrate up` for pending files; `migrate repair` for deliberate edits',
        });
      }
    } else if (action === 'repair') {
      const result = await server.repairMigrations(sql, common);
      if (options.json) return printJson(io, result);
      io.stdout(
        `Removed ${result.removedFailed.length} failed row(s); realigned ${result.realigned.length} checksum(s).\n` +
          result.realigned.map((r) => `  ${r.script}: ${r.from} -> ${r.to}\n`).join(''),
      );
    } else {
      const result = await server.baselineMigrations(sql, { version: options.version ?? '1' });
      if (options.json) return printJson(io, result);
      io.stdout(`Baselined at version ${result.version}.\n`);
    }
  } catch (error) {
    if (error instanceof ExitError) throw error;
    throw toExitError(error);
  } finally {
    await sql?.close();
  }
}
