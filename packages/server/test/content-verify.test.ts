import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../src/index.js';
import { type ContentTestDb, openContentTestDb } from './content-test-db.js';

// --verify runs every reference solution (all cases) and every generated starter through the real judge.
const fixture = fileURLToPath(new URL('./fixtures/content/valid', import.meta.url));

describe('content import with --verify', () => {
  let db: ContentTestDb;
  let broken: string;
  beforeAll(async () => {
    db = await openContentTestDb('pglite');
    broken = mkdtempSync(join(tmpdir(), 'avantika-verify-'));
    cpSync(join(fixture, 'problems', 'add-two'), join(broken, 'add-two'), { recursive: true });
    cpSync(join(fixture, 'topics.yaml'), join(broken, 'topics.yaml'));
    const python = join(broken, 'add-two', 'solutions', 'python.py');
    writeFileSync(python, readFileSync(python, 'utf8').replace('return a + b', 'return a - b if a > 5 else a + b'));
  });
  afterAll(async () => {
    await db?.close();
    rmSync(broken, { recursive: true, force: true });
  });

  it('rejects a reference solution that fails its own hidden cases, writing nothing', async () => {
    const report = await importContent(
      db.sql,
      db.docs,
      { paths: [join(broken, 'topics.yaml'), join(broken, 'add-two')] },
      { verify: true },
    );
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'CONTENT_SOLUTION_FAILED',
        file: expect.stringMatching(/add-two\/solutions\/python\.py$/),
      }),
    ]);
    const rows = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM problems');
    expect(rows.rows[0]?.n).toBe(0);
    expect(await db.docs.count()).toBe(0);
  });

  it('imports a pack whose solutions all pass and whose starters run', async () => {
    const report = await importContent(db.sql, db.docs, { paths: [fixture] }, { verify: true });
    expect(report.issues).toEqual([]);
    expect(report.verified).toBe(8);
    expect(report.counts.problems.created).toBe(2);
  });
});
