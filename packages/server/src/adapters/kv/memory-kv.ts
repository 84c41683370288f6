import type { Kv, KvBatch, KvSetOptions, ScoredMember } from './kv.js';
import { KvError } from './kv-error.js';
import { type MemoryZsetAccess, memoryIdSetMax, memoryIdSetMove, memoryIdSetRanks } from './memory-id-set.js';

interface Values {
  string: string;
  hash: Map<string, string>;
  zset: Map<string, number>;
  list: string[];
  set: Set<string>;
}

interface Entry {
  data: { type: keyof Values; value: Values[keyof Values] };
  expiresAt: number | null;
}

/** Options for {@link createMemoryKv}. */
export interface MemoryKvOptions {
  /** The clock TTLs are measured on (tests inject a fake one). */
  readonly now?: () => number;
}

// Redis range semantics: negative indexes count from the end, out-of-range ends are clamped.
function range(length: number, start: number, stop: number): [number, number] | null {
  const s = Math.max(start < 0 ? length + start : start, 0);
  const e = Math.min(stop < 0 ? length + stop : stop, length - 1);
  return s > e ? null : [s, e];
}

// ZREVRANGE order: score descending, ties in reverse lexicographic (byte) order of the member.
function byScoreDesc(a: [string, number], b: [string, number]): number {
  if (a[1] !== b[1]) return b[1] - a[1];
  return a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0;
}

/**
 * The in-process Kv for the single-process embedded mode: the same semantics as Redis for the commands in the
 * port, TTLs checked lazily against an injectable clock. Not shared between processes.
 */
export function createMemoryKv(options: MemoryKvOptions = {}): Kv {
  const now = options.now ?? Date.now;
  const store = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = store.get(key);
    if (entry && entry.expiresAt !== null && entry.expiresAt <= now()) {
      store.delete(key);
      return undefined;
    }
    return entry;
  };
  function read<T extends keyof Values>(key: string, type: T): Values[T] | undefined {
    const entry = live(key);
    if (!entry) return undefined;
    if (entry.data.type !== type)
      throw new KvError('KV_WRONG_TYPE', `${key} holds a ${entry.data.type}, not a ${type}`);
    return entry.data.value as Values[T];
  }
  function create<T extends keyof Values>(key: string, type: T, empty: () => Values[T]): Values[T] {
    const existing = read(key, type);
    if (existing !== undefined) return existing;
    const value = empty();
    store.set(key, { data: { type, value }, expiresAt: null });
    return value;
  }
  // Redis deletes a hash, set, sorted set or list when its last element goes.
  const dropIfEmpty = (key: string, size: number) => {
    if (size === 0) store.delete(key);
  };

  const access: MemoryZsetAccess = {
    zset: (key, make) => (make ? create(key, 'zset', () => new Map()) : read(key, 'zset')),
    hash: (key, make) => (make ? create(key, 'hash', () => new Map()) : read(key, 'hash')),
    string: (key) => read(key, 'string'),
    exists: (key) => live(key) !== undefined,
    rename: (from, to) => {
      const entry = live(from);
      if (!entry) return;
      store.delete(from);
      store.set(to, entry);
    },
    del: (key) => {
      store.delete(key);
    },
    expireAt: (key, atMs) => {
      const entry = live(key);
      if (entry) entry.expiresAt = atMs;
    },
  };

  const channels = new Map<string, Set<(message: string) => void>>();
  const kv: Kv = {
    kind: 'memory',
    async get(key) {
      return read(key, 'string') ?? null;
    },
    async set(key, value, opts: KvSetOptions = {}) {
      if (opts.onlyIfAbsent && live(key)) return false;
      store.set(key, { data: { type: 'string', value }, expiresAt: opts.ttlMs ? now() + opts.ttlMs : null });
      return true;
    },
    async del(...keys) {
      let n = 0;
      for (const key of keys) if (live(key) && store.delete(key)) n++;
      return n;
    },
    async exists(key) {
      return live(key) !== undefined;
    },
    async expire(key, ttlMs) {
      const entry = live(key);
      if (!entry) return false;
      entry.expiresAt = now() + ttlMs;
      return true;
    },
    async ttl(key) {
      const entry = live(key);
      if (!entry) return -2;
      return entry.expiresAt === null ? -1 : entry.expiresAt - now();
    },
    async incr(key, opts = {}) {
      const current = read(key, 'string');
      if (current !== undefined && !/^-?\d+$/.test(current)) {
        throw new KvError('KV_WRONG_TYPE', `${key} does not hold an integer`);
      }
      const next = Number(current ?? 0) + (opts.by ?? 1);
      const entry = live(key);
      if (entry) entry.data = { type: 'string', value: String(next) };
      else
        store.set(key, {
          data: { type: 'string', value: String(next) },
          expiresAt: opts.ttlMs ? now() + opts.ttlMs : null,
        });
      return next;
    },
    async hset(key, fields) {
      const hash = create(key, 'hash', () => new Map());
      let added = 0;
      for (const [f, v] of Object.entries(fields)) {
        if (!hash.has(f)) added++;
        hash.set(f, v);
      }
      return added;
    },
    async hget(key, field) {
      return read(key, 'hash')?.get(field) ?? null;
    },
    async hgetall(key) {
      return Object.fromEntries(read(key, 'hash') ?? []);
    },
    async hdel(key, ...fields) {
      const hash = read(key, 'hash');
      if (!hash) return 0;
      const n = fields.filter((f) => hash.delete(f)).length;
      dropIfEmpty(key, hash.size);
      return n;
    },
    async hincrby(key, field, by) {
      const hash = create(key, 'hash', () => new Map());
      const next = Number(hash.get(field) ?? 0) + by;
      hash.set(field, String(next));
      return next;
    },
    async zadd(key, score, member) {
      create(key, 'zset', () => new Map()).set(member, score);
    },
    async zincrby(key, by, member) {
      const zset = create(key, 'zset', () => new Map());
      const next = (zset.get(member) ?? 0) + by;
      zset.set(member, next);
      return next;
    },
    async zscore(key, member) {
      return read(key, 'zset')?.get(member) ?? null;
    },
    async zrevrange(key, start, stop) {
      const sorted = [...(read(key, 'zset') ?? [])].sort(byScoreDesc);
      const r = range(sorted.length, start, stop);
      return r ? sorted.slice(r[0], r[1] + 1).map(([member, score]): ScoredMember => ({ member, score })) : [];
    },
    async zrevrank(key, member) {
      const zset = read(key, 'zset');
      if (!zset?.has(member)) return null;
      return [...zset].sort(byScoreDesc).findIndex(([m]) => m === member);
    },
    async zcard(key) {
      return read(key, 'zset')?.size ?? 0;
    },
    async zcount(key, min, max, opts = {}) {
      let n = 0;
      for (const s of read(key, 'zset')?.values() ?? []) {
        const aboveMin = opts.exclusiveMin ? s > min : s >= min;
        const belowMax = opts.exclusiveMax ? s < max : s <= max;
        if (aboveMin && belowMax) n++;
      }
      return n;
    },
    async zaddMany(key, members) {
      if (members.length === 0) return 0;
      const zset = create(key, 'zset', () => new Map());
      let added = 0;
      for (const m of members) {
        if (!zset.has(m.member)) added++;
        zset.set(m.member, m.score);
      }
      return added;
    },
    async idSetMax(key, entries, opts) {
      return memoryIdSetMax(access, key, entries, opts);
    },
    async idSetMove(from, to, opts) {
      return memoryIdSetMove(access, from, to, opts);
    },
    async idSetRanks(key, id, limit, radius, opts) {
      return memoryIdSetRanks(access, key, id, limit, radius, opts);
    },
    async zrem(key, ...members) {
      const zset = read(key, 'zset');
      if (!zset) return 0;
      const n = members.filter((m) => zset.delete(m)).length;
      dropIfEmpty(key, zset.size);
      return n;
    },
    async zremrangebyscore(key, min, max) {
      const zset = read(key, 'zset');
      if (!zset) return 0;
      let n = 0;
      for (const [m, s] of zset) if (s >= min && s <= max && zset.delete(m)) n++;
      dropIfEmpty(key, zset.size);
      return n;
    },
    async lpush(key, ...values) {
      const list = create(key, 'list', () => []);
      for (const v of values) list.unshift(v);
      return list.length;
    },
    async rpush(key, ...values) {
      const list = create(key, 'list', () => []);
      list.push(...values);
      return list.length;
    },
    async lrange(key, start, stop) {
      const list = read(key, 'list') ?? [];
      const r = range(list.length, start, stop);
      return r ? list.slice(r[0], r[1] + 1) : [];
    },
    async ltrim(key, start, stop) {
      const list = read(key, 'list');
      if (!list) return;
      const r = range(list.length, start, stop);
      const kept = r ? list.slice(r[0], r[1] + 1) : [];
      list.splice(0, list.length, ...kept);
      dropIfEmpty(key, list.length);
    },
    async llen(key) {
      return read(key, 'list')?.length ?? 0;
    },
    async sadd(key, ...members) {
      const set = create(key, 'set', () => new Set());
      let n = 0;
      for (const m of members) if (!set.has(m) && set.add(m)) n++;
      return n;
    },
    async srem(key, ...members) {
      const set = read(key, 'set');
      if (!set) return 0;
      const n = members.filter((m) => set.delete(m)).length;
      dropIfEmpty(key, set.size);
      return n;
    },
    async sismember(key, member) {
      return read(key, 'set')?.has(member) ?? false;
    },
    async smembers(key) {
      return [...(read(key, 'set') ?? [])].sort();
    },
    async scard(key) {
      return read(key, 'set')?.size ?? 0;
    },
    multi() {
      const ops: (() => Promise<unknown>)[] = [];
      const queue = (op: () => Promise<unknown>): KvBatch => {
        ops.push(op);
        return batch;
      };
      const batch: KvBatch = {
        set: (k, v, o) => queue(() => kv.set(k, v, o)),
        del: (k) => queue(() => kv.del(k)),
        incrBy: (k, by) => queue(() => kv.incr(k, { by })),
        expire: (k, ttl) => queue(() => kv.expire(k, ttl)),
        hset: (k, f) => queue(() => kv.hset(k, f)),
        zincrby: (k, by, m) => queue(() => kv.zincrby(k, by, m)),
        zadd: (k, s, m) => queue(() => kv.zadd(k, s, m)),
        sadd: (k, ...m) => queue(() => kv.sadd(k, ...m)),
        lpush: (k, ...v) => queue(() => kv.lpush(k, ...v)),
        ltrim: (k, s, e) => queue(() => kv.ltrim(k, s, e)),
        // The methods never await inside, so calling them back to back runs every body synchronously: no other
        // caller's code can run in between, which is what MULTI/EXEC guarantees on Redis.
        async exec() {
          await Promise.all(ops.map((op) => op()));
        },
      };
      return batch;
    },
    async publish(channel, message) {
      const handlers = [...(channels.get(channel) ?? [])];
      // Delivered on a later tick, as a network round trip would; a throwing handler does not stop the others.
      queueMicrotask(() => {
        for (const handler of handlers) {
          try {
            handler(message);
          } catch {
            // A subscriber's bug is its own; publishing must not fail because of it.
          }
        }
      });
    },
    async subscribe(channel, handler) {
      const set = channels.get(channel) ?? new Set();
      channels.set(channel, set);
      // Wrap so the same function can subscribe twice and unsubscribe each registration separately.
      const registration = (message: string) => handler(message);
      set.add(registration);
      return async () => {
        set.delete(registration);
      };
    },
    async close() {
      store.clear();
      channels.clear();
    },
  };
  return kv;
}
