import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { createLogger } from '../src/http/logger.js';
import {
  type AdminBootstrap,
  adminBootstrapFile,
  prepareAdminBootstrap,
} from '../src/modules/admin/admin-bootstrap.js';
import { buildTestApp, openTestSql, storageKinds } from './support/test-app.js';
import { createTestUser, type TestUser } from './support/users.js';

/** A logger whose output is kept as text, to check what reaches the log. */
function capturedLogger() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { logger: createLogger({ level: 'info' }, stream), text: () => text };
}

describe.each(await storageKinds())('first-admin bootstrap on %s', (kind) => {
  let sql: Sql;
  let dataDir: string;
  let bootstrap: AdminBootstrap;
  let app: FastifyInstance;
  let secret = '';
  let log: ReturnType<typeof capturedLogger>;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    sql = await openTestSql(kind);
    dataDir = await mkdtemp(join(tmpdir(), 'avantika-bootstrap-'));
    log = capturedLogger();
    bootstrap = await prepareAdminBootstrap(sql, dataDir, log.logger);
    app = await buildTestApp(sql, { adminBootstrap: bootstrap, authCacheTtlMs: 0 });
    await app.ready();
    alice = await createTestUser(app, sql);
    bob = await createTestUser(app, sql);
  });
  afterAll(async () => {
    await app?.close();
    await sql?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const redeem = (who: TestUser, body: object) =>
    app.inject({ method: 'POST', url: '/v1/admin/bootstrap', headers: who.headers, payload: body });

  it('writes a one-time secret to a 0600 file in the data dir and logs the path, never the secret', async () => {
    const file = adminBootstrapFile(dataDir);
    expect(bootstrap.file).toBe(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    secret = (await readFile(file, 'utf8')).trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(log.text()).toContain(file);
    expect(log.text()).not.toContain(secret);
  });

  it('keeps the same secret when the server restarts before anyone used it', async () => {
    const again = await prepareAdminBootstrap(sql, dataDir);
    expect((await readFile(adminBootstrapFile(dataDir), 'utf8')).trim()).toBe(secret);
    expect(again.file).toBe(adminBootstrapFile(dataDir));
  });

  it('refuses a wrong secret with BOOTSTRAP_SECRET_INVALID and grants nothing', async () => {
    const res = await redeem(alice, { secret: `${secret.slice(0, -1)}x` });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('BOOTSTRAP_SECRET_INVALID');
    expect((await redeem(alice, {})).json().error.code).toBe('VALIDATION_FAILED');
    const roles = await sql.query(`SELECT 1 FROM user_roles WHERE role = 'admin'`);
    expect(roles.rows).toHaveLength(0);
  });

  it('requires a signed-in caller', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/admin/bootstrap', payload: { secret } });
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an organisation member with TENANT_MISMATCH and keeps the secret', async () => {
    const member = await createTestUser(app, sql);
    const tenant = await sql.query<{ id: string }>(
      `INSERT INTO tenants (name, slug) VALUES ('Acme', 'acme-bootstrap-${kind}') RETURNING id`,
    );
    await sql.query(`UPDATE users SET tenant_id = $2 WHERE id = $1`, [member.id, tenant.rows[0]!.id]);
    const res = await redeem(member, { secret });
    expect(res.json().error.code).toBe('TENANT_MISMATCH');
    expect(bootstrap.file).toBe(adminBootstrapFile(dataDir));
  });

  it('makes exactly one of two racing callers admin, burns the secret and deletes its file', async () => {
    const [a, b] = await Promise.all([redeem(alice, { secret }), redeem(bob, { secret })]);
    const codes = [a, b].map((r) => (r.statusCode === 200 ? 'ok' : r.json().error.code)).sort();
    expect(codes).toEqual(['BOOTSTRAP_CLOSED', 'ok']);
    const winner = a.statusCode === 200 ? alice : bob;
    expect((a.statusCode === 200 ? a : b).json().roles).toEqual(['user', 'admin']);
    const users = await app.inject({ method: 'GET', url: '/v1/admin/users', headers: winner.headers });
    expect(users.statusCode).toBe(200);
    await expect(stat(adminBootstrapFile(dataDir))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(bootstrap.file).toBeNull();
  });

  it('answers BOOTSTRAP_CLOSED to the right secret once used', async () => {
    const res = await redeem(alice, { secret });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.code).toBe('BOOTSTRAP_CLOSED');
  });

  it('is closed at the next start once an admin exists, and removes a leftover secret file', async () => {
    await writeFile(adminBootstrapFile(dataDir), `${secret}\n`, { mode: 0o600 });
    const next = await prepareAdminBootstrap(sql, dataDir);
    expect(next.file).toBeNull();
    await expect(stat(adminBootstrapFile(dataDir))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(next.redeem(sql, alice.id, secret, new Date())).rejects.toMatchObject({ code: 'BOOTSTRAP_CLOSED' });
  });
});

describe('first-admin bootstrap limits', () => {
  let sql: Sql;
  let dataDir: string;
  afterAll(async () => {
    await sql?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('rate-limits guesses per client and answers BOOTSTRAP_CLOSED on a server started without a secret', async () => {
    sql = await openTestSql('pglite');
    dataDir = await mkdtemp(join(tmpdir(), 'avantika-bootstrap-'));
    const adminBootstrap = await prepareAdminBootstrap(sql, dataDir);
    const app = await buildTestApp(sql, { adminBootstrap, rateLimit: { points: 2, durationSeconds: 60 } });
    const user = await createTestUser(app, sql);
    const guess = () =>
      app.inject({ method: 'POST', url: '/v1/admin/bootstrap', headers: user.headers, payload: { secret: 'guess' } });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await guess()).json().error.code);
    expect(codes).toEqual(['BOOTSTRAP_SECRET_INVALID', 'BOOTSTRAP_SECRET_INVALID', 'RATE_LIMITED']);
    await app.close();
    const without = await buildTestApp(sql);
    const res = await without.inject({
      method: 'POST',
      url: '/v1/admin/bootstrap',
      headers: user.headers,
      payload: { secret: 'anything' },
    });
    expect(res.json().error.code).toBe('BOOTSTRAP_CLOSED');
    await without.close();
  });

  it('starts closed, with a warning, when the data dir cannot hold the secret file', async () => {
    const notADir = join(dataDir, 'a-file');
    await writeFile(notADir, 'x');
    const log = capturedLogger();
    const bootstrap = await prepareAdminBootstrap(sql, notADir, log.logger);
    expect(bootstrap.file).toBeNull();
    expect(log.text()).toContain('admin bootstrap unavailable');
  });
});
