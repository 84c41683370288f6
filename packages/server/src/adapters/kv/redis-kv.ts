import { Redis } from 'ioredis';
import { ID_SET_MAX, ID_SET_MOVE, ID_SET_RANKS } from './id-set-scripts.js';
import type { Kv, KvBatch, KvSetOptions, ScoredMember } from './kv.js';
import { KvError } from './kv-error.js';

/** Options for {@link createRedisKv}. */
export interface RedisKvOptions {
  /** `redis://…` (REDIS_URL). */
  readonly url: string;
  /** Prepended to every key (tests use a random prefix per run; deployments may share one Redis). */
  readonly keyPrefix?: string;
}

// INCRBY, and start the expiry only when this call created the counter (PTTL -1 = no expiry yet), in one step.
const INCR_WITH_TTL = `
local v = redis.call('INCRBY', KEYS[1], ARGV[1])
if tonumber(ARGV[2]) > 0 and redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return v`;

function mapError(error: unknown): never {
  const message = (error as Error)?.message ?? '';
  if (message.startsWith('WRONGTYPE') || message.includes('not an integer')) {
    throw new KvError('KV_WRONG_TYPE', message, { cause: error });
  }
  throw error;
}

function scored(flat: string[]): ScoredMember[] {
  const out: ScoredMember[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ member: flat[i]!, score: Number(flat[i + 1]) });
  return out;
}

type ScriptCall = (...args: (string | number)[]) => Promise<unknown>;

// A ZCOUNT bound: ±inf, or "(n" for an exclusive one.
function bound(value: number, exclusive = false): string {
  if (value === Number.POSITIVE_INFINITY) return '+inf';
  if (value === Number.NEGATIVE_INFINITY) return '-inf';
  return exclusive ? `(${value}` : String(value);
}

/** The Kv port on Redis (or Valkey) via ioredis. */
export function createRedisKv(options: RedisKvOptions): Kv {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix ?? '',
    lazyConnect: false,
    maxRetriesPerRequest: 2,
  });
  // Scripts run by EVALSHA (ioredis loads them on first use); keys count first, so the key prefix applies to them.
  redis.defineCommand('avantikaIdSetMax', { lua: ID_SET_MAX });
  redis.defineCommand('avantikaIdSetMove', { lua: ID_SET_MOVE });
  redis.defineCommand('avantikaIdSetRanks', { lua: ID_SET_RANKS });
  const script = redis as unknown as Record<
    'avantikaIdSetMax' | 'avantikaIdSetMove' | 'avantikaIdSetRanks',
    ScriptCall
  >;
  // Connection errors surface on the commands that fail; without a listener ioredis would log them unhandled.
  redis.on('error', () => {});
  const guard = async <T>(run: () => Promise<T>): Promise<T> => run().catch(mapError);
  // A connection in subscribe mode can run no other command, so subscribers share one extra connection.
  let subscriber: Redis | undefined;
  const handlers = new Map<string, Set<(message: string) => void>>();
  const prefix = options.keyPrefix ?? '';
  const subscriberConnection = (): Redis => {
    if (subscriber) return subscriber;
    subscriber = redis.duplicate();
    subscriber.on('error', () => {});
    subscriber.on('message', (channel: string, message: string) => {
      for (const handler of handlers.get(channel) ?? []) handler(message);
    });
    return subscriber;
  };
  return {
    kind: 'redis',
    get: (key) => guard(() => redis.get(key)),
    set: (key, value, opts: KvSetOptions = {}) =>
      guard(async () => {
        const args: (string | number)[] = [];
        if (opts.ttlMs) args.push('PX', opts.ttlMs);
        if (opts.onlyIfAbsent) args.push('NX');
        const reply = await (redis.set as unknown as (...a: (string | number)[]) => Promise<string | null>)(
          key,
          value,
          ...args,
        );
        return reply === 'OK';
      }),
    del: (...keys) => guard(() => (keys.length ? redis.del(...keys) : Promise.resolve(0))),
    exists: (key) => guard(async () => (await redis.exists(key)) === 1),
    expire: (key, ttlMs) => guard(async () => (await redis.pexpire(key, ttlMs)) === 1),
    ttl: (key) => guard(() => redis.pttl(key)),
    incr: (key, opts = {}) =>
      guard(async () => Number(await redis.eval(INCR_WITH_TTL, 1, key, opts.by ?? 1, opts.ttlMs ?? 0))),
    hset: (key, fields) => guard(() => redis.hset(key, fields)),
    hget: (key, field) => guard(() => redis.hget(key, field)),
    hgetall: (key) => guard(() => redis.hgetall(key)),
    hdel: (key, ...fields) => guard(() => redis.hdel(key, ...fields)),
    hincrby: (key, field, by) => guard(() => redis.hincrby(key, field, by)),
    zadd: (key, score, member) =>
      guard(async () => {
        await redis.zadd(key, score, member);
      }),
    zincrby: (key, by, member) => guard(async () => Number(await redis.zincrby(key, by, member))),
    zscore: (key, member) =>
      guard(async () => {
        const s = await redis.zscore(key, member);
        return s === null ? null : Number(s);
      }),
    zrevrange: (key, start, stop) => guard(async () => scored(await redis.zrevrange(key, start, stop, 'WITHSCORES'))),
    zrevrank: (key, member) => guard(() => redis.zrevrank(key, member)),
    zcard: (key) => guard(() => redis.zcard(key)),
    zcount: (key, min, max, opts = {}) =>
      guard(() => redis.zcount(key, bound(min, opts.exclusiveMin), bound(max, opts.exclusiveMax))),
    zaddMany: (key, members) =>
      guard(async () =>
        members.length ? Number(await redis.zadd(key, ...members.flatMap((m) => [m.score, m.member]))) : 0,
      ),
    idSetMax: (key, entries, opts = {}) =>
      guard(async () => {
        const mode = opts.requireKey === undefined ? '0' : opts.requireValue === undefined ? '1' : '2';
        const keys = [key, `${key}:ids`, opts.requireKey ?? key, opts.labels ?? key];
        const args = [mode, opts.requireValue ?? '', String(opts.expireAtMs ?? 0), opts.labels ? '1' : '0'];
        for (const e of entries) args.push(e.id, e.member, String(e.score), e.label ?? '');
        return Number(await script.avantikaIdSetMax(keys.length, ...keys, ...args));
      }),
    idSetMove: (from, to, opts) =>
      guard(async () => {
        const keys = [from, `${from}:ids`, to, `${to}:ids`, opts.lockKey];
        return Number(await script.avantikaIdSetMove(5, ...keys, opts.token, String(opts.expireAtMs ?? 0))) === 1;
      }),
    idSetRanks: (key, id, limit, radius, opts = {}) =>
      guard(async () => {
        const keys = opts.labels ? [key, `${key}:ids`, opts.labels] : [key, `${key}:ids`];
        const reply = (await script.avantikaIdSetRanks(keys.length, ...keys, id, limit, radius)) as unknown[];
        const [built, top, position, from, window, higher, topLabels, windowLabels] = reply as [
          number,
          string[]?,
          number?,
          number?,
          string[]?,
          number[]?,
          (string | null)[]?,
          (string | null)[]?,
        ];
        return {
          exists: built === 1,
          top: scored(top ?? []),
          position: position === undefined || position < 0 ? null : position,
          windowStart: from ?? 0,
          window: scored(window ?? []),
          higher: (higher ?? []).map(Number),
          topLabels: topLabels ?? [],
          windowLabels: windowLabels ?? [],
        };
      }),
    zrem: (key, ...members) => guard(() => redis.zrem(key, ...members)),
    zremrangebyscore: (key, min, max) => guard(() => redis.zremrangebyscore(key, min, max)),
    lpush: (key, ...values) => guard(() => redis.lpush(key, ...values)),
    rpush: (key, ...values) => guard(() => redis.rpush(key, ...values)),
    lrange: (key, start, stop) => guard(() => redis.lrange(key, start, stop)),
    ltrim: (key, start, stop) =>
      guard(async () => {
        await redis.ltrim(key, start, stop);
      }),
    llen: (key) => guard(() => redis.llen(key)),
    sadd: (key, ...members) => guard(() => redis.sadd(key, ...members)),
    srem: (key, ...members) => guard(() => redis.srem(key, ...members)),
    sismember: (key, member) => guard(async () => (await redis.sismember(key, member)) === 1),
    smembers: (key) => guard(async () => (await redis.smembers(key)).sort()),
    scard: (key) => guard(() => redis.scard(key)),
    multi() {
      const tx = redis.multi();
      const queue = (add: () => unknown): KvBatch => {
        add();
        return batch;
      };
      const batch: KvBatch = {
        set: (k, v, o = {}) =>
          queue(() => {
            if (o.ttlMs && o.onlyIfAbsent) tx.set(k, v, 'PX', o.ttlMs, 'NX');
            else if (o.ttlMs) tx.set(k, v, 'PX', o.ttlMs);
            else if (o.onlyIfAbsent) tx.set(k, v, 'NX');
            else tx.set(k, v);
          }),
        del: (k) => queue(() => tx.del(k)),
        incrBy: (k, by) => queue(() => tx.incrby(k, by)),
        expire: (k, ttl) => queue(() => tx.pexpire(k, ttl)),
        hset: (k, f) => queue(() => tx.hset(k, f)),
        zincrby: (k, by, m) => queue(() => tx.zincrby(k, by, m)),
        zadd: (k, s, m) => queue(() => tx.zadd(k, s, m)),
        sadd: (k, ...m) => queue(() => tx.sadd(k, ...m)),
        lpush: (k, ...v) => queue(() => tx.lpush(k, ...v)),
        ltrim: (k, s, e) => queue(() => tx.ltrim(k, s, e)),
        exec: () =>
          guard(async () => {
            const results = await tx.exec();
            const failed = results?.find(([error]) => error);
            if (failed?.[0]) throw failed[0];
          }),
      };
      return batch;
    },
    // Channels are not keys, so ioredis's keyPrefix does not apply; prefix them here for the same isolation.
    publish: (channel, message) =>
      guard(async () => {
        await redis.publish(prefix + channel, message);
      }),
    subscribe: (channel, handler) =>
      guard(async () => {
        const name = prefix + channel;
        const connection = subscriberConnection();
        const set = handlers.get(name) ?? new Set();
        handlers.set(name, set);
        const registration = (message: string) => handler(message);
        set.add(registration);
        if (set.size === 1) await connection.subscribe(name);
        return async () => {
          set.delete(registration);
          if (set.size === 0) {
            handlers.delete(name);
            await connection.unsubscribe(name);
          }
        };
      }),
    async close() {
      await subscriber?.quit().catch(() => subscriber?.disconnect());
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
