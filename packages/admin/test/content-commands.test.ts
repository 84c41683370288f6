import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand as admin, captureIo } from './support/capture-io.js';
import { postgresAvailable } from './support/scratch-postgres.js';

// The content commands as functions (injected io), on the embedded database in a temporary data dir and on a
// fresh PostgreSQL database; the fixture pack is the server's.
const fixture = fileURLToPath(new URL('../../server/test/fixtures/content/valid', import.meta.url));
const pg = await postgresAvailable();

const temp: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

const targets = [
  { name: 'on the embedded database', postgres: false },
  { name: pg.ok ? 'on PostgreSQL' : `on PostgreSQL (skipped: ${pg.reason})`, postgres: true },
];

// Each command opens (and on the first run migrates) the database: seconds on PGlite, more on a busy machine.
describe.each(targets)('avantika-admin import, export and seed $name', { timeout: 120_000 }, ({ postgres }) => {
  const run = !postgres || pg.ok;
  let where: string[];
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!run) return;
    if (postgres) {
      const db = await createScratchDatabase();
      drop = db.drop;
      where = ['--database-url', db.url];
    } else where = ['--data-dir', tempDir('avantika-admin-data-')];
  });
  afterAll(async () => {
    await drop?.();
  });

  it.runIf(run)('rejects a broken pack with exit 1, listing each error with file:line:column and code', async () => {
    const pack = tempDir('avantika-admin-pack-');
    cpSync(fixture, pack, { recursive: true });
    const file = join(pack, 'paths', 'starter.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('problem: running-sum', 'problem: nope'));
    const io = captureIo();
    expect(await admin(['import', pack, ...where], io)).toBe(1);
    expect(io.err()).toMatch(/starter\.yaml:16:18 {2}CONTENT_UNKNOWN_REFERENCE {2}modules\[1\]\.items\[0\]\.problem:/);
    const json = captureIo();
    expect(await admin(['import', pack, '--json', ...where], json)).toBe(1);
    expect(JSON.parse(json.out()).issues.map((i: { code: string }) => i.code)).toEqual(['CONTENT_UNKNOWN_REFERENCE']);
  });

  it.runIf(run)('imports, then reports 0 changed on the same files', async () => {
    const first = captureIo();
    expect(await admin(['import', fixture, ...where], first)).toBe(0);
    expect(first.out()).toMatch(/^problems +2 new/m);
    const again = captureIo();
    expect(await admin(['import', fixture, '--json', ...where], again)).toBe(0);
    expect(JSON.parse(again.out())).toMatchObject({ ok: true, changed: 0 });
  });

  it.runIf(run)('exports a pack that imports as a no-op', async () => {
    const out = join(tempDir('avantika-admin-export-'), 'pack');
    const io = captureIo();
    expect(await admin(['export', '--out', out, ...where], io)).toBe(0);
    expect(existsSync(join(out, 'problems', 'add-two', 'solutions', 'cpp.cpp'))).toBe(true);
    const again = captureIo();
    expect(await admin(['import', out, '--dry-run', '--json', ...where], again)).toBe(0);
    expect(JSON.parse(again.out())).toMatchObject({ ok: true, changed: 0, dryRun: true });
  });

  it.runIf(run)('seeds the bundled pack (here the fixture via AVANTIKA_CONTENT_DIR) idempotently', async () => {
    const io = captureIo({ AVANTIKA_CONTENT_DIR: fixture });
    expect(await admin(['seed', '--json', ...where], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ ok: true, changed: 0 });
  });
});

describe('avantika-admin import usage', () => {
  it('exits 2 without a path', async () => {
    expect(await admin(['import'], captureIo())).toBe(2);
  });
});
