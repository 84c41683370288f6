import {
  boardKey,
  createRedisKv,
  type Kv,
  KvLeaderboard,
  periodKeyOf,
  readPgLeaderboard,
  type Sql,
} from '@avantika/server';
import { redisAvailable } from '@avantika/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand as admin, captureIo } from './support/capture-io.js';
import { openScratchPostgres, postgresAvailable, type ScratchPostgres } from './support/scratch-postgres.js';

const hasPostgres = (await postgresAvailable()).ok;
const hasRedis = await redisAvailable('the admin gamification Redis tests');

describe('avantika-admin gamification rebuild', () => {
  it('exits 2 on a user that is not an id, before touching a database', async () => {
    expect(await admin(['gamification', 'rebuild', '--user', 'alice', '--data-dir', '/nonexistent'], captureIo())).toBe(
      2,
    );
  });

  describe.skipIf(!hasPostgres)('on PostgreSQL', () => {
    let db: ScratchPostgres;
    let sql: Sql;
    let user = '';

    beforeAll(async () => {
      db = await openScratchPostgres();
      sql = db.sql;
      const res = await sql.query<{ id: string }>(
        `INSERT INTO users (email, username, full_name) VALUES ('r@example.test', 'r', 'R') RETURNING id`,
      );
      user = res.rows[0]?.id as string;
      await sql.query(
        `INSERT INTO xp_events (user_id, source_key, kind, xp, local_date, created_at) VALUES
         ($1, 'solve:a', 'solve', 40, '2026-12-01', '2026-12-01T10:00:00Z'),
         ($1, 'quiz:b', 'quiz', 30, '2026-12-02', '2026-12-02T10:00:00Z')`,
        [user],
      );
      await sql.query(
        `INSERT INTO streak_days (user_id, local_date, timezone, activity_count, first_at) VALUES
         ($1, '2026-12-01', 'UTC', 1, '2026-12-01T10:00:00Z'), ($1, '2026-12-02', 'UTC', 1, '2026-12-02T10:00:00Z')`,
        [user],
      );
    });
    afterAll(async () => {
      await db?.close();
    });

    it('recomputes the user summary and leaderboard totals from the ledger', async () => {
      const io = captureIo();
      expect(await admin(['gamification', 'rebuild', '--json', '--database-url', db.url], io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual({ users: 1, caches: { redis: false } });
      const summary = await sql.query(
        `SELECT xp_total, level, streak_current, streak_longest FROM user_gamification WHERE user_id = $1`,
        [user],
      );
      expect(summary.rows).toEqual([{ xp_total: 70, level: 2, streak_current: 2, streak_longest: 2 }]);
      const totals = await sql.query(`SELECT period, period_key, xp FROM leaderboard_totals ORDER BY period`);
      expect(totals.rows).toEqual([
        { period: 'alltime', period_key: 'all', xp: 70 },
        { period: 'monthly', period_key: '2026-12', xp: 70 },
        { period: 'weekly', period_key: '2026-W49', xp: 70 },
      ]);
    });

    it('exits 4 when --redis-url does not answer, before rebuilding anything', async () => {
      await sql.query(`UPDATE user_gamification SET xp_total = 5 WHERE user_id = $1`, [user]);
      const io = captureIo();
      const argv = [
        'gamification',
        'rebuild',
        '--json',
        '--database-url',
        db.url,
        '--redis-url',
        'redis://127.0.0.1:1',
      ];
      expect(await admin(argv, io)).toBe(4);
      const summary = await sql.query(`SELECT xp_total FROM user_gamification WHERE user_id = $1`, [user]);
      expect(summary.rows).toEqual([{ xp_total: 5 }]);
    });

    describe.skipIf(!hasRedis)('with Redis', () => {
      // The command writes the server's unprefixed keys, so it gets a Redis database of its own (index 13), and
      // deletes only what it wrote.
      const redisUrl = `${(process.env.REDIS_URL as string).replace(/\/\d*$/, '')}/13`;
      let kv: Kv;
      const now = () => new Date();
      afterAll(async () => {
        const periods = ['weekly', 'monthly', 'alltime'] as const;
        for (const period of periods) {
          const key = boardKey(period, periodKeyOf(period, now()));
          await kv.del(key, `${key}:ids`, `${key}:lock`);
        }
        await kv.del(`streak:${user}`);
        await kv?.close();
      });

      it("deletes the rebuilt users' streak hashes and rebuilds the Redis boards with the lowered totals", async () => {
        kv = createRedisKv({ url: redisUrl });
        await kv.hset(`streak:${user}`, {
          current: '9',
          longest: '9',
          lastDate: '2026-12-02',
          freezes: '0',
          timezone: 'UTC',
        });
        const board = new KvLeaderboard(kv);
        for (const period of ['weekly', 'monthly', 'alltime'] as const) {
          await board.rebuild(sql, period, periodKeyOf(period, now()), now());
        }
        // A stale higher score, as boards keep after a ledger correction (they only ever take higher scores).
        const stale = { userId: user, xp: 999, reachedAt: new Date('2026-12-01T00:00:00Z') };
        await board.record([{ period: 'alltime', periodKey: 'all', ...stale }], now());
        expect((await board.read(user, 'alltime', 'all', 10))?.me?.xp).toBe(999);

        const io = captureIo({ REDIS_URL: redisUrl });
        expect(await admin(['gamification', 'rebuild', '--json', '--database-url', db.url], io)).toBe(0);
        expect(JSON.parse(io.out())).toEqual({
          users: 1,
          caches: { redis: true, streaksCleared: 1, boardsRebuilt: ['weekly', 'monthly', 'alltime'] },
        });
        expect(await kv.exists(`streak:${user}`)).toBe(false);
        for (const period of ['weekly', 'monthly', 'alltime'] as const) {
          const periodKey = periodKeyOf(period, now());
          const fromRedis = await board.read(user, period, periodKey, 10);
          const fromPg = await readPgLeaderboard(sql, user, period, periodKey, 10);
          expect(fromRedis?.me?.xp ?? null).toBe(fromPg.me?.xp ?? null);
        }
        expect((await board.read(user, 'alltime', 'all', 10))?.me?.xp).toBe(70);
      });
    });

    it('writes the last closed week once and reports nothing to do on a re-run', async () => {
      const io = captureIo();
      const argv = ['gamification', 'snapshot', '--period', 'weekly', '--at', '2026-12-08T00:00:00Z'];
      expect(await admin([...argv, '--json', '--database-url', db.url], io)).toBe(0);
      expect(JSON.parse(io.out())).toEqual([
        { period: 'weekly', periodKey: '2026-W49', periodDate: '2026-11-30', written: 1 },
      ]);
      const again = captureIo();
      expect(await admin([...argv, '--json', '--database-url', db.url], again)).toBe(0);
      expect(JSON.parse(again.out())[0].written).toBe(0);
      const rows = await sql.query(`SELECT period, period_date::text AS d, score, rank FROM leaderboard_snapshots`);
      expect(rows.rows).toEqual([{ period: 'weekly', d: '2026-11-30', score: 70, rank: 1 }]);
    });
  });
});

describe('avantika-admin gamification snapshot', () => {
  it('exits 2 on an unknown period or a date that is not ISO, before touching a database', async () => {
    const base = ['gamification', 'snapshot', '--data-dir', '/nonexistent'];
    expect(await admin([...base, '--period', 'daily'], captureIo())).toBe(2);
    expect(await admin([...base, '--at', 'yesterday'], captureIo())).toBe(2);
  });
});
