import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiTokenCreated, Page, User } from '@avantika/contract';
import {
  boardKey,
  buildApp,
  createRedisKv,
  KvLeaderboard,
  periodKeyOf,
  rebuildGamification,
  type Sql,
} from '@avantika/server';
import { redisAvailable } from '@avantika/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand as admin, captureIo } from './support/capture-io.js';
import { openScratchPostgres, postgresAvailable, type ScratchPostgres } from './support/scratch-postgres.js';

const hasPostgres = (await postgresAvailable()).ok;
const hasRedis = await redisAvailable('the admin users Redis test');

async function insertUser(sql: Sql, username: string): Promise<string> {
  const { rows } = await sql.query<{ id: string }>(
    `INSERT INTO users (email, username, full_name) VALUES ($1, $2, $2) RETURNING id`,
    [`${username}@example.test`, username],
  );
  return rows[0]!.id;
}

describe('avantika-admin users and tokens', () => {
  it('exits 2 on an unknown role or a bad option before touching a database', async () => {
    expect(await admin(['users', 'grant', 'someone', 'wizard', '--data-dir', '/nonexistent'], captureIo())).toBe(2);
    expect(await admin(['users', 'list', '--limit', '0', '--data-dir', '/nonexistent'], captureIo())).toBe(2);
    expect(await admin(['tokens', 'revoke', 'not-a-uuid', '--data-dir', '/nonexistent'], captureIo())).toBe(2);
    expect(await admin(['tokens', 'create', 'someone'], captureIo())).toBe(2);
  });

  it('exits 4 when the database cannot be reached', async () => {
    const io = captureIo();
    expect(await admin(['users', 'list', '--database-url', 'postgres://nobody@127.0.0.1:1/none'], io)).toBe(4);
  });

  describe.skipIf(!hasPostgres)('on PostgreSQL', () => {
    let db: ScratchPostgres;
    let sql: Sql;
    let alice = '';

    beforeAll(async () => {
      db = await openScratchPostgres();
      sql = db.sql;
      alice = await insertUser(sql, 'alice');
      await insertUser(sql, 'bob');
    });
    afterAll(async () => {
      await db?.close();
    });

    const at = () => ['--database-url', db.url];

    it('lists users as a table and as JSON pages', async () => {
      const table = captureIo();
      expect(await admin(['users', 'list', ...at()], table)).toBe(0);
      expect(table.out()).toContain('alice@example.test');
      const json = captureIo();
      expect(await admin(['users', 'list', '--json', '--limit', '1', ...at()], json)).toBe(0);
      const page = JSON.parse(json.out()) as Page<User>;
      expect(page.data).toHaveLength(1);
      expect(page.nextCursor).toEqual(expect.any(String));
      const next = captureIo();
      expect(await admin(['users', 'list', '--json', '--cursor', page.nextCursor!, ...at()], next)).toBe(0);
      expect((JSON.parse(next.out()) as Page<User>).data.map((u) => u.username)).not.toContain(page.data[0]!.username);
    });

    it('grants and revokes roles by username or email, and refuses to remove the last admin', async () => {
      const grant = captureIo();
      expect(await admin(['users', 'grant', 'alice', 'admin', '--json', ...at()], grant)).toBe(0);
      expect((JSON.parse(grant.out()) as User).roles).toEqual(['user', 'admin']);
      const admins = captureIo();
      await admin(['users', 'list', '--role', 'admin', '--json', ...at()], admins);
      expect((JSON.parse(admins.out()) as Page<User>).data.map((u) => u.username)).toEqual(['alice']);
      const last = captureIo();
      expect(await admin(['users', 'revoke', 'alice@example.test', 'admin', ...at()], last)).toBe(1);
      expect(await admin(['users', 'grant', 'bob', 'admin', ...at()], captureIo())).toBe(0);
      expect(await admin(['users', 'revoke', 'alice', 'admin', ...at()], captureIo())).toBe(0);
      const roles = await sql.query(`SELECT 1 FROM user_roles WHERE user_id = $1`, [alice]);
      expect(roles.rows).toHaveLength(0);
    });

    it.skipIf(!hasRedis)(
      'takes a deactivated user off the Redis boards with --redis-url, and activate puts them back',
      async () => {
        // The command writes the server's unprefixed keys, so it gets a Redis database of its own (index 14).
        const redisUrl = `${(process.env.REDIS_URL as string).replace(/\/\d*$/, '')}/14`;
        const kv = createRedisKv({ url: redisUrl });
        const board = new KvLeaderboard(kv);
        try {
          const carol = await insertUser(sql, 'carol');
          await sql.query(
            `INSERT INTO xp_events (user_id, source_key, kind, xp, local_date, created_at)
           VALUES ($1, 'solve:c', 'solve', 40, '2026-12-01', '2026-12-01T10:00:00Z')`,
            [carol],
          );
          await rebuildGamification(sql, () => new Date(), carol);
          await board.rebuild(sql, 'alltime', 'all', new Date());
          expect((await board.read(carol, 'alltime', 'all', 10))?.me?.xp).toBe(40);
          expect(await admin(['users', 'deactivate', 'carol', '--redis-url', redisUrl, ...at()], captureIo())).toBe(0);
          expect((await board.read(carol, 'alltime', 'all', 10))?.me).toBeNull();
          const totals = await sql.query(`SELECT 1 FROM leaderboard_totals WHERE user_id = $1`, [carol]);
          expect(totals.rows).toEqual([]);
          expect(await admin(['users', 'activate', 'carol', '--redis-url', redisUrl, ...at()], captureIo())).toBe(0);
          expect((await board.read(carol, 'alltime', 'all', 10))?.me?.xp).toBe(40);
        } finally {
          for (const period of ['weekly', 'monthly', 'alltime'] as const) {
            const key = boardKey(period, periodKeyOf(period, new Date()));
            await kv.del(key, `${key}:ids`, `${key}:lock`);
          }
          await kv.close();
        }
      },
    );

    it('exits 5 for an unknown user', async () => {
      const io = captureIo();
      expect(await admin(['users', 'grant', 'nobody-here', 'author', ...at()], io)).toBe(5);
      expect(io.err()).toContain('avantika-admin:');
    });

    it('creates a token that authenticates against the API, stores only its hash, and revokes it', async () => {
      const io = captureIo();
      expect(await admin(['tokens', 'create', 'alice', '--name', 'ci', '--expires-in-days', '30', ...at()], io)).toBe(
        0,
      );
      const token = io.out().trim();
      expect(token).toMatch(/^avk_/);
      expect(io.err()).toContain('shown only once');
      const stored = await sql.query<{ id: string; token_hash: string }>(
        `SELECT id, token_hash FROM api_tokens WHERE user_id = $1`,
        [alice],
      );
      expect(stored.rows[0]?.token_hash).not.toContain(token);
      // A running server sees a revocation made by avantika-admin within its auth cache lifetime (5 s); this one
      // reads the database on every request so the test can check the effect at once.
      const app = await buildApp({ sql, jwtSecret: 'x'.repeat(32), authCacheTtlMs: 0 });
      const me = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
      expect(me.json().username).toBe('alice');
      const tokenId = stored.rows[0]!.id;
      expect(await admin(['tokens', 'revoke', tokenId, ...at()], captureIo())).toBe(0);
      const after = await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
      expect(after.json().error.code).toBe('TOKEN_INVALID');
      await app.close();
      expect(await admin(['tokens', 'revoke', '00000000-0000-4000-8000-000000000000', ...at()], captureIo())).toBe(5);
    });

    it('prints the created token as JSON with --json', async () => {
      const io = captureIo();
      expect(await admin(['tokens', 'create', 'bob', '--name', 'bot', '--json', ...at()], io)).toBe(0);
      const created = JSON.parse(io.out()) as ApiTokenCreated;
      expect(created.name).toBe('bot');
      expect(created.token.startsWith(created.prefix)).toBe(true);
    });
  });

  it('works on the embedded database in a data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'avantika-admin-users-'));
    try {
      expect(await admin(['migrate', 'up', '--data-dir', dataDir], captureIo())).toBe(0);
      const io = captureIo();
      expect(await admin(['users', 'list', '--json', '--data-dir', dataDir], io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual({ data: [], nextCursor: null });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    // Two cold starts of the embedded database (migrate, then list) take a while on a loaded machine.
  }, 120_000);
});
