import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kv } from '../src/adapters/kv/kv.js';
import { createRedisKv } from '../src/adapters/kv/redis-kv.js';
import type { Sql } from '../src/adapters/sql/sql.js';
import { GamificationService } from '../src/modules/gamification/gamification-service.js';
import { boardNameField } from '../src/modules/gamification/leaderboard-keys.js';
import { LeaderboardService } from '../src/modules/gamification/leaderboard-service.js';
import { hasLeaderboardSnapshot, writeLeaderboardSnapshot } from '../src/modules/gamification/leaderboard-snapshots.js';
import { compactXpCounts, readPgLeaderboard } from '../src/modules/gamification/pg-leaderboard.js';
import { deleteRedisKeys, redisAvailable } from '../src/testing.js';
import { postgresAvailable } from './support/postgres-available.js';
import { buildTestApp, openTestSql } from './support/test-app.js';

/** A private redis-server on a random port that a test may stop and start again. */
async function startRedisServer(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}) on port ${port}`);
    // A fresh client per attempt: a failed ioredis connect keeps reconnecting and refuses a second connect().
    const probe = new Redis(port, '127.0.0.1', {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.ping();
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      probe.disconnect();
    }
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port}`);
}

const hasRedis = await redisAvailable('the Redis leaderboard suite');
const pg = await postgresAvailable();
const PERIODS = ['weekly', 'monthly', 'alltime'] as const;
// PGlite runs on this thread and a loaded machine stalls timers: a generous budget keeps "Redis is slow" for real
// outages (a stopped server fails fast with a connection error, not a timeout).
const redisTimeoutMs = 10_000;

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(!hasRedis || (kind === 'postgres' && !pg.ok))(`leaderboards on Redis and ${kind}`, () => {
    let sql: Sql;
    let kv: Kv;
    const prefix = `avantika_lb_${randomBytes(4).toString('hex')}:`;
    let now = new Date('2026-12-03T12:00:00Z');
    const clock = () => now;
    let users = 0;

    const newUser = async () => {
      users += 1;
      const res = await sql.query<{ id: string }>(
        `INSERT INTO users (email, username, full_name) VALUES ($1, $2, 'Test') RETURNING id`,
        [`lb${users}-${prefix}@example.test`, `lb${users}`],
      );
      return res.rows[0]?.id as string;
    };
    const setTotal = (userId: string, xp: number, reachedAt: string) =>
      sql.query(
        `INSERT INTO leaderboard_totals (period, period_key, user_id, xp, reached_at)
         VALUES ('weekly', '2026-W49', $1, $2, $3), ('monthly', '2026-12', $1, $2, $3), ('alltime', 'all', $1, $2, $3)`,
        [userId, xp, reachedAt],
      );
    const wipeRedis = () => deleteRedisKeys(prefix);

    beforeAll(async () => {
      sql = await openTestSql(kind);
      kv = createRedisKv({ url: process.env.REDIS_URL as string, keyPrefix: prefix });
    });
    afterAll(async () => {
      await wipeRedis();
      await kv?.close();
      await sql?.close();
    });

    it('answers with the same ranks and order from Redis as from PostgreSQL, ties going to who reached them first', async () => {
      // Equal XP at different times, equal XP at the same millisecond (user id decides), and distinct scores.
      const plan: [number, string][] = [
        [50, '2026-12-01T10:00:00.000Z'],
        [50, '2026-12-01T09:00:00.000Z'],
        [50, '2026-12-01T09:00:00.000Z'],
        [50, '2026-12-01T09:00:00.000Z'],
        [80, '2026-12-02T10:00:00.000Z'],
        [20, '2026-12-01T10:00:00.001Z'],
        [20, '2026-12-01T10:00:00.000Z'],
        [10, '2026-11-30T08:00:00.000Z'],
        [50, '2026-12-01T08:59:59.999Z'],
        [5, '2026-12-02T00:00:00.000Z'],
      ];
      const ids: string[] = [];
      for (const [xp, at] of plan) {
        const id = await newUser();
        ids.push(id);
        await setTotal(id, xp, at);
      }
      const service = new LeaderboardService({ sql, clock, kv, redisTimeoutMs });
      // The first read finds no board: PostgreSQL answers while the board is built in the background.
      expect((await service.read(ids[0] as string, 'weekly', 4)).source).toBe('postgres');
      await service.settled();
      for (const period of PERIODS) {
        const periodKey = period === 'weekly' ? '2026-W49' : period === 'monthly' ? '2026-12' : 'all';
        // A period's first read builds its board; every later one is answered by Redis.
        await service.read(ids[0] as string, period, 3);
        await service.settled();
        for (const id of ids) {
          for (const limit of [3, 50]) {
            const again = await service.read(id, period, limit);
            expect(again.source).toBe('redis');
            expect(again.board).toEqual(await readPgLeaderboard(sql, id, period, periodKey, limit));
          }
        }
      }
      const top = (await service.get(ids[0] as string, 'alltime', 50)).top;
      expect(top.map((e) => e.rank)).toEqual([1, 2, 2, 2, 2, 2, 7, 7, 9, 10]);
      expect(top[1]?.userId).toBe(ids[8]);
      expect(top[5]?.userId).toBe(ids[0]);
    });

    it('mirrors an award into Redis once its transaction commits, never when it rolls back', async () => {
      const problem = await sql.query<{ id: string }>(
        `INSERT INTO problems (slug, title, difficulty, problem_type) VALUES ($1, $1, 'hard', 'dsa') RETURNING id`,
        [`lb-hard-${prefix}`],
      );
      const problemId = problem.rows[0]?.id as string;
      const leaderboards = new LeaderboardService({ sql, clock, kv, redisTimeoutMs });
      const gamification = new GamificationService({ sql, clock, leaderboards });
      const user = await newUser();
      await leaderboards.read(user, 'weekly', 10);
      await leaderboards.settled();
      now = new Date('2026-12-03T13:00:00Z');
      await expect(
        sql.transaction(async (tx) => {
          await gamification.awardSolve(tx, user, problemId);
          throw new Error('verdict write failed');
        }),
      ).rejects.toThrow('verdict write failed');
      const before = await leaderboards.read(user, 'weekly', 10);
      expect(before.source).toBe('redis');
      expect(before.board.me).toBeNull();
      await sql.transaction((tx) => gamification.awardSolve(tx, user, problemId));
      // The award's write also stores the username the boards show, so reads need no PostgreSQL query for it.
      expect(await kv.hget('leaderboard:names', boardNameField(user))).toBe(`lb${users}`);
      const after = await leaderboards.read(user, 'weekly', 10);
      expect(after.source).toBe('redis');
      expect(after.board.me?.xp).toBe(40);
      expect(after.board).toEqual(await readPgLeaderboard(sql, user, 'weekly', '2026-W49', 10));
    });

    it('rebuilds a flushed board from the PostgreSQL totals', async () => {
      const service = new LeaderboardService({ sql, clock, kv, redisTimeoutMs });
      const user = await newUser();
      await setTotal(user, 33, '2026-12-02T12:00:00.000Z');
      await service.read(user, 'monthly', 10);
      await service.settled();
      expect((await service.read(user, 'monthly', 10)).source).toBe('redis');
      await wipeRedis();
      const during = await service.read(user, 'monthly', 10);
      expect(during.source).toBe('postgres');
      expect(during.board.me?.xp).toBe(33);
      await service.settled();
      const rebuilt = await service.read(user, 'monthly', 10);
      expect(rebuilt.source).toBe('redis');
      expect(rebuilt.board).toEqual(during.board);
    });

    it('reads usernames from the Redis names hash the rebuild fills, and refills a missing one from PostgreSQL', async () => {
      const service = new LeaderboardService({ sql, clock, kv, redisTimeoutMs });
      const user = await newUser();
      const name = `lb${users}`;
      await setTotal(user, 77, '2026-12-02T12:00:00.000Z');
      await wipeRedis();
      expect((await service.read(user, 'weekly', 5)).source).toBe('postgres');
      await service.settled();
      expect(await kv.hget('leaderboard:names', boardNameField(user))).toBe(name);
      await kv.hdel('leaderboard:names', boardNameField(user));
      const read = await service.read(user, 'weekly', 5);
      expect(read.source).toBe('redis');
      expect(read.board.me?.username).toBe(name);
      expect(read.board).toEqual(await readPgLeaderboard(sql, user, 'weekly', '2026-W49', 5));
      expect(await kv.hget('leaderboard:names', boardNameField(user))).toBe(name);
    });

    it('keeps the per-XP user counts exact through awards, corrections, deleted users and compaction', async () => {
      const [a, b, c] = [await newUser(), await newUser(), await newUser()];
      const key = '2031-W01';
      const add = (user: string, xp: number) =>
        sql.query(
          `INSERT INTO leaderboard_totals (period, period_key, user_id, xp, reached_at) VALUES ('weekly', $1, $2, $3, now())
           ON CONFLICT (period, period_key, user_id) DO UPDATE SET xp = leaderboard_totals.xp + EXCLUDED.xp`,
          [key, user, xp],
        );
      const histogram = async (table: 'counts' | 'totals') =>
        (
          await sql.query<{ xp: number; n: number }>(
            table === 'counts'
              ? `SELECT xp, SUM(users)::int AS n FROM leaderboard_xp_counts WHERE period = 'weekly' AND period_key = $1
                 GROUP BY xp HAVING SUM(users) <> 0 ORDER BY xp`
              : `SELECT xp, COUNT(*)::int AS n FROM leaderboard_totals WHERE period = 'weekly' AND period_key = $1
                 GROUP BY xp ORDER BY xp`,
            [key],
          )
        ).rows;
      await add(a, 10);
      await add(b, 10);
      await add(c, 30);
      await add(a, 20);
      expect(await histogram('counts')).toEqual([
        { xp: 10, n: 1 },
        { xp: 30, n: 2 },
      ]);
      await sql.query(`DELETE FROM users WHERE id = $1`, [c]);
      await compactXpCounts(sql, 'weekly', key);
      expect(await histogram('counts')).toEqual(await histogram('totals'));
      const rows = await sql.query(`SELECT 1 FROM leaderboard_xp_counts WHERE period = 'weekly' AND period_key = $1`, [
        key,
      ]);
      expect(rows.rowCount).toBe(2);
    });

    it('writes the closed period snapshot once, with competition ranks', async () => {
      const a = await newUser();
      const b = await newUser();
      const c = await newUser();
      await sql.query(
        `INSERT INTO leaderboard_totals (period, period_key, user_id, xp, reached_at) VALUES
         ('weekly', '2026-W47', $1, 70, '2026-11-17T10:00:00Z'), ('weekly', '2026-W47', $2, 70, '2026-11-18T10:00:00Z'),
         ('weekly', '2026-W47', $3, 10, '2026-11-18T10:00:00Z')`,
        [a, b, c],
      );
      const at = new Date('2026-11-24T00:00:05Z');
      expect(await hasLeaderboardSnapshot(sql, 'weekly', at)).toBe(false);
      const first = await writeLeaderboardSnapshot(sql, 'weekly', at);
      expect(first).toEqual({ period: 'weekly', periodKey: '2026-W47', periodDate: '2026-11-16', written: 3 });
      expect((await writeLeaderboardSnapshot(sql, 'weekly', at)).written).toBe(0);
      const rows = await sql.query<{ user_id: string; score: number; rank: number }>(
        `SELECT user_id, score, rank FROM leaderboard_snapshots WHERE period = 'weekly' AND period_date = '2026-11-16'
         ORDER BY rank, user_id`,
      );
      expect(rows.rows.map((r) => [r.score, r.rank])).toEqual([
        [70, 1],
        [70, 1],
        [10, 3],
      ]);
      expect(await hasLeaderboardSnapshot(sql, 'weekly', at)).toBe(true);
    });

    it('serves from PostgreSQL while Redis is stopped, reports it degraded, and rebuilds once it is back', async () => {
      const port = 20_000 + Math.floor(Math.random() * 20_000);
      let server = await startRedisServer(port);
      const own = createRedisKv({ url: `redis://127.0.0.1:${port}` });
      const service = new LeaderboardService({ sql, clock, kv: own, redisTimeoutMs, retryAfterMs: 200 });
      const app = await buildTestApp(sql, { kv: own, clock });
      try {
        const user = await newUser();
        await setTotal(user, 44, '2026-12-02T12:00:00.000Z');
        await service.read(user, 'alltime', 5);
        await service.settled();
        expect((await service.read(user, 'alltime', 5)).source).toBe('redis');
        expect((await app.inject({ method: 'GET', url: '/readyz' })).json().checks.kv.status).toBe('up');
        server.kill('SIGKILL');
        await new Promise((resolve) => server.once('exit', resolve));
        const down = await service.read(user, 'alltime', 5);
        expect(down.source).toBe('postgres');
        expect(down.board).toEqual(await readPgLeaderboard(sql, user, 'alltime', 'all', 5));
        const ready = await app.inject({ method: 'GET', url: '/readyz' });
        expect(ready.statusCode).toBe(200);
        expect(ready.json()).toMatchObject({ status: 'degraded', checks: { kv: { status: 'degraded' } } });
        // A fresh, empty Redis comes back: the board is rebuilt from PostgreSQL.
        server = await startRedisServer(port);
        await expect
          .poll(async () => (await service.read(user, 'alltime', 5)).source, { timeout: 10_000 })
          .toBe('redis');
        expect((await service.read(user, 'alltime', 5)).board).toEqual(down.board);
      } finally {
        await app.close();
        await service.settled();
        await own.close();
        server.kill('SIGKILL');
      }
    });
  });
}
