import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  baselineMigrations,
  createPostgresSql,
  createScratchDatabase,
  flywayChecksum,
  type MigrationError,
  migrate,
  migrationInfo,
  openSql,
  repairMigrations,
  type Sql,
  validateMigrations,
} from '@avantika/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable } from './support/postgres-available.js';

const pgState = await postgresAvailable();

const createdDirs: string[] = [];

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'avantika-mig-'));
  createdDirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function caught(promise: Promise<unknown>): Promise<MigrationError> {
  try {
    await promise;
  } catch (error) {
    return error as MigrationError;
  }
  throw new Error('expected a rejection');
}

const openers = {
  pglite: async () => ({ sql: await openSql({ memory: true }), drop: async () => {} }),
  postgres: async () => {
    const scratch = await createScratchDatabase();
    return { sql: createPostgresSql({ connectionString: scratch.url, max: 4 }), drop: scratch.drop };
  },
};

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pgState.ok)(`migration runner on ${kind}`, () => {
    let sql: Sql;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      ({ sql, drop } = await openers[kind]());
    });
    afterAll(async () => {
      await sql?.close();
      await drop?.();
    });
    beforeEach(async () => {
      // One database per file; each test starts from an empty public schema.
      await sql.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    });

    it('applies files in Flyway version order and records Flyway history rows', async () => {
      const dir = migrationsDir({
        'V10__ten.sql': 'CREATE TABLE ten (id INT);',
        'V1__one.sql': 'CREATE TABLE one (id INT);',
        'V1.1__one_point_one.sql': 'CREATE TABLE one_one (id INT);',
        'V2_1__two_point_one.sql': 'CREATE TABLE two_one (id INT);\r\n',
        'README.md': 'not a migration',
      });
      const result = await migrate(sql, { dir });
      expect(result.applied.map((a) => a.version)).toEqual(['1', '1.1', '2.1', '10']);
      expect(result.currentVersion).toBe('10');
      const { rows } = await sql.query<{
        installed_rank: number;
        version: string;
        description: string;
        type: string;
        script: string;
        checksum: number;
        success: boolean;
      }>(
        'SELECT installed_rank, version, description, type, script, checksum, success FROM flyway_schema_history ORDER BY 1',
      );
      expect(rows.map((r) => [r.installed_rank, r.version, r.description, r.type, r.script, r.success])).toEqual([
        [1, '1', 'one', 'SQL', 'V1__one.sql', true],
        [2, '1.1', 'one point one', 'SQL', 'V1.1__one_point_one.sql', true],
        [3, '2.1', 'two point one', 'SQL', 'V2_1__two_point_one.sql', true],
        [4, '10', 'ten', 'SQL', 'V10__ten.sql', true],
      ]);
      expect(rows[2]!.checksum).toBe(flywayChecksum('CREATE TABLE two_one (id INT);'));
      expect((await migrate(sql, { dir })).applied).toEqual([]);
    });

    it("creates flyway_schema_history with Flyway's exact columns and types", async () => {
      await migrate(sql, { dir: migrationsDir({}) });
      const { rows } = await sql.query<{
        column_name: string;
        data_type: string;
        len: number | null;
        nullable: string;
      }>(
        `SELECT column_name, data_type, character_maximum_length AS len, is_nullable AS nullable
           FROM information_schema.columns WHERE table_name = 'flyway_schema_history' ORDER BY ordinal_position`,
      );
      expect(rows.map((r) => [r.column_name, r.data_type, r.len, r.nullable])).toEqual([
        ['installed_rank', 'integer', null, 'NO'],
        ['version', 'character varying', 50, 'YES'],
        ['description', 'character varying', 200, 'NO'],
        ['type', 'character varying', 20, 'NO'],
        ['script', 'character varying', 1000, 'NO'],
        ['checksum', 'integer', null, 'YES'],
        ['installed_by', 'character varying', 100, 'NO'],
        ['installed_on', 'timestamp without time zone', null, 'NO'],
        ['execution_time', 'integer', null, 'NO'],
        ['success', 'boolean', null, 'NO'],
      ]);
    });

    it('refuses a misnamed .sql file or a duplicated version, naming the file, and applies nothing', async () => {
      const misnamed = migrationsDir({ 'V1__ok.sql': 'CREATE TABLE ok (id INT);', 'v2-bad.sql': 'SELECT 1;' });
      const error = await caught(migrate(sql, { dir: misnamed }));
      expect(error.code).toBe('MIGRATION_FILE_INVALID');
      expect(error.details.file).toBe('v2-bad.sql');
      const duplicate = migrationsDir({ 'V1__a.sql': 'SELECT 1;', 'V1.0__b.sql': 'SELECT 1;' });
      expect((await caught(migrate(sql, { dir: duplicate }))).code).toBe('MIGRATION_FILE_INVALID');
      const { rows } = await sql.query("SELECT 1 FROM pg_tables WHERE tablename IN ('ok', 'flyway_schema_history')");
      expect(rows).toEqual([]);
    });

    it('rolls a failing file back completely, records no history row and names the file and line', async () => {
      const dir = migrationsDir({
        'V1__base.sql': 'CREATE TABLE base (id INT PRIMARY KEY);',
        'V2__broken.sql': [
          '-- creates a table, then fails',
          'CREATE TABLE half (id INT);',
          "INSERT INTO half VALUES (1); -- a ';' in a comment",
          'INSERT INTO base',
          '  VALUES (1), (1);',
        ].join('\n'),
      });
      const error = await caught(migrate(sql, { dir }));
      expect(error.code).toBe('MIGRATION_FAILED');
      expect(error.details.file).toBe('V2__broken.sql');
      expect(error.details.line).toBe(4);
      expect(error.details.databaseMessage).toMatch(/duplicate key/);
      const tables = await sql.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE tablename IN ('base', 'half')",
      );
      expect(tables.rows.map((r) => r.tablename)).toEqual(['base']);
      const history = await sql.query<{ version: string }>('SELECT version FROM flyway_schema_history');
      expect(history.rows.map((r) => r.version)).toEqual(['1']);
    });

    it('points at the line of a syntax error inside a multi-line statement', async () => {
      const dir = migrationsDir({ 'V1__typo.sql': 'SELECT 1;\n\nCREATE TABLE t (\n  id INT,\n  name TEXTT\n);\n' });
      const error = await caught(migrate(sql, { dir }));
      expect(error.code).toBe('MIGRATION_FAILED');
      expect(error.details.line).toBe(5);
    });

    it('fails validate and migrate when an applied file changed, reporting both checksums; repair realigns', async () => {
      const dir = migrationsDir({ 'V1__t.sql': 'CREATE TABLE t (id INT);' });
      await migrate(sql, { dir });
      writeFileSync(join(dir, 'V1__t.sql'), 'CREATE TABLE t (id BIGINT);');
      const result = await validateMigrations(sql, { dir });
      expect(result.ok).toBe(false);
      expect(result.issues[0]).toMatchObject({
        code: 'MIGRATION_CHECKSUM_MISMATCH',
        expectedChecksum: flywayChecksum('CREATE TABLE t (id INT);'),
        actualChecksum: flywayChecksum('CREATE TABLE t (id BIGINT);'),
      });
      expect((await caught(migrate(sql, { dir }))).code).toBe('MIGRATION_CHECKSUM_MISMATCH');
      const repaired = await repairMigrations(sql, { dir });
      expect(repaired.realigned.map((r) => r.script)).toEqual(['V1__t.sql']);
      expect((await validateMigrations(sql, { dir })).ok).toBe(true);
    });

    it('treats an applied version newer than every file as Future, and a gap below as MIGRATION_MISSING', async () => {
      const dir = migrationsDir({ 'V1__a.sql': 'SELECT 1;', 'V2__b.sql': 'SELECT 2;', 'V3__c.sql': 'SELECT 3;' });
      await migrate(sql, { dir });
      rmSync(join(dir, 'V3__c.sql'));
      expect((await validateMigrations(sql, { dir })).ok).toBe(true);
      expect((await migrationInfo(sql, { dir })).map((r) => r.state)).toEqual(['Success', 'Success', 'Future']);
      writeFileSync(join(dir, 'V3__c.sql'), 'SELECT 3;');
      rmSync(join(dir, 'V2__b.sql'));
      expect((await validateMigrations(sql, { dir })).issues.map((i) => i.code)).toEqual(['MIGRATION_MISSING']);
      expect((await caught(migrate(sql, { dir }))).code).toBe('MIGRATION_MISSING');
    });

    it('reports pending files in validate and info, and removes failed rows on repair', async () => {
      const dir = migrationsDir({ 'V1__a.sql': 'SELECT 1;' });
      await migrate(sql, { dir: migrationsDir({}) });
      const validation = await validateMigrations(sql, { dir });
      expect(validation.issues.map((i) => i.code)).toEqual(['MIGRATION_PENDING']);
      expect((await migrationInfo(sql, { dir })).map((r) => r.state)).toEqual(['Pending']);
      // A failed row as real Flyway leaves it on databases without transactional DDL.
      await sql.query(
        `INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
         VALUES (1, '1', 'a', 'SQL', 'V1__a.sql', 0, 'x', 0, false)`,
      );
      expect((await caught(migrate(sql, { dir }))).code).toBe('MIGRATION_FAILED');
      expect((await repairMigrations(sql, { dir })).removedFailed).toEqual(['V1__a.sql']);
      expect((await migrate(sql, { dir })).applied.map((a) => a.version)).toEqual(['1']);
    });

    it('re-runs a repeatable migration only when its checksum changes, after the versioned ones', async () => {
      const dir = migrationsDir({
        'R__view.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1 AS x;',
        'V1__t.sql': 'CREATE TABLE t (id INT);',
      });
      expect((await migrate(sql, { dir })).applied.map((a) => a.script)).toEqual(['V1__t.sql', 'R__view.sql']);
      expect((await migrate(sql, { dir })).applied).toEqual([]);
      writeFileSync(join(dir, 'R__view.sql'), 'CREATE OR REPLACE VIEW v AS SELECT 2 AS x;');
      expect((await migrationInfo(sql, { dir })).find((r) => r.script === 'R__view.sql')?.state).toBe('Outdated');
      expect((await migrate(sql, { dir })).applied.map((a) => a.script)).toEqual(['R__view.sql']);
      expect((await sql.query('SELECT x FROM v')).rows).toEqual([{ x: 2 }]);
      const runs = await sql.query("SELECT 1 FROM flyway_schema_history WHERE script = 'R__view.sql'");
      expect(runs.rowCount).toBe(2);
    });

    it('baselines an empty history so only later versions apply, and refuses a second baseline', async () => {
      const dir = migrationsDir({ 'V1__a.sql': 'CREATE TABLE a (id INT);', 'V2__b.sql': 'CREATE TABLE b (id INT);' });
      await baselineMigrations(sql, { version: '1' });
      expect((await migrationInfo(sql, { dir })).map((r) => r.state)).toEqual(['Baseline', 'Pending']);
      expect((await migrate(sql, { dir })).applied.map((a) => a.version)).toEqual(['2']);
      expect((await caught(baselineMigrations(sql))).code).toBe('MIGRATION_BASELINE_REFUSED');
    });

    it('ignores a version older than the latest applied unless outOfOrder is set', async () => {
      const dir = migrationsDir({ 'V1__a.sql': 'SELECT 1;', 'V3__c.sql': 'SELECT 3;' });
      await migrate(sql, { dir });
      writeFileSync(join(dir, 'V2__b.sql'), 'CREATE TABLE b (id INT);');
      expect((await migrate(sql, { dir })).applied).toEqual([]);
      expect((await migrationInfo(sql, { dir })).find((r) => r.version === '2')?.state).toBe('Ignored');
      expect((await migrate(sql, { dir, outOfOrder: true })).applied.map((a) => a.version)).toEqual(['2']);
    });

    it('applies each file once when two runs start at the same time in one process', async () => {
      const dir = migrationsDir({
        'V1__a.sql': 'CREATE TABLE a (id INT);',
        'V2__b.sql': 'CREATE TABLE b (id INT);',
        'V3__c.sql': 'CREATE TABLE c (id INT);',
      });
      const [x, y] = await Promise.all([migrate(sql, { dir }), migrate(sql, { dir })]);
      expect([...x.applied, ...y.applied].map((a) => a.version).sort()).toEqual(['1', '2', '3']);
      expect((await sql.query('SELECT 1 FROM flyway_schema_history')).rowCount).toBe(3);
    });
  });
}

afterAll(() => {
  for (const dir of createdDirs) rmSync(dir, { recursive: true, force: true });
});
