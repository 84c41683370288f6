import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, createApiToken, grantRole, openScratchSql, pgliteDir, type Sql } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo, runAdminCommand } from './support/capture-io.js';

// The content commands with --url: through the SDK against the real app listening in-process, on PGlite and (when
// DATABASE_URL is set, always in CI) PostgreSQL.
const fixture = fileURLToPath(new URL('../../server/test/fixtures/content/valid', import.meta.url));
const databaseUrl = process.env.DATABASE_URL;
if (process.env.CI === 'true' && !databaseUrl) throw new Error('CI=true but DATABASE_URL is not set');

const admin = runAdminCommand;
const temp: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

async function userToken(sql: Sql, name: string, role: 'user' | 'admin'): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO users (email, username, full_name) VALUES ($1, $2, $2) RETURNING id`,
    [`${name}@example.test`, name],
  );
  const id = rows[0]!.id;
  if (role === 'admin') await grantRole(sql, id, 'admin', null, new Date());
  return (await createApiToken(sql, id, { name: 'content' }, new Date(), null)).token;
}

const kinds = [
  { name: 'on the embedded database', kind: 'pglite' as const },
  {
    name: databaseUrl ? 'on PostgreSQL' : 'on PostgreSQL (skipped: DATABASE_URL is not set)',
    kind: 'postgres' as const,
  },
];

describe.each(kinds)('avantika-admin import, export and seed --url $name', { timeout: 120_000 }, ({ kind }) => {
  const run = kind === 'pglite' || Boolean(databaseUrl);
  let sql: Sql;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let url: string;
  let adminEnv: NodeJS.ProcessEnv;
  let userTokenValue: string;

  beforeAll(async () => {
    if (!run) return;
    sql = await openScratchSql(kind);
    app = await buildApp({
      sql,
      jwtSecret: 'admin-remote-test-secret-at-least-32-bytes',
      validateResponses: true,
      content: { seedDir: fixture },
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    adminEnv = { AVANTIKA_TOKEN: await userToken(sql, `ops-${kind}`, 'admin') };
    userTokenValue = await userToken(sql, `someone-${kind}`, 'user');
  });
  afterAll(async () => {
    await app?.close();
    await sql?.close();
  });

  it.runIf(run)('exits 3 with INSUFFICIENT_ROLE for a token without the admin role, importing nothing', async () => {
    const io = captureIo({}, `${userTokenValue}\n`);
    expect(await admin(['import', fixture, '--url', url, '--token-stdin'], io)).toBe(3);
    expect(io.err()).toContain('INSUFFICIENT_ROLE');
    const { rows } = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM problems');
    expect(rows[0]!.n).toBe(0);
  });

  it.runIf(run)('rejects a broken pack with exit 1 and the local file:line of each error', async () => {
    const pack = join(tempDir('avantika-remote-pack-'), 'content');
    cpSync(fixture, pack, { recursive: true });
    const file = join(pack, 'paths', 'starter.yaml');
    writeFileSync(
      file,
      (await import('node:fs')).readFileSync(file, 'utf8').replace('problem: running-sum', 'problem: nope'),
    );
    const io = captureIo(adminEnv);
    expect(await admin(['import', pack, '--url', url], io)).toBe(1);
    expect(io.err()).toMatch(/content\/paths\/starter\.yaml:16:18 {2}CONTENT_UNKNOWN_REFERENCE/);
    const { rows } = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM problems');
    expect(rows[0]!.n).toBe(0);
  });

  it.runIf(run)('imports, re-imports with 0 changed, exports and re-imports the export with 0 changed', async () => {
    const first = captureIo(adminEnv);
    expect(await admin(['import', fixture, '--url', url, '--json'], first)).toBe(0);
    expect(JSON.parse(first.out())).toMatchObject({ ok: true, counts: { problems: { created: 2 } } });
    const again = captureIo(adminEnv);
    expect(await admin(['import', fixture, '--url', url, '--json'], again)).toBe(0);
    expect(JSON.parse(again.out())).toMatchObject({ ok: true, changed: 0 });

    const out = join(tempDir('avantika-remote-export-'), 'pack');
    expect(await admin(['export', '--url', url, '--out', out], captureIo(adminEnv))).toBe(0);
    expect(existsSync(join(out, 'problems', 'add-two', 'solutions', 'cpp.cpp'))).toBe(true);
    const back = captureIo(adminEnv);
    expect(await admin(['import', out, '--url', url, '--json'], back)).toBe(0);
    expect(JSON.parse(back.out())).toMatchObject({ ok: true, changed: 0 });
  });

  it.runIf(run)("seeds the server's own pack with nothing changed", async () => {
    const io = captureIo(adminEnv);
    expect(await admin(['seed', '--url', url, '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ ok: true, changed: 0 });
  });
});

describe('avantika-admin import on an embedded database a server holds', () => {
  it('fails fast with exit 4 and DATA_DIR_LOCKED, pointing at --url', async () => {
    const dataDir = tempDir('avantika-locked-');
    // A live process that is not this one holds the data dir, as avantika-server does while it listens.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      mkdirSync(pgliteDir(dataDir), { recursive: true });
      writeFileSync(join(pgliteDir(dataDir), 'avantika.lock'), String(holder.pid));
      const io = captureIo();
      expect(await admin(['import', fixture, '--data-dir', dataDir], io)).toBe(4);
      expect(io.err()).toContain('DATA_DIR_LOCKED');
      expect(io.err()).toContain('--url');
    } finally {
      holder.kill();
    }
  });

  it('refuses --url together with --data-dir as a usage error', async () => {
    expect(await admin(['import', fixture, '--url', 'http://127.0.0.1:1', '--data-dir', '/tmp/x'], captureIo())).toBe(
      2,
    );
  });
});
