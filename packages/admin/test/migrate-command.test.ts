import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createPostgresSql, createScratchDatabase, findMigrationsDir, resolveMigrations } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand as admin, captureIo } from './support/capture-io.js';
import { postgresAvailable } from './support/scratch-postgres.js';

const run = promisify(execFile);
const hooks = fileURLToPath(new URL('./support/ts-hooks.mjs', import.meta.url));
const bin = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

const hasPostgres = (await postgresAvailable()).ok;

describe('avantika-admin migrate', () => {
  it('lists the migrate command in --help and exits 0', async () => {
    const io = captureIo();
    expect(await admin(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^\s+migrate\b/m);
  });

  it('exits 2 on an unknown subcommand or option', async () => {
    expect(await admin(['migrate', 'sideways'], captureIo())).toBe(2);
    expect(await admin(['migrate', 'up', '--bogus'], captureIo())).toBe(2);
  });

  it('exits 5 when the migrations folder does not exist', async () => {
    const io = captureIo();
    expect(await admin(['migrate', 'info', '--dir', '/nonexistent/migrations', '--data-dir', tmpdir()], io)).toBe(5);
  });

  describe.skipIf(!hasPostgres)('on PostgreSQL', () => {
    let db: { url: string; drop: () => Promise<void> };
    beforeAll(async () => {
      db = await createScratchDatabase();
    });
    afterAll(async () => {
      await db?.drop();
    });

    it('applies the repository migrations once even when two processes run `migrate up` at the same time', async () => {
      const args = [
        '--disable-warning=ExperimentalWarning',
        '--import',
        hooks,
        bin,
        'migrate',
        'up',
        '--json',
        '--database-url',
        db.url,
      ];
      const [a, b] = await Promise.all([run(process.execPath, args), run(process.execPath, args)]);
      const applied = [a, b].flatMap((r) => (JSON.parse(r.stdout) as { applied: { script: string }[] }).applied);
      const expected = resolveMigrations(findMigrationsDir()).map((m) => m.script);
      expect(applied.map((x) => x.script).sort()).toEqual([...expected].sort());
      const sql = createPostgresSql({ connectionString: db.url, max: 1 });
      try {
        const { rows } = await sql.query<{ script: string; n: number }>(
          'SELECT script, count(*)::int AS n FROM flyway_schema_history GROUP BY script',
        );
        expect(rows.length).toBe(expected.length);
        expect(rows.every((r) => r.n === 1)).toBe(true);
      } finally {
        await sql.close();
      }
      // Each child compiles the workspace's TypeScript sources on start: ~30 s on a loaded 2-core machine.
    }, 120_000);

    it('prints info as JSON and validates clean, then exits 1 with the code when an applied file changed', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'avantika-admin-mig-'));
      cpSync(findMigrationsDir(), dir, { recursive: true });
      const info = captureIo();
      expect(await admin(['migrate', 'info', '--json', '--database-url', db.url, '--dir', dir], info)).toBe(0);
      const rows = JSON.parse(info.out()) as { state: string }[];
      expect(rows.every((r) => r.state === 'Success')).toBe(true);
      expect(await admin(['migrate', 'validate', '--database-url', db.url, '--dir', dir], captureIo())).toBe(0);
      writeFileSync(join(dir, 'V1__users_auth_and_tenants.sql'), '-- edited\n', { flag: 'a' });
      const bad = captureIo();
      expect(await admin(['migrate', 'validate', '--json', '--database-url', db.url, '--dir', dir], bad)).toBe(1);
      const report = JSON.parse(bad.out()) as {
        issues: { code: string; expectedChecksum: number; actualChecksum: number }[];
      };
      expect(report.issues[0]?.code).toBe('MIGRATION_CHECKSUM_MISMATCH');
      expect(report.issues[0]?.expectedChecksum).not.toBe(report.issues[0]?.actualChecksum);
      rmSync(dir, { recursive: true, force: true });
    });
  });

  it('migrates the embedded PGlite database in --data-dir and reports every file applied', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'avantika-admin-data-'));
    try {
      const up = captureIo();
      expect(await admin(['migrate', 'up', '--json', '--data-dir', dataDir], up)).toBe(0);
      const expected = resolveMigrations(findMigrationsDir()).map((m) => m.script);
      expect((JSON.parse(up.out()) as { applied: { script: string }[] }).applied.map((a) => a.script)).toEqual(
        expected,
      );
      const info = captureIo();
      expect(await admin(['migrate', 'info', '--json', '--data-dir', dataDir], info)).toBe(0);
      expect((JSON.parse(info.out()) as { state: string }[]).map((r) => r.state)).toEqual(
        expected.map(() => 'Success'),
      );
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('exits 4 when the database cannot be reached', async () => {
    const io = captureIo();
    expect(await admin(['migrate', 'info', '--database-url', 'postgres://nobody@127.0.0.1:1/none'], io)).toBe(4);
  });
});
