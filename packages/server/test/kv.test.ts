import { randomBytes } from 'node:crypto';
import { createMemoryKv, createRedisKv, encodeIdSetMember, idSetLabelField, type Kv } from '@avantika/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteRedisKeys, redisAvailable } from '../src/testing.js';

const hasRedis = await redisAvailable('the Redis Kv suite');

interface Target {
  name: string;
  run: boolean;
  open: () => { kv: Kv; advance: (ms: number) => Promise<void>; cleanup: () => Promise<void> };
}

const targets: Target[] = [
  {
    name: 'in-process',
    run: true,
    open: () => {
      let t = 1_000_000;
      const kv = createMemoryKv({ now: () => t });
      return {
        kv,
        advance: async (ms) => {
          t += ms;
        },
        cleanup: async () => {},
      };
    },
  },
  {
    name: 'Redis',
    run: hasRedis,
    open: () => {
      // Each run has its own key prefix and deletes its keys at the end, so parallel runs never collide.
      const prefix = `avantika_t_${randomBytes(4).toString('hex')}:`;
      const kv = createRedisKv({ url: process.env.REDIS_URL!, keyPrefix: prefix });
      return {
        kv,
        advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        cleanup: () => deleteRedisKeys(prefix),
      };
    },
  },
];

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

for (const target of targets) {
  describe.skipIf(!target.run)(`Kv: ${target.name}`, () => {
    let kv: Kv;
    let advance: (ms: number) => Promise<void>;
    let cleanup: () => Promise<void>;
    beforeAll(() => {
      ({ kv, advance, cleanup } = target.open());
    });
    afterAll(async () => {
      await cleanup?.();
      await kv?.close();
    });

    it('stores strings with a TTL and forgets them when it passes', async () => {
      expect(await kv.set('session:u1', 'tok', { ttlMs: 200 })).toBe(true);
      expect(await kv.get('session:u1')).toBe('tok');
      const ttl = await kv.ttl('session:u1');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(200);
      expect(await kv.set('session:u1', 'other', { onlyIfAbsent: true })).toBe(false);
      await advance(300);
      expect(await kv.get('session:u1')).toBeNull();
      expect(await kv.ttl('session:u1')).toBe(-2);
      await kv.set('plain', 'v');
      expect(await kv.ttl('plain')).toBe(-1);
      expect(await kv.expire('plain', 10_000)).toBe(true);
      expect(await kv.expire('missing', 10_000)).toBe(false);
      expect(await kv.del('plain', 'missing')).toBe(1);
    });

    it('counts with INCR and starts the window TTL only when the counter is created', async () => {
      expect(await kv.incr('rate_limit:api:u1', { ttlMs: 200 })).toBe(1);
      await advance(100);
      expect(await kv.incr('rate_limit:api:u1', { ttlMs: 200 })).toBe(2);
      expect(await kv.incr('rate_limit:api:u1', { by: 5, ttlMs: 200 })).toBe(7);
      await advance(150); // 250 ms after creation: the window closed even though later calls passed a TTL
      expect(await kv.get('rate_limit:api:u1')).toBeNull();
      expect(await kv.incr('rate_limit:api:u1', { ttlMs: 200 })).toBe(1);
    });

    it('keeps hashes (sessions, streaks, active interviews)', async () => {
      expect(await kv.hset('streak:u1', { current: '3', longest: '9' })).toBe(2);
      expect(await kv.hset('streak:u1', { current: '4', lastDate: '2026-03-01' })).toBe(1);
      expect(await kv.hgetall('streak:u1')).toEqual({ current: '4', longest: '9', lastDate: '2026-03-01' });
      expect(await kv.hget('streak:u1', 'longest')).toBe('9');
      expect(await kv.hincrby('streak:u1', 'current', 2)).toBe(6);
      expect(await kv.hdel('streak:u1', 'lastDate', 'nope')).toBe(1);
      expect(await kv.hgetall('missing-hash')).toEqual({});
    });

    it('ranks a leaderboard with sorted sets', async () => {
      await kv.zadd('leaderboard:weekly', 50, 'ann');
      await kv.zadd('leaderboard:weekly', 70, 'bob');
      await kv.zadd('leaderboard:weekly', 50, 'cat');
      expect(await kv.zincrby('leaderboard:weekly', 30, 'ann')).toBe(80);
      expect(await kv.zrevrange('leaderboard:weekly', 0, -1)).toEqual([
        { member: 'ann', score: 80 },
        { member: 'bob', score: 70 },
        { member: 'cat', score: 50 },
      ]);
      expect(await kv.zrevrange('leaderboard:weekly', 1, 1)).toEqual([{ member: 'bob', score: 70 }]);
      expect(await kv.zrevrank('leaderboard:weekly', 'cat')).toBe(2);
      expect(await kv.zrevrank('leaderboard:weekly', 'nobody')).toBeNull();
      expect(await kv.zscore('leaderboard:weekly', 'bob')).toBe(70);
      expect(await kv.zscore('leaderboard:weekly', 'nobody')).toBeNull();
      expect(await kv.zcard('leaderboard:weekly')).toBe(3);
      // Ties: reverse lexicographic member order, as Redis does.
      await kv.zadd('ties', 1, 'a');
      await kv.zadd('ties', 1, 'b');
      expect((await kv.zrevrange('ties', 0, -1)).map((m) => m.member)).toEqual(['b', 'a']);
    });

    it('counts members by score range with inclusive, exclusive and infinite bounds', async () => {
      expect(await kv.zaddMany('counted', [])).toBe(0);
      expect(
        await kv.zaddMany('counted', [
          { member: 'a', score: 10 },
          { member: 'b', score: 20 },
          { member: 'c', score: 20 },
          { member: 'd', score: 30 },
        ]),
      ).toBe(4);
      expect(await kv.zaddMany('counted', [{ member: 'a', score: 11 }])).toBe(0);
      expect(await kv.zcount('counted', 20, Number.POSITIVE_INFINITY, { exclusiveMin: true })).toBe(1);
      expect(await kv.zcount('counted', 20, Number.POSITIVE_INFINITY)).toBe(3);
      expect(await kv.zcount('counted', Number.NEGATIVE_INFINITY, 20, { exclusiveMax: true })).toBe(1);
      expect(await kv.zcount('missing-zset', 0, 1)).toBe(0);
    });

    it('keeps one member per id in an id-indexed set, replaced only by a higher score', async () => {
      expect(await kv.idSetMax('ids', [{ id: 'u1', member: 'm1:u1', score: 10 }])).toBe(1);
      expect(await kv.idSetMax('ids', [{ id: 'u1', member: 'm0:u1', score: 5 }])).toBe(0);
      expect(
        await kv.idSetMax('ids', [
          { id: 'u1', member: 'm2:u1', score: 20 },
          { id: 'u2', member: 'm2:u2', score: 20 },
        ]),
      ).toBe(2);
      expect(await kv.zrevrange('ids', 0, -1)).toEqual([
        { member: 'm2:u2', score: 20 },
        { member: 'm2:u1', score: 20 },
      ]);
      expect(await kv.hget('ids:ids', 'u1')).toBe('m2:u1');
      expect(await kv.idSetMax('ids', [{ id: 'u3', member: 'x', score: 1 }], { requireKey: 'no-such-key' })).toBe(-1);
      await kv.set('lock', 'tok-a');
      const blocked = { requireKey: 'lock', requireValue: 'tok-b' };
      expect(await kv.idSetMax('ids', [{ id: 'u3', member: 'x', score: 1 }], blocked)).toBe(-1);
      expect(await kv.zcard('ids')).toBe(2);
      const at = Date.now() + 60_000;
      expect(await kv.idSetMax('ids', [{ id: 'u3', member: 'x', score: 1 }], { expireAtMs: at })).toBe(1);
      expect(await kv.ttl('ids')).toBeGreaterThan(0);
    });

    it('moves a built id-indexed set over the live one only while the lock holds its token', async () => {
      await kv.idSetMax('live', [{ id: 'old', member: 'old', score: 1 }]);
      await kv.idSetMax('build', [{ id: 'u1', member: 'u1', score: 7 }]);
      await kv.set('build-lock', 'mine', { ttlMs: 60_000 });
      expect(await kv.idSetMove('build', 'live', { lockKey: 'build-lock', token: 'theirs' })).toBe(false);
      expect(await kv.idSetMove('build', 'live', { lockKey: 'build-lock', token: 'mine' })).toBe(true);
      expect(await kv.zrevrange('live', 0, -1)).toEqual([{ member: 'u1', score: 7 }]);
      expect(await kv.hgetall('live:ids')).toEqual({ u1: 'u1', '#': '1' });
      expect(await kv.exists('build')).toBe(false);
      expect(await kv.exists('build-lock')).toBe(false);
      expect(await kv.ttl('live')).toBe(-1);
      // An empty build still leaves a present (marked) set, with the expiry asked for.
      await kv.set('build-lock', 'again', { ttlMs: 60_000 });
      const at = Date.now() + 60_000;
      expect(await kv.idSetMove('build', 'live', { lockKey: 'build-lock', token: 'again', expireAtMs: at })).toBe(true);
      expect(await kv.zcard('live')).toBe(0);
      expect(await kv.hgetall('live:ids')).toEqual({ '#': '1' });
      expect(await kv.ttl('live:ids')).toBeGreaterThan(0);
    });

    it("reads the top, an id's position, its neighbours and their higher counts in one step", async () => {
      expect((await kv.idSetRanks('unbuilt', 'u1', 10, 2)).exists).toBe(false);
      await kv.set('ranks-lock', 't');
      await kv.idSetMax('ranks-build', [
        { id: 'a', member: 'a', score: 30 },
        { id: 'b', member: 'b', score: 20 },
        { id: 'c', member: 'c', score: 20 },
        { id: 'd', member: 'd', score: 10 },
        { id: 'e', member: 'e', score: 5 },
      ]);
      await kv.idSetMove('ranks-build', 'ranks', { lockKey: 'ranks-lock', token: 't' });
      const read = await kv.idSetRanks('ranks', 'd', 2, 2);
      expect(read).toEqual({
        exists: true,
        top: [
          { member: 'a', score: 30 },
          { member: 'c', score: 20 },
        ],
        position: 3,
        windowStart: 1,
        window: [
          { member: 'c', score: 20 },
          { member: 'b', score: 20 },
          { member: 'd', score: 10 },
          { member: 'e', score: 5 },
        ],
        higher: [1, 1, 3, 4],
        topLabels: [],
        windowLabels: [],
      });
      const stranger = await kv.idSetRanks('ranks', 'zed', 1, 2);
      expect(stranger).toMatchObject({ exists: true, position: null, window: [], higher: [] });
      expect(stranger.top).toEqual([{ member: 'a', score: 30 }]);
    });

    it('returns the labels of the top and window members from a labels hash in the same step', async () => {
      const labels = 'ranks:labels';
      const member = (id: string) => encodeIdSetMember('0', id);
      await kv.set('labelled-lock', 't');
      await kv.idSetMax(
        'labelled-build',
        [
          { id: 'a1', member: member('a1'), score: 30, label: 'ann' },
          { id: 'b2', member: member('b2'), score: 20, label: 'bob' },
          { id: 'c3', member: member('c3'), score: 10 },
        ],
        { labels },
      );
      await kv.idSetMove('labelled-build', 'labelled', { lockKey: 'labelled-lock', token: 't' });
      // A label is kept even when the score does not replace the member (names are per id, not per score).
      expect(
        await kv.idSetMax('labelled', [{ id: 'b2', member: member('b2'), score: 1, label: 'bea' }], { labels }),
      ).toBe(0);
      const read = await kv.idSetRanks('labelled', 'c3', 2, 1, { labels });
      expect(read.topLabels).toEqual(['ann', 'bea']);
      expect(read.window.map((m) => m.member)).toEqual([member('b2'), member('c3')]);
      expect(read.windowLabels).toEqual(['bea', null]);
      expect(await kv.hgetall(labels)).toEqual({
        [idSetLabelField(member('a1'))]: 'ann',
        [idSetLabelField(member('b2'))]: 'bea',
      });
      const absent = await kv.idSetRanks('labelled', 'zz', 1, 1, { labels });
      expect(absent).toMatchObject({ position: null, topLabels: ['ann'], windowLabels: [] });
      expect((await kv.idSetRanks('labelled', 'c3', 1, 1)).topLabels).toEqual([]);
    });

    it('expires presence entries by score range', async () => {
      await kv.zadd('online:users', 1000, 'old');
      await kv.zadd('online:users', 5000, 'new');
      expect(await kv.zremrangebyscore('online:users', 0, 2000)).toBe(1);
      expect(await kv.zrem('online:users', 'new')).toBe(1);
      expect(await kv.exists('online:users')).toBe(false);
    });

    it('keeps notification lists and solved-problem sets', async () => {
      expect(await kv.lpush('notifications:u1', 'n1', 'n2')).toBe(2);
      expect(await kv.rpush('notifications:u1', 'n0')).toBe(3);
      expect(await kv.lrange('notifications:u1', 0, -1)).toEqual(['n2', 'n1', 'n0']);
      await kv.ltrim('notifications:u1', 0, 1);
      expect(await kv.lrange('notifications:u1', -5, 10)).toEqual(['n2', 'n1']);
      expect(await kv.llen('notifications:u1')).toBe(2);
      expect(await kv.sadd('problems:solved:u1', 'p2', 'p1', 'p2')).toBe(2);
      expect(await kv.sismember('problems:solved:u1', 'p1')).toBe(true);
      expect(await kv.smembers('problems:solved:u1')).toEqual(['p1', 'p2']);
      expect(await kv.srem('problems:solved:u1', 'p1')).toBe(1);
      expect(await kv.scard('problems:solved:u1')).toBe(1);
    });

    it('applies a MULTI batch of writes together', async () => {
      await kv
        .multi()
        .zincrby('leaderboard:monthly', 10, 'ann')
        .zincrby('leaderboard:alltime', 10, 'ann')
        .incrBy('ai_quota:u1:2026-03', 500)
        .expire('ai_quota:u1:2026-03', 60_000)
        .sadd('problems:solved:u2', 'p9')
        .exec();
      expect(await kv.zscore('leaderboard:monthly', 'ann')).toBe(10);
      expect(await kv.zscore('leaderboard:alltime', 'ann')).toBe(10);
      expect(await kv.get('ai_quota:u1:2026-03')).toBe('500');
      expect(await kv.ttl('ai_quota:u1:2026-03')).toBeGreaterThan(0);
      expect(await kv.smembers('problems:solved:u2')).toEqual(['p9']);
    });

    it('delivers published messages to every subscriber until it unsubscribes', async () => {
      const seen: string[] = [];
      const stopA = await kv.subscribe('submission:events', (m) => seen.push(`a:${m}`));
      const stopB = await kv.subscribe('submission:events', (m) => seen.push(`b:${m}`));
      await kv.publish('submission:events', 'one');
      await expect.poll(() => seen.length).toBe(2);
      await stopA();
      await kv.publish('submission:events', 'two');
      await expect.poll(() => seen.length).toBe(3);
      expect([...seen].sort()).toEqual(['a:one', 'b:one', 'b:two']);
      await stopB();
      await kv.publish('submission:events', 'three');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toHaveLength(3);
    });

    it('reports KV_WRONG_TYPE when a key holds another kind of value', async () => {
      await kv.set('a-string', 'x');
      expect(await code(kv.hget('a-string', 'f'))).toBe('KV_WRONG_TYPE');
      expect(await code(kv.incr('a-string'))).toBe('KV_WRONG_TYPE');
      expect(await code(kv.zadd('a-string', 1, 'm'))).toBe('KV_WRONG_TYPE');
    });
  });
}
