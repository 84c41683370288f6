import type { ApiToken, ApiTokenCreated, Page, User } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { buildTestApp, openTestSql, storageKinds } from './support/test-app.js';
import { createTestUser } from './support/users.js';

describe.each(await storageKinds())('API tokens and admin on %s', (kind) => {
  let sql: Sql;
  let app: FastifyInstance;
  let now = Date.parse('2026-03-01T10:00:00Z');

  beforeAll(async () => {
    sql = await openTestSql(kind);
    app = await buildTestApp(sql, { clock: () => new Date(now) });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await sql?.close();
  });

  const createToken = (authorization: string, payload: object) =>
    app.inject({ method: 'POST', url: '/v1/auth/tokens', headers: { authorization }, payload });

  it('shows a new API token once, authenticates with it, lists it without the secret and revokes it', async () => {
    const user = await createTestUser(app, sql);
    const created = await createToken(user.headers.authorization, { name: 'cli' });
    expect(created.statusCode).toBe(201);
    const token = created.json() as ApiTokenCreated;
    expect(token.token.startsWith(`${token.prefix}_`)).toBe(true);

    const me = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token.token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(user.id);

    const list = await app.inject({ method: 'GET', url: '/v1/auth/tokens', headers: user.headers });
    const page = list.json() as Page<ApiToken>;
    expect(page.data.map((t) => t.id)).toEqual([token.id]);
    expect(list.body).not.toContain(token.token);
    const stored = await sql.query<{ token_hash: string }>(`SELECT token_hash FROM api_tokens WHERE id = $1`, [
      token.id,
    ]);
    expect(stored.rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const revoke = await app.inject({ method: 'DELETE', url: `/v1/auth/tokens/${token.id}`, headers: user.headers });
    expect(revoke.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${token.token}` },
    });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('TOKEN_INVALID');
  });

  it("answers API_TOKEN_NOT_FOUND for another user's token and leaves it working", async () => {
    const owner = await createTestUser(app, sql);
    const stranger = await createTestUser(app, sql);
    const token = (await createToken(owner.headers.authorization, { name: 'ci' })).json() as ApiTokenCreated;
    const res = await app.inject({ method: 'DELETE', url: `/v1/auth/tokens/${token.id}`, headers: stranger.headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('API_TOKEN_NOT_FOUND');
    const strangerList = await app.inject({ method: 'GET', url: '/v1/auth/tokens', headers: stranger.headers });
    expect((strangerList.json() as Page<ApiToken>).data).toEqual([]);
    const still = await app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: { authorization: `Bearer ${token.token}` },
    });
    expect(still.statusCode).toBe(200);
  });

  it('expires API tokens created with a lifetime', async () => {
    const user = await createTestUser(app, sql);
    const token = (
      await createToken(user.headers.authorization, { name: 'short', expiresInDays: 1 })
    ).json() as ApiTokenCreated;
    now += 2 * 86_400_000;
    const res = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token.token}` } });
    expect(res.json().error.code).toBe('TOKEN_EXPIRED');
  });

  it('pages through API tokens with an opaque cursor and rejects a tampered one', async () => {
    const user = await createTestUser(app, sql);
    for (const name of ['a', 'b', 'c']) {
      now += 1000;
      await createToken(user.headers.authorization, { name });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/v1/auth/tokens?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await app.inject({ method: 'GET', url, headers: user.headers })).json() as Page<ApiToken>;
      seen.push(...page.data.map((t) => t.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['c', 'b', 'a']);
    for (const bad of ['not-base64!', Buffer.from('{"v":1,"k":["x"]}').toString('base64url'), 'e30']) {
      const res = await app.inject({ method: 'GET', url: `/v1/auth/tokens?cursor=${bad}`, headers: user.headers });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('INVALID_CURSOR');
    }
  });

  it('lets an admin grant and revoke roles, and the new role applies on the next request', async () => {
    const admin = await createTestUser(app, sql, 'admin');
    const user = await createTestUser(app, sql);
    const grant = await app.inject({
      method: 'POST',
      url: `/v1/admin/users/${user.id}/roles`,
      headers: admin.headers,
      payload: { role: 'author' },
    });
    expect(grant.statusCode).toBe(200);
    expect((grant.json() as User).roles).toEqual(['user', 'author']);
    const meAfter = await app.inject({ method: 'GET', url: '/v1/me', headers: user.headers });
    expect(meAfter.json().roles).toContain('author');
    const revoke = await app.inject({
      method: 'DELETE',
      url: `/v1/admin/users/${user.id}/roles/author`,
      headers: admin.headers,
    });
    expect((revoke.json() as User).roles).toEqual(['user']);
  });

  it('refuses to revoke the last admin', async () => {
    await sql.query(`DELETE FROM user_roles WHERE role = 'admin'`);
    const admin = await createTestUser(app, sql, 'admin');
    const res = await app.inject({
      method: 'DELETE',
      url: `/v1/admin/users/${admin.id}/roles/admin`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
  });

  it('deactivates a user: login, refresh, access and API tokens all stop working', async () => {
    const admin = await createTestUser(app, sql, 'admin');
    const user = await createTestUser(app, sql);
    const token = (await createToken(user.headers.authorization, { name: 'x' })).json() as ApiTokenCreated;
    const res = await app.inject({
      method: 'POST',
      url: `/v1/admin/users/${user.id}/deactivate`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(200);
    expect((res.json() as User).isActive).toBe(false);
    const login = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { login: user.username, password: user.password },
    });
    expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
    const refresh = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: user.session.tokens.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/v1/me', headers: user.headers })).statusCode,
    ).toBeGreaterThanOrEqual(401);
    const api = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token.token}` } });
    expect([401, 403]).toContain(api.statusCode);
    const self = await app.inject({
      method: 'POST',
      url: `/v1/admin/users/${admin.id}/deactivate`,
      headers: admin.headers,
    });
    expect(self.json().error.code).toBe('CONFLICT');
  });

  it('keeps a tenant admin inside their tenant', async () => {
    const tenants = await sql.query<{ id: string }>(
      `INSERT INTO tenants (name, slug) VALUES ('Acme', 'acme-${kind}'), ('Globex', 'globex-${kind}') RETURNING id`,
    );
    const [acme, globex] = tenants.rows.map((r) => r.id);
    const tenantAdmin = await createTestUser(app, sql, 'admin');
    const colleague = await createTestUser(app, sql);
    const outsider = await createTestUser(app, sql);
    await sql.query(`UPDATE users SET tenant_id = $2 WHERE id = ANY($1::uuid[])`, [
      [tenantAdmin.id, colleague.id],
      acme,
    ]);
    await sql.query(`UPDATE users SET tenant_id = $2 WHERE id = $1`, [outsider.id, globex]);
    const list = await app.inject({ method: 'GET', url: '/v1/admin/users?limit=100', headers: tenantAdmin.headers });
    const ids = (list.json() as Page<User>).data.map((u) => u.id);
    expect(ids.sort()).toEqual([tenantAdmin.id, colleague.id].sort());
    const grant = await app.inject({
      method: 'POST',
      url: `/v1/admin/users/${outsider.id}/roles`,
      headers: tenantAdmin.headers,
      payload: { role: 'author' },
    });
    expect(grant.statusCode).toBe(403);
    expect(grant.json().error.code).toBe('TENANT_MISMATCH');
    const ok = await app.inject({
      method: 'POST',
      url: `/v1/admin/users/${colleague.id}/roles`,
      headers: tenantAdmin.headers,
      payload: { role: 'author' },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('lets an admin create and revoke a token for another user', async () => {
    const admin = await createTestUser(app, sql, 'admin');
    const user = await createTestUser(app, sql);
    const created = await app.inject({
      method: 'POST',
      url: `/v1/admin/users/${user.id}/tokens`,
      headers: admin.headers,
      payload: { name: 'provisioned' },
    });
    expect(created.statusCode).toBe(201);
    const token = created.json() as ApiTokenCreated;
    expect(token.userId).toBe(user.id);
    const me = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token.token}` } });
    expect(me.json().id).toBe(user.id);
    const revoked = await app.inject({ method: 'DELETE', url: `/v1/admin/tokens/${token.id}`, headers: admin.headers });
    expect(revoked.statusCode).toBe(204);
    const missing = await app.inject({
      method: 'DELETE',
      url: '/v1/admin/tokens/00000000-0000-4000-8000-000000000000',
      headers: admin.headers,
    });
    expect(missing.json().error.code).toBe('API_TOKEN_NOT_FOUND');
  });
});
