import { generateOpenApi, routes } from '@avantika/contract';
import {
  AuthenticationError,
  Avantika,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  type Tokens,
} from '@avantika/sdk';
import { grantRole } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newIdentity, type RealServer, startRealServer, storageKinds } from './support/real-server.js';

const kinds = await storageKinds();

describe.each(kinds)('accounts through the SDK on the real server (%s)', (kind) => {
  let server: RealServer;
  const clients: Avantika[] = [];
  const client = (options: ConstructorParameters<typeof Avantika>[0] = {}) => {
    const made = new Avantika({ baseUrl: server.baseUrl, maxRetries: 0, ...options });
    clients.push(made);
    return made;
  };

  beforeAll(async () => {
    server = await startRealServer(kind);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await server?.close();
  });

  it('answers the health route', async () => {
    await expect(client().call(routes['health.live'], {})).resolves.toEqual({ status: 'ok' });
  });

  it('reads the Prometheus metrics as text, counting the requests already served', async () => {
    const api = client();
    await api.health.live();
    const text = await api.health.metrics();
    expect(typeof text).toBe('string');
    expect(text).toMatch(/^# HELP /m);
    expect(text).toMatch(/^avantika_http_requests_total\{[^}]*"health\.live"[^}]*\} [1-9]/m);
  });

  it('reads the OpenAPI document the server serves, the one the contract generates', async () => {
    const document = await client().health.openapi();
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/v1/problems/{slug}']?.['get']).toBeDefined();
    expect(document).toEqual(JSON.parse(JSON.stringify(generateOpenApi())));
  });

  it('registers, is signed in at once, reads and updates the profile', async () => {
    const identity = newIdentity();
    const seen: Tokens[] = [];
    const api = client({ onTokens: (tokens) => seen.push(tokens) });
    const session = await api.auth.register(identity);
    expect(session.user.username).toBe(identity.username);
    expect(seen).toHaveLength(1);
    const me = await api.me.retrieve();
    expect(me.id).toBe(session.user.id);
    const updated = await api.me.update({ timezone: 'Asia/Kolkata', fullName: 'Ada Lovelace' });
    expect(updated).toMatchObject({ timezone: 'Asia/Kolkata', fullName: 'Ada Lovelace' });
  });

  it("reads a new user's stats and streak in their own time zone", async () => {
    const api = client();
    await api.auth.register(newIdentity());
    await api.me.update({ timezone: 'Asia/Kolkata' });
    expect(await api.me.stats()).toMatchObject({ xpTotal: 0, level: 1, nextLevelXp: 50, activity: [], badges: [] });
    const streak = await api.me.streak();
    expect(streak).toMatchObject({ current: 0, longest: 0, todayDone: false, timezone: 'Asia/Kolkata' });
    // Kolkata is UTC+05:30 all year, so its local midnight falls on the half hour.
    expect(streak.windowClosesAt).toMatch(/T18:30:00\.000Z$/);
    const board = await api.leaderboards.get('weekly', { limit: 5 });
    expect(board).toMatchObject({ period: 'weekly', me: null, neighbours: [] });
    expect(board.periodKey).toMatch(/^\d{4}-W\d{2}$/);
  });

  it('logs in with username or email and reports coded errors with the request id', async () => {
    const identity = newIdentity();
    await client().auth.register(identity);
    const api = client();
    await api.auth.login({ login: identity.username, password: identity.password });
    expect((await api.me.retrieve()).email).toBe(identity.email);

    const wrong = await client()
      .auth.login({ login: identity.email, password: 'not-the-password' }, { headers: { 'x-request-id': 'sdk-rid-1' } })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AuthenticationError);
    expect(wrong).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS', requestId: 'sdk-rid-1' });

    const taken = await client()
      .auth.register(identity)
      .catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(ConflictError);
    expect(['EMAIL_TAKEN', 'USERNAME_TAKEN']).toContain((taken as ConflictError).code);

    const invalid = await client()
      .auth.register({ ...newIdentity(), email: 'not-an-email' })
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(BadRequestError);
    expect(invalid).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((invalid as BadRequestError).details).toBeDefined();

    const anonymous = await client()
      .me.retrieve()
      .catch((e: unknown) => e);
    expect(anonymous).toBeInstanceOf(AuthenticationError);
    expect(anonymous).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refreshes an expired access token by itself and reports the rotated pair', async () => {
    const identity = newIdentity();
    const first = await client().auth.register(identity);
    const seen: Tokens[] = [];
    const api = client({
      token: first.tokens.accessToken,
      refreshToken: first.tokens.refreshToken,
      onTokens: (tokens) => seen.push(tokens),
    });
    server.advanceClock(60 * 60 * 1000); // past the 15-minute access-token lifetime
    const me = await api.me.retrieve();
    expect(me.id).toBe(first.user.id);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.refreshToken).not.toBe(first.tokens.refreshToken);
    expect(api.currentRefreshToken).toBe(seen[0]?.refreshToken);

    // The rotated refresh token must not work again: reuse signs the whole family out.
    const reused = await client()
      .auth.refresh(first.tokens.refreshToken)
      .catch((e: unknown) => e);
    expect(reused).toBeInstanceOf(AuthenticationError);
    expect(reused).toMatchObject({ code: 'REFRESH_TOKEN_REUSED' });
  });

  it('creates, lists page by page, uses and revokes API tokens', async () => {
    const api = client();
    await api.auth.register(newIdentity());
    const created = [];
    for (const name of ['ci', 'laptop', 'bot']) created.push(await api.auth.tokens.create({ name }));
    const firstPage = await api.auth.tokens.list({ limit: 2 });
    expect(firstPage.data).toHaveLength(2);
    expect(firstPage.hasNextPage()).toBe(true);
    const all = await api.auth.tokens.list({ limit: 1 }).toArray();
    expect(all.map((t) => t.id).sort()).toEqual(created.map((t) => t.id).sort());
    const resumed = await api.auth.tokens.list({ limit: 2, cursor: firstPage.nextCursor ?? undefined }).toArray();
    expect(resumed).toHaveLength(1);

    const bot = client({ token: created[2]?.token });
    expect((await bot.me.retrieve()).id).toBe(created[2]?.userId);
    await api.auth.tokens.delete(created[2]?.id ?? '');
    await expect(bot.me.retrieve()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('replays a POST sent twice with the same Idempotency-Key and refuses the key with another body', async () => {
    const api = client();
    await api.auth.register(newIdentity());
    const key = `sdk-idem-${kind}-${Date.now()}`;
    const once = await api.auth.tokens.create({ name: 'once' }, { idempotencyKey: key });
    const again = await api.auth.tokens.create({ name: 'once' }, { idempotencyKey: key });
    expect(again.id).toBe(once.id);
    const other = await api.auth.tokens.create({ name: 'different' }, { idempotencyKey: key }).catch((e: unknown) => e);
    expect(other).toBeInstanceOf(ConflictError);
    expect(other).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('lets an admin list users, grant roles and deactivate an account; others get 403', async () => {
    const admin = client();
    const adminSession = await admin.auth.register(newIdentity());
    await grantRole(server.sql, adminSession.user.id, 'admin', null, new Date());
    const user = client();
    const userSession = await user.auth.register(newIdentity());

    const denied = await user.admin.users
      .list()
      .toArray()
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(PermissionDeniedError);
    expect(denied).toMatchObject({ code: 'INSUFFICIENT_ROLE' });

    const everyone = await admin.admin.users.list({ limit: 1 }).toArray();
    expect(everyone.map((u) => u.id)).toEqual(expect.arrayContaining([adminSession.user.id, userSession.user.id]));

    const author = await admin.admin.users.grantRole(userSession.user.id, 'author');
    expect(author.roles).toContain('author');
    const revoked = await admin.admin.users.revokeRole(userSession.user.id, 'author');
    expect(revoked.roles).not.toContain('author');

    await admin.admin.users.deactivate(userSession.user.id);
    await expect(user.me.retrieve()).rejects.toMatchObject({ status: expect.any(Number) });
    await admin.admin.users.activate(userSession.user.id);

    const missing = await admin.admin.users
      .grantRole('00000000-0000-4000-8000-000000000000', 'author')
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ code: 'USER_NOT_FOUND' });
  });

  it('signs out everywhere: the refresh token stops working', async () => {
    const api = client();
    const session = await api.auth.register(newIdentity());
    await api.auth.logoutAll();
    const error = await client()
      .auth.refresh(session.tokens.refreshToken)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
  });
});
