import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Avantika,
  type ContentFileUpload,
  NotFoundError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from '@avantika/sdk';
import { grantRole, readContentVersion } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newIdentity, type RealServer, startRealServer, storageKinds } from './support/real-server.js';

const kinds = await storageKinds();
const pack = fileURLToPath(new URL('../../server/test/fixtures/content/valid', import.meta.url));

/** Every file of a pack folder as an upload entry (pack-relative paths with forward slashes). */
function readPack(dir: string): ContentFileUpload[] {
  const out: ContentFileUpload[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ path: relative(dir, full).split(sep).join('/'), content: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

const byPath = (files: readonly ContentFileUpload[]) => [...files].sort((a, b) => a.path.localeCompare(b.path));

describe.each(kinds)('admin content import, export and seed through the SDK (%s)', (kind) => {
  let server: RealServer;
  let admin: Avantika;
  let user: Avantika;

  beforeAll(async () => {
    server = await startRealServer(kind, { app: { content: { seedDir: pack } } });
    admin = new Avantika({ baseUrl: server.baseUrl, maxRetries: 0 });
    user = new Avantika({ baseUrl: server.baseUrl, maxRetries: 0 });
    const session = await admin.auth.register(newIdentity());
    await grantRole(server.sql, session.user.id, 'admin', null, new Date());
    await user.auth.register(newIdentity());
  });
  afterAll(async () => {
    await admin?.close();
    await user?.close();
    await server?.close();
  });

  it('refuses every content route to a non-admin with 403 INSUFFICIENT_ROLE', async () => {
    const calls = [
      () => user.admin.content.import({ files: readPack(pack) }),
      () => user.admin.content.export(),
      () => user.admin.content.seed(),
    ];
    for (const call of calls) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as PermissionDeniedError).code).toBe('INSUFFICIENT_ROLE');
    }
    expect((await admin.admin.content.export()).problems).toBe(0);
  });

  it('rejects a bad pack with every issue located and writes nothing', async () => {
    const files = readPack(pack).map((f) =>
      f.path === 'problems/add-two/tests.json'
        ? { ...f, content: '{ "visible": [' }
        : f.path === 'paths/starter.yaml'
          ? { ...f, content: f.content.replace(/^slug: .*$/m, 'slug: Not A Slug') }
          : f,
    );
    const error = await admin.admin.content.import({ files }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).code).toBe('CONTENT_INVALID');
    const report = (error as UnprocessableEntityError).details as {
      ok: boolean;
      issues: { code: string; file: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'CONTENT_JSON_SYNTAX', file: 'problems/add-two/tests.json' }),
        expect.objectContaining({ code: 'CONTENT_SCHEMA', file: 'paths/starter.yaml' }),
      ]),
    );
    const after = await admin.admin.content.export();
    expect([after.problems, after.mcqSets, after.paths, after.files.length]).toEqual([0, 0, 0, 0]);
    expect(await readContentVersion(server.sql)).toBe(0);
  });

  it('rejects an upload that sends the same path twice, writing nothing', async () => {
    const files = readPack(pack);
    const twice = [...files, { ...files.find((f) => f.path === 'topics.yaml')! }];
    const error = await admin.admin.content.import({ files: twice }).catch((e: unknown) => e);
    expect((error as UnprocessableEntityError).code).toBe('CONTENT_INVALID');
    expect((error as UnprocessableEntityError).details).toMatchObject({
      issues: [{ code: 'CONTENT_DUPLICATE', file: 'topics.yaml' }],
    });
    expect((await admin.admin.content.export()).files).toEqual([]);
  });

  it('dry-runs, imports, re-imports with 0 changed, and round-trips through export', async () => {
    const files = readPack(pack);
    const dry = await admin.admin.content.import({ files, dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true });
    expect(dry.changed).toBeGreaterThan(0);
    expect((await admin.admin.content.export()).problems).toBe(0);

    const first = await admin.admin.content.import({ files });
    expect(first.ok).toBe(true);
    expect(first.changed).toBe(dry.changed);
    const version = await readContentVersion(server.sql);
    expect(version).toBeGreaterThan(0);
    expect((await admin.admin.content.import({ files })).changed).toBe(0);
    expect(await readContentVersion(server.sql)).toBe(version);

    const exported = await admin.admin.content.export();
    expect(exported.problems).toBe(2);
    expect(exported.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['topics.yaml', 'problems/add-two/problem.md', 'mcq/python-basics.yaml']),
    );
    const again = await admin.admin.content.import({ files: exported.files });
    expect(again.changed).toBe(0);
    expect(byPath((await admin.admin.content.export()).files)).toEqual(byPath(exported.files));
  });

  it('stores uploaded generator cases without running the generator, and refuses validators', async () => {
    const marker = join(tmpdir(), `avantika-generator-ran-${process.pid}-${kind}`);
    const generator = `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default () => [];\n`;
    const files = [...readPack(pack), { path: 'problems/add-two/generate.mjs', content: generator }];
    const missing = await admin.admin.content.import({ files }).catch((e: unknown) => e);
    expect((missing as UnprocessableEntityError).code).toBe('CONTENT_INVALID');
    expect((missing as UnprocessableEntityError).details).toMatchObject({
      issues: [{ code: 'CONTENT_REMOTE_CODE', file: 'problems/add-two/generate.mjs' }],
    });

    const generated = { 'add-two': [{ input: [1000, 2000], output: 3000 }] };
    const report = await admin.admin.content.import({ files, generated });
    expect(report.counts.problems?.updated).toBe(1);
    expect(existsSync(marker)).toBe(false);
    const exported = await admin.admin.content.export();
    expect(exported.files.find((f) => f.path === 'problems/add-two/generate.mjs')?.content).toBe(generator);

    const validator = [...files, { path: 'problems/add-two/validator.ts', content: 'export function validate() {}' }];
    const refused = await admin.admin.content.import({ files: validator, generated }).catch((e: unknown) => e);
    expect((refused as UnprocessableEntityError).details).toMatchObject({
      issues: [{ code: 'CONTENT_REMOTE_CODE', file: 'problems/add-two/validator.ts' }],
    });
  });

  it("seeds the server's configured pack, changing nothing already there", async () => {
    const report = await admin.admin.content.seed({ dryRun: true });
    expect(report).toMatchObject({ ok: true, dryRun: true });
    // The generator added above is not in the seed pack, so add-two is the one problem that changes back.
    expect(report.counts.problems).toMatchObject({ updated: 1, created: 0 });
  });
});

describe('seeding a server started without a content pack', () => {
  let server: RealServer;
  let admin: Avantika;
  beforeAll(async () => {
    server = await startRealServer('pglite');
    admin = new Avantika({ baseUrl: server.baseUrl, maxRetries: 0 });
    const session = await admin.auth.register(newIdentity());
    await grantRole(server.sql, session.user.id, 'admin', null, new Date());
  });
  afterAll(async () => {
    await admin?.close();
    await server?.close();
  });

  it('answers 404 SEED_NOT_CONFIGURED', async () => {
    const error = await admin.admin.content.seed().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('SEED_NOT_CONFIGURED');
  });
});
