import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent, readContentVersion } from '../src/index.js';
import { type ContentTestDb, openContentTestDb } from './content-test-db.js';
import { storageKinds } from './support/test-app.js';

// Catalog caches (the problems list) key on the content version: every import that changes content must move it, in
// the same transaction, and nothing else may.
const fixture = fileURLToPath(new URL('./fixtures/content/valid', import.meta.url));
const kinds = await storageKinds();

describe.each(kinds)('the content version on %s', (kind) => {
  let db: ContentTestDb;
  let pack: string;
  beforeAll(async () => {
    db = await openContentTestDb(kind);
    pack = join(mkdtempSync(join(tmpdir(), 'avantika-version-')), 'content');
    cpSync(fixture, pack, { recursive: true });
  });
  afterAll(async () => {
    await db?.close();
    rmSync(join(pack, '..'), { recursive: true, force: true });
  });

  it('starts at 0 and moves only when an import changes content', async () => {
    expect(await readContentVersion(db.sql)).toBe(0);
    const dry = await importContent(db.sql, db.docs, { paths: [pack] }, { dryRun: true });
    expect(dry.changed).toBeGreaterThan(0);
    expect(await readContentVersion(db.sql)).toBe(0);

    const first = await importContent(db.sql, db.docs, { paths: [pack] });
    expect(first.contentVersion).toBe(1);
    expect(await readContentVersion(db.sql)).toBe(1);
    const same = await importContent(db.sql, db.docs, { paths: [pack] });
    expect([same.changed, same.contentVersion]).toEqual([0, 1]);

    const md = join(pack, 'problems', 'add-two', 'problem.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace('Return the sum', 'Return the total'));
    const changed = await importContent(db.sql, db.docs, { paths: [pack] });
    expect(changed.counts.problems.updated).toBe(1);
    expect(await readContentVersion(db.sql)).toBe(2);
  });

  it('stays put when an import is rejected', async () => {
    const tests = join(pack, 'problems', 'add-two', 'tests.json');
    writeFileSync(tests, '{');
    const report = await importContent(db.sql, db.docs, { paths: [pack] });
    expect(report.issues.map((i) => i.code)).toContain('CONTENT_JSON_SYNTAX');
    expect(await readContentVersion(db.sql)).toBe(2);
  });
});
