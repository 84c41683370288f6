import type { AuthSession, TokenPair } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/adapters/sql/sql.js';
import { buildTestApp, openTestSql, storageKinds } from './support/test-app.js';
import { createTestUser } from './support/users.js';

describe.each(await storageKinds())('auth flows on %s', (kind) => {
  let sql: Sql;
  let app: FastifyInstance;
  let now = Date.parse('2026-03-01T10:00:00Z');
  const clock = () => new Date(now);

  beforeAll(async () => {
    sql = await openTestSql(kind);
    app = await buildTestApp(sql, { clock });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await sql?.close();
  });

  const refresh = (refreshToken: string) =>
    app.inject({ method: 'POST', url: '/v1/auth/refresh', payload: { refreshToken } });
  const me = (authorization: string) => app.inject({ method: 'GET', url: '/v1/me', headers: { authorization } });

  it('registers, answers the profile with the access token, and stores only a scrypt hash', async () => {
    const user = await createTestUser(app, sql);
    expect(user.session.user).toMatchObject({ username: user.username, email: user.email, roles: ['user'] });
    const res = await me(user.headers.authorization);
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(user.id);
    const stored = await sql.query<{ password_hash: string }>(
      `SELECT password_hash FROM user_credentials WHERE user_id = $1`,
      [user.id],
    );
    expect(stored.rows[0]?.password_hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(stored.rows[0]?.password_hash).not.toContain(user.password);
  });

  it('stores the time zone given at registration', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: {
        email: `tz-${kind}@example.test`,
        username: `tz-${kind}`,
        password: 'long-enough-pw',
        timezone: 'Asia/Tokyo',
      },
    });
    expect(res.statusCode).toBe(201);
    expect((res.json() as AuthSession).user.timezone).toBe('Asia/Tokyo');
  });

  it('refuses a second account with the same email or username', async () => {
    const user = await createTestUser(app, sql);
    const sameEmail = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: user.email.toUpperCase(), username: 'someone-else', password: 'long-enough-pw' },
    });
    expect(sameEmail.statusCode).toBe(409);
    expect(sameEmail.json().error.code).toBe('EMAIL_TAKEN');
    const sameName = await app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email: 'new@example.test', username: user.username, password: 'long-enough-pw' },
    });
    expect(sameName.json().error.code).toBe('USERNAME_TAKEN');
  });

  it('logs in by email or username and gives one error for a wrong password or an unknown account', async () => {
    const user = await createTestUser(app, sql);
    for (const login of [user.email, user.username]) {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { login, password: user.password },
      });
      expect(res.statusCode).toBe(200);
      expect((res.json() as AuthSession).user.id).toBe(user.id);
    }
    const wrong = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { login: user.username, password: 'not-the-password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { login: 'nobody-at-all', password: 'whatever-it-is' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('rotates refresh tokens and revokes the whole family when a rotated token is reused', async () => {
    const user = await createTestUser(app, sql);
    const first = await refresh(user.session.tokens.refreshToken);
    expect(first.statusCode).toBe(200);
    const pair = first.json() as TokenPair;
    expect(pair.refreshToken).not.toBe(user.session.tokens.refreshToken);
    expect((await me(`Bearer ${pair.accessToken}`)).statusCode).toBe(200);

    const reuse = await refresh(user.session.tokens.refreshToken);
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.code).toBe('REFRESH_TOKEN_REUSED');
    // The thief's and the owner's successors are both dead now, and so are their access tokens.
    const successor = await refresh(pair.refreshToken);
    expect(successor.json().error.code).toBe('REFRESH_TOKEN_INVALID');
    expect((await me(`Bearer ${pair.accessToken}`)).json().error.code).toBe('TOKEN_INVALID');

    const rows = await sql.query<{ family_id: string; revoked: boolean; token_hash: string }>(
      `SELECT family_id, revoked, token_hash FROM refresh_tokens WHERE user_id = $1`,
      [user.id],
    );
    expect(rows.rows).toHaveLength(2);
    expect(new Set(rows.rows.map((r) => r.family_id)).size).toBe(1);
    expect(rows.rows.every((r) => r.revoked)).toBe(true);
    expect(rows.rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('replays a refresh retried with the same Idempotency-Key instead of treating it as reuse', async () => {
    const user = await createTestUser(app, sql);
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/v1/auth/refresh',
        headers: { 'idempotency-key': `refresh-${user.id}` },
        payload: { refreshToken: user.session.tokens.refreshToken },
      });
    const first = await send();
    const retry = await send();
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const pair = retry.json() as TokenPair;
    expect(pair.refreshToken).toBe((first.json() as TokenPair).refreshToken);
    expect((await refresh(pair.refreshToken)).statusCode).toBe(200);
  });

  it('keeps other sessions alive when one family is revoked', async () => {
    const user = await createTestUser(app, sql);
    const other = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { login: user.username, password: user.password },
    });
    const otherSession = other.json() as AuthSession;
    await refresh(user.session.tokens.refreshToken);
    await refresh(user.session.tokens.refreshToken); // reuse: kills the first family only
    expect((await me(`Bearer ${otherSession.tokens.accessToken}`)).statusCode).toBe(200);
    expect((await refresh(otherSession.tokens.refreshToken)).statusCode).toBe(200);
  });

  it('logs out one session, and logout-all ends every session', async () => {
    const user = await createTestUser(app, sql);
    const second = (
      await app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { login: user.email, password: user.password },
      })
    ).json() as AuthSession;
    const logout = await app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      payload: { refreshToken: user.session.tokens.refreshToken },
    });
    expect(logout.statusCode).toBe(204);
    expect((await refresh(user.session.tokens.refreshToken)).json().error.code).toBe('REFRESH_TOKEN_INVALID');
    expect((await me(user.headers.authorization)).json().error.code).toBe('TOKEN_INVALID');
    expect((await me(`Bearer ${second.tokens.accessToken}`)).statusCode).toBe(200);

    const all = await app.inject({
      method: 'POST',
      url: '/v1/auth/logout-all',
      headers: { authorization: `Bearer ${second.tokens.accessToken}` },
    });
    expect(all.statusCode).toBe(204);
    expect((await refresh(second.tokens.refreshToken)).json().error.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('expires access tokens after their lifetime', async () => {
    const user = await createTestUser(app, sql);
    now += 16 * 60 * 1000;
    const res = await me(user.headers.authorization);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('TOKEN_EXPIRED');
    expect((await refresh(user.session.tokens.refreshToken)).statusCode).toBe(200);
  });

  it('lets a client with an expired access token still refresh and log in', async () => {
    const user = await createTestUser(app, sql);
    now += 16 * 60 * 1000;
    const headers = user.headers;
    const res = await app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      headers,
      payload: { refreshToken: user.session.tokens.refreshToken },
    });
    expect(res.statusCode).toBe(200);
    const login = await app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { authorization: 'Bearer garbage' },
      payload: { login: user.username, password: user.password },
    });
    expect(login.statusCode).toBe(200);
  });

  it('applies access changes made outside this process within the auth cache lifetime', async () => {
    const user = await createTestUser(app, sql);
    expect((await me(user.headers.authorization)).statusCode).toBe(200);
    // As avantika-admin on another process would: straight to the database, no cache invalidation here.
    await sql.query(`UPDATE users SET is_active = false WHERE id = $1`, [user.id]);
    expect((await me(user.headers.authorization)).statusCode).toBe(200);
    now += 6000;
    const after = await me(user.headers.authorization);
    expect(after.statusCode).toBe(403);
    expect(after.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  it('rejects garbage and tampered bearer tokens with TOKEN_INVALID', async () => {
    const user = await createTestUser(app, sql);
    const token = user.session.tokens.accessToken;
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    for (const authorization of ['Bearer nope', `Bearer ${tampered}`, 'Basic abc', 'Bearer avk_short']) {
      const res = await me(authorization);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('TOKEN_INVALID');
    }
  });

  it('updates the profile and validates the time zone', async () => {
    const user = await createTestUser(app, sql);
    const ok = await app.inject({
      method: 'PATCH',
      url: '/v1/me',
      headers: user.headers,
      payload: { timezone: 'Asia/Kolkata', fullName: 'Asha Rao', targetRole: 'SDE 2', bio: null },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ timezone: 'Asia/Kolkata', fullName: 'Asha Rao', targetRole: 'SDE 2' });
    const bad = await app.inject({
      method: 'PATCH',
      url: '/v1/me',
      headers: user.headers,
      payload: { timezone: 'Mars/Olympus' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.timezone');
    const unknown = await app.inject({
      method: 'PATCH',
      url: '/v1/me',
      headers: user.headers,
      payload: { tier: 'pro' },
    });
    expect(unknown.statusCode).toBe(400);
    expect((await me(user.headers.authorization)).json().tier).toBe('free');
  });
});
