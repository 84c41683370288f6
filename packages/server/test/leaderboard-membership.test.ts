import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kv } from '../src/adapters/kv/kv.js';
import { createRedisKv } from '../src/adapters/kv/redis-kv.js';
import type { Sql } from '../src/adapters/sql/sql.js';
import { insertAward } from '../src/modules/gamification/gamification-repo.js';
import { LeaderboardService } from '../src/modules/gamification/leaderboard-service.js';
import { readPgLeaderboard } from '../src/modules/gamification/pg-leaderboard.js';
import { rebuildGamification } from '../src/modules/gamification/rebuild-gamification.js';
import { deleteRedisKeys, redisAvailable } from '../src/testing.js';
import { postgresAvailable } from './support/postgres-available.js';
import { buildTestApp, openTestSql } from './support/test-app.js';
import { createTestUser, type TestUser } from './support/users.js';

const hasRedis = await redisAvailable('the leaderboard membership suite');
const pg = await postgresAvailable();
const PERIODS = [
  ['weekly', '2026-W49'],
  ['monthly', '2026-12'],
  ['alltime', 'all'],
] as const;

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(!hasRedis || (kind === 'postgres' && !pg.ok))(`deactivated users and leaderboards on ${kind}`, () => {
    let sql: Sql;
    let kv: Kv;
    let app: FastifyInstance;
    let boards: LeaderboardService;
    let admin: TestUser;
    const prefix = `avantika_lbm_${randomBytes(4).toString('hex')}:`;
    const now = new Date('2026-12-03T12:00:00Z');
    const clock = () => now;
    let solves = 0;

    const give = (userId: string, xp: number, at: string) =>
      insertAward(sql, {
        userId,
        sourceKey: `solve:${++solves}`,
        kind: 'solve',
        xp,
        localDate: at.slice(0, 10),
        at: new Date(at),
      });
    const post = (url: string) => app.inject({ method: 'POST', url, headers: admin.headers });
    /** Every board read by every user from Redis equals PostgreSQL's answer; answers the all-time top user ids. */
    const expectStoresAgree = async (ids: readonly string[]) => {
      for (const [period, periodKey] of PERIODS) {
        // A board missing (e.g. its rebuild was cut short) is built by the first read.
        await boards.read(ids[0] as string, period, 50);
        await boards.settled();
        for (const id of ids) {
          const fromRedis = await boards.read(id, period, 50);
          expect(fromRedis.source).toBe('redis');
          expect(fromRedis.board).toEqual(await readPgLeaderboard(sql, id, period, periodKey, 50));
        }
      }
      return (await boards.get(ids[0] as string, 'alltime', 50)).top.map((e) => [e.userId, e.rank, e.xp]);
    };

    beforeAll(async () => {
      sql = await openTestSql(kind);
      kv = createRedisKv({ url: process.env.REDIS_URL as string, keyPrefix: prefix });
      app = await buildTestApp(sql, { clock, kv });
      boards = new LeaderboardService({ sql, clock, kv, redisTimeoutMs: 10_000 });
      admin = await createTestUser(app, sql, 'admin');
    });
    afterAll(async () => {
      await boards?.close();
      await app?.close();
      await kv?.close();
      await deleteRedisKeys(prefix);
      await sql?.close();
    });

    it('hides a deactivated user from the boards and the rank counts of both stores, and restores them on reactivation', async () => {
      const [a, b, c, d] = [
        await createTestUser(app, sql),
        await createTestUser(app, sql),
        await createTestUser(app, sql),
        await createTestUser(app, sql),
      ].map((u) => u.id) as [string, string, string, string];
      await give(a, 100, '2026-12-01T10:00:00Z');
      await give(b, 80, '2026-12-01T11:00:00Z');
      await give(c, 80, '2026-12-02T11:00:00Z');
      await give(d, 50, '2026-12-02T12:00:00Z');
      const everyone = [a, b, c, d];
      expect(await expectStoresAgree(everyone)).toEqual([
        [a, 1, 100],
        [b, 2, 80],
        [c, 2, 80],
        [d, 4, 50],
      ]);

      expect((await post(`/v1/admin/users/${b}/deactivate`)).statusCode).toBe(200);
      // The Redis boards built before the deactivation answer without b, and d's rank no longer counts b.
      expect(await expectStoresAgree([a, c, d, b])).toEqual([
        [a, 1, 100],
        [c, 2, 80],
        [d, 3, 50],
      ]);
      expect((await boards.read(b, 'weekly', 50)).board.me).toBeNull();
      // XP earned while deactivated stays in the ledger but off the boards, and a ledger rebuild keeps b off.
      await give(b, 30, '2026-12-03T09:00:00Z');
      await rebuildGamification(sql, clock, b);
      expect(await expectStoresAgree([a, c, d])).toHaveLength(3);

      expect((await post(`/v1/admin/users/${b}/activate`)).statusCode).toBe(200);
      expect(await expectStoresAgree(everyone)).toEqual([
        [b, 1, 110],
        [a, 2, 100],
        [c, 3, 80],
        [d, 4, 50],
      ]);
    });
  });
}
