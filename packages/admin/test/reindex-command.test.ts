import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sql } from '@avantika/server';
import { importPracticeContent } from '@avantika/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand as admin, captureIo } from './support/capture-io.js';
import { openScratchPostgres, postgresAvailable, type ScratchPostgres } from './support/scratch-postgres.js';

const hasPostgres = (await postgresAvailable()).ok;

describe('avantika-admin reindex', () => {
  describe.skipIf(!hasPostgres)('on PostgreSQL', () => {
    let db: ScratchPostgres;
    let sql: Sql;

    beforeAll(async () => {
      db = await openScratchPostgres();
      sql = db.sql;
      await importPracticeContent(sql);
    });
    afterAll(async () => {
      await db?.close();
    });

    it('rebuilds a lost index from the database, and a second run changes nothing', async () => {
      await sql.query(`DELETE FROM search_documents`);
      await sql.query(`INSERT INTO search_documents (kind, id, title) VALUES ('path', 'gone', 'A deleted path')`);
      const io = captureIo();
      expect(await admin(['reindex', '--json', '--database-url', db.url], io)).toBe(0);
      const report = JSON.parse(io.out());
      expect(report).toEqual({ index: 'postgres', indexed: { problem: 5, mcq_set: 1, path: 2 }, deleted: 1 });
      const stamps = await sql.query(`SELECT kind, id, updated_at FROM search_documents ORDER BY kind, id`);
      expect(stamps.rows).toHaveLength(8);

      const again = captureIo();
      expect(await admin(['reindex', '--database-url', db.url], again)).toBe(0);
      expect(again.out()).toBe('Reindexed (postgres): 5 problem(s), 1 MCQ set(s), 2 path(s); 0 removed.\n');
      expect((await sql.query(`SELECT kind, id, updated_at FROM search_documents ORDER BY kind, id`)).rows).toEqual(
        stamps.rows,
      );
    });
  });

  // Migrating a fresh PGlite database takes tens of seconds on a loaded machine.
  it('indexes nothing on a fresh embedded database (migrated first)', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'avantika-reindex-'));
    try {
      const io = captureIo();
      expect(await admin(['reindex', '--json', '--data-dir', dir], io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual({
        index: 'postgres',
        indexed: { problem: 0, mcq_set: 0, path: 0 },
        deleted: 0,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
